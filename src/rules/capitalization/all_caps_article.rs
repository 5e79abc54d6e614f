//! all_caps_article

use super::tokens::{is_all_caps, next_token, sentence_start};
use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// `THE` before a capitalised word or acronym in mixed-case prose.
pub struct AllCapsArticle;

static ALL_CAPS: RuleMeta = RuleMeta {
    id: "capitalization/all-caps-article",
    category: Category::Capitalization,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary:
        "an all-caps `THE` before a name in mixed-case prose (`THE BBC said`), a truecasing slip",
    flags: &[
        Example {
            text: "It rained.\nTHE BBC reported on Friday that it would stop.",
            fixed: "It rained.\nThe BBC reported on Friday that it would stop.",
        },
        Example {
            text: "Prices fell. THE Guardian said so.",
            fixed: "Prices fell. The Guardian said so.",
        },
        Example {
            text: "It rained. THE NewYorker (NY) wrote that it would.",
            fixed: "It rained. The NewYorker (NY) wrote that it would.",
        },
        Example {
            text: "A report by THE Kremlin was read.",
            fixed: "A report by the Kremlin was read.",
        },
        Example {
            text: "It ended. THE United Nations met in the evening.",
            fixed: "It ended. The United Nations met in the evening.",
        },
    ],
    passes: &[
        "THE LEGEND OF ZELDA returns this year, fans said.",
        "THE END",
        "KNIGHTS OF THE OLD REPUBLIC is a game.",
        "It topped the THE rankings (Times Higher Education, THE) again.",
        "THE STARS WHO LEFT EMPTY-HANDED\nThe gala was long.",
    ],
};

impl Rule for AllCapsArticle {
    fn meta(&self) -> &'static RuleMeta {
        &ALL_CAPS
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        let mut line_cache: Option<(usize, bool)> = None;
        for i in memchr::memmem::find_iter(bytes, "THE ") {
            if i > 0
                && (bytes[i - 1].is_ascii_alphanumeric() || matches!(bytes[i - 1], b'(' | b'-'))
            {
                continue;
            }
            let Some((ns, ne)) = next_token(text, i + 3) else {
                continue;
            };
            let next = &text[ns..ne];
            if !next.as_bytes()[0].is_ascii_uppercase() {
                continue; // `THE rankings`: the acronym
            }
            // headline runs: the word before, or either of the two after the next, in capitals
            let prev_caps = {
                let mut e = i;
                while e > 0 && bytes[e - 1] == b' ' {
                    e -= 1;
                }
                let mut s = e;
                while s > 0 && bytes[s - 1].is_ascii_alphabetic() {
                    s -= 1;
                }
                is_all_caps(&text[s..e])
            };
            let mut after_caps = false;
            let mut at = ne;
            for _ in 0..2 {
                match next_token(text, at) {
                    Some((s, e)) => {
                        if is_all_caps(&text[s..e]) && !(s > 0 && bytes[s - 1] == b'(') {
                            after_caps = true;
                        }
                        at = e;
                    }
                    None => break,
                }
            }
            if prev_caps || after_caps || (is_all_caps(next) && next.len() > 4) {
                continue;
            }
            // the line must be mixed-case prose
            let line = doc.line_at(i);
            let mixed = match line_cache {
                Some((s, v)) if s == line.start => v,
                _ => {
                    let v = text[line.clone()]
                        .bytes()
                        .filter(u8::is_ascii_lowercase)
                        .count()
                        >= 8;
                    line_cache = Some((line.start, v));
                    v
                }
            };
            if !mixed || doc.is_protected(i..ne) {
                continue;
            }
            // a block-level tag before it (`<p>THE BBC`, `</h1>THE BBC`) starts a sentence too
            let after_block_tag = doc.markup_at(i.saturating_sub(1)).is_some_and(|z| {
                z.end == i
                    && text[z.clone()].rfind('<').is_some_and(|k| {
                        crate::rules::boilerplate::lines::is_block_tag(&text[z.start + k..i])
                    })
            });
            let start = sentence_start(text, i) || after_block_tag;
            let fix = if start {
                Fix::safe(Edit::new(i..i + 3, "The"))
            } else {
                Fix::unsafe_fix(Edit::new(i..i + 3, "the"))
            };
            out.push(
                ALL_CAPS
                    .finding(
                        i..i + 3,
                        format!(
                            "all-caps `THE` before `{next}` in mixed-case text; write `{}`",
                            if start { "The" } else { "the" }
                        ),
                    )
                    .with_fix(fix),
            );
        }
    }
}
