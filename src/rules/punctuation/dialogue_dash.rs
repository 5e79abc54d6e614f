//! The `punctuation/dialogue-dash` rule: a paragraph of speech opened with a dash after a
//! line that announces it (`Then she said:` / `– Not now! We are leaving.`), the dialogue
//! dash of Portuguese, Spanish, Russian or Italian; English puts speech in quotation marks.
//! Listed for review: the quotation's end is for a person to place.

use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// A line of speech opened by a dash after a line ending with a colon.
pub struct DialogueDash;

static DIALOGUE_DASH: RuleMeta = RuleMeta {
    id: "punctuation/dialogue-dash",
    category: Category::Punctuation,
    severity: Severity::Info,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "speech opened with a dash after a line announcing it (`Then she said:` / `– Not now!`), the dialogue dash of other languages; English quotes speech",
    flags: &[
        Example {
            text: "Then she said:\n– Not now! We are leaving.",
            fixed: "Then she said:\n– Not now! We are leaving.",
        },
        Example {
            text: "The guard shouted:\n\n— Stop there! Who are you?\n\nNobody answered.",
            fixed: "The guard shouted:\n\n— Stop there! Who are you?\n\nNobody answered.",
        },
        Example {
            text: "He answered the judge:\n– Yes. I signed it, but I did not read it.",
            fixed: "He answered the judge:\n– Yes. I signed it, but I did not read it.",
        },
        Example {
            text: "My aunt asked:\n– Is the train late again?",
            fixed: "My aunt asked:\n– Is the train late again?",
        },
        Example {
            text: "The coach told the players:\n– Keep the ball… and wait for the gap.",
            fixed: "The coach told the players:\n– Keep the ball… and wait for the gap.",
        },
    ],
    passes: &[
        "Then she said: “Not now! We are leaving.”",
        "The plan has two parts:\n– More buses! At night too.\n– Cheaper tickets? Yes.",
        "Bring these:\n– a tent\n– a lamp",
        "The menu:\n– Soup of the day",
        "Results were mixed.\n– Yes! We won the cup.",
        "Things to check:\n- Is the door locked?",
    ],
};

impl Rule for DialogueDash {
    fn meta(&self) -> &'static RuleMeta {
        &DIALOGUE_DASH
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        for dash in ["– ", "— "] {
            for i in memchr::memmem::find_iter(text.as_bytes(), dash) {
                if !text[..i].ends_with(['\n']) {
                    continue;
                }
                let line_end = text[i..].find('\n').map_or(text.len(), |k| i + k);
                let speech = &text[i + dash.len()..line_end];
                let before = text[..i].trim_end();
                let previous = before.rsplit('\n').next().unwrap_or("");
                let next = text[line_end..].trim_start();
                let list = starts_with_dash(previous) || starts_with_dash(next);
                let said = speech.starts_with(|c: char| c.is_uppercase())
                    && (speech.contains(['!', '?', '…']) || speech.trim_end().contains(". "));
                if !previous.ends_with(':') || list || !said {
                    continue;
                }
                let span = i..i + dash.len() - 1;
                if doc.is_protected(span.clone()) {
                    continue;
                }
                out.push(DIALOGUE_DASH.finding(
                    span,
                    "speech opened with a dialogue dash; English puts it in quotation marks",
                ));
            }
        }
    }
}

/// Whether a line starts with a dash or a hyphen, as a list's items do.
fn starts_with_dash(line: &str) -> bool {
    line.trim_start().starts_with(['–', '—', '-'])
}
