//! The `boilerplate/reporter-signoff` rule: a broadcast script's hand-over to its reporter left
//! as a line of the article, without a verb (`Correspondent Mina Cho.`, `(Reporter Li Wen)`).
//! Korean, Japanese and Chinese television scripts name the reporter alone on a line before the
//! report; translated, the line reads as a caption nobody wrote. English scripts say
//! `Mina Cho reports.`, and an article drops the line.

use crate::analysis::document::Document;
use crate::analysis::wordlex::{lookup, lookup_as_written};
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// A reporter's name alone on a line after a title: `Correspondent Mina Cho.`
pub struct ReporterSignoff;

/// The titles a sign-off names the reporter by.
const TITLES: &[&str] = &["correspondent", "journalist", "reporter"];

static REPORTER_SIGNOFF: RuleMeta = RuleMeta {
    id: "boilerplate/reporter-signoff",
    category: Category::Boilerplate,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| TITLES.to_vec()),
    default_enabled: true,
    summary: "a broadcast script's sign-off naming the reporter alone on a line (`Correspondent Mina Cho.`); English writes `Mina Cho reports.` or drops the line",
    flags: &[
        Example {
            text: "The strike entered its third day.\n\nCorrespondent Mina Cho.\n\nThe unions met again on Tuesday.",
            fixed: "The strike entered its third day.\n\nMina Cho reports.\n\nThe unions met again on Tuesday.",
        },
        Example {
            text: "Flood water reached the old town overnight.\nReporter Tae-yang Seo.\nResidents were moved to schools.",
            fixed: "Flood water reached the old town overnight.\nTae-yang Seo reports.\nResidents were moved to schools.",
        },
        Example {
            text: "The harvest was the worst in a decade.\n(Reporter Li Wen)",
            fixed: "The harvest was the worst in a decade.\nLi Wen reports.",
        },
        Example {
            text: "Prices rose again in March.\n\nKBC correspondent Daniel Osei.",
            fixed: "Prices rose again in March.\n\nDaniel Osei reports.",
        },
    ],
    passes: &[
        "Correspondent Mina Cho reports from the capital.",
        "Mina Cho reports.",
        "Reporter: Mina Cho",
        "Correspondent Banking Rules",
        "The reporter Mina Cho asked the first question.",
        "Correspondent Training.",
        "Our correspondent in Seoul.",
    ],
};

impl Rule for ReporterSignoff {
    fn meta(&self) -> &'static RuleMeta {
        &REPORTER_SIGNOFF
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let words = doc.words();
        let mut done = 0;
        for k in doc.trigger_words(REPORTER_SIGNOFF.id) {
            let (s, e) = words[k];
            if s < done || !TITLES.iter().any(|t| t.eq_ignore_ascii_case(&text[s..e])) {
                continue;
            }
            let line = doc.line_at(s);
            done = line.end;
            let t = trim_range(text, line.clone());
            let Some(name) = signoff_name(doc, t.clone(), s, e) else {
                continue;
            };
            if doc.is_protected(t.clone()) || doc.touches_markup(&t) {
                continue;
            }
            let name = &text[name];
            out.push(
                REPORTER_SIGNOFF
                    .finding(
                        t.clone(),
                        format!("a broadcast sign-off left in the text: English writes `{name} reports.` or drops the line"),
                    )
                    .with_fix(Fix::unsafe_fix(Edit::new(t, format!("{name} reports.")))),
            );
        }
    }
}

/// `r` without the white space at its ends.
fn trim_range(text: &str, r: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let line = &text[r.clone()];
    let start = r.start + (line.len() - line.trim_start().len());
    let end = r.end - (line.len() - line.trim_end().len());
    start..end.max(start)
}

/// The range of the reporter's name when the line `t` is only a sign-off around the title at
/// `s..e`: an optional outlet (one or two words, capitalised or in capitals), the title, one
/// to three name words (one of them no English common word, or a family name of the name
/// data: `Li`), and a full stop; or the same in brackets without the stop.
fn signoff_name(doc: &Document<'_>, t: std::ops::Range<usize>, s: usize, e: usize) -> Option<std::ops::Range<usize>> {
    let text = doc.text();
    let line = &text[t.clone()];
    let (inner_start, inner_end) = if line.starts_with('(') && line.ends_with(')') {
        (t.start + 1, t.end - 1)
    } else if line.ends_with('.') && !line.ends_with("..") {
        (t.start, t.end - 1)
    } else {
        return None;
    };
    if s < inner_start || e > inner_end {
        return None;
    }
    // before the title: nothing, or an outlet of one or two words
    let before: Vec<&str> = text[inner_start..s].split_whitespace().collect();
    let outlet = |w: &str| {
        let b = w.as_bytes();
        b.len() >= 2 && b.iter().all(u8::is_ascii_alphabetic) && b[0].is_ascii_uppercase()
    };
    if before.len() > 2 || !before.iter().all(|w| outlet(w)) || !text[inner_start..s].trim_start().eq(&text[inner_start..s]) {
        return None;
    }
    // a title written lower case follows an outlet (`KBC correspondent`); alone it starts the line
    let title = &text[s..e];
    if before.is_empty() != title.as_bytes()[0].is_ascii_uppercase() {
        return None;
    }
    let rest = &text[e..inner_end];
    let name = rest.strip_prefix(' ')?;
    let parts: Vec<&str> = name.split(' ').collect();
    let named = |w: &&str| no_common_word(w) || doc.names().surname(w).is_some();
    if !(1..=3).contains(&parts.len()) || !parts.iter().all(|w| name_shaped(w)) || !parts.iter().any(named) {
        return None;
    }
    Some(e + 1..inner_end)
}

/// Whether `w` is shaped like a word of a person's name: capitalised letters, hyphenated
/// parts allowed (`Tae-yang`).
fn name_shaped(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 2 || !b[0].is_ascii_uppercase() || !b.iter().all(|&c| c.is_ascii_alphabetic() || c == b'-') {
        return false;
    }
    if w.contains('-') {
        return w.split('-').all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_alphabetic()));
    }
    !b[1..].iter().any(u8::is_ascii_uppercase)
}

/// Whether `w` is no English common word (`Training` is): a hyphenated name, a proper noun
/// or a word the lexicon does not know.
fn no_common_word(w: &str) -> bool {
    w.contains('-') || lookup_as_written(w).is_some_and(|t| t.is_proper_noun()) || lookup(w).is_none()
}
