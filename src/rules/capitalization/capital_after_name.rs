//! The `capitalization/capital-after-name` rule: a capitalised subject pronoun
//! in the middle of a sentence (`the envoy Idrisov He said`), or a capitalised
//! conjunction or preposition after a semicolon or a name and a comma (`; On the
//! next day`): a sentence break lost, or a subject given twice. It takes what
//! `capitalization/stray-capital` leaves: pronouns, and what follows `;` or a name.

use super::tokens::{is_lower_word, is_title_case, next_token, token_at};
use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// Subject pronouns that start sentences.
const PRONOUNS: &[&str] = &["He", "It", "She", "They", "We"];

/// Conjunctions and prepositions that start sentences and clauses.
const LINKS: &[&str] = &[
    "And", "At", "But", "By", "For", "From", "In", "Of", "On", "Or", "To", "With",
];

/// English function words, which titles leave in lower case, sorted.
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "against", "among", "an", "and", "are", "as", "at", "be", "because",
    "been", "before", "between", "but", "by", "can", "could", "did", "do", "does", "during",
    "for", "from", "had", "has", "have", "he", "her", "his", "i", "if", "in", "into", "is", "it",
    "its", "may", "might", "must", "my", "no", "nor", "not", "of", "on", "onto", "or", "our",
    "over", "per", "she", "should", "since", "so", "than", "that", "the", "their", "then",
    "these", "they", "this", "those", "though", "through", "to", "under", "until", "via", "was",
    "we", "were", "what", "when", "where", "which", "while", "who", "whom", "whose", "will",
    "with", "without", "would", "yet", "you", "your",
];

/// A capitalised pronoun or link word mid-sentence: `Idrisov He said`.
pub struct CapitalAfterName;

static CAPITAL_AFTER_NAME: RuleMeta = RuleMeta {
    id: "capitalization/capital-after-name",
    category: Category::Capitalization,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a capitalised pronoun mid-sentence (`the envoy Idrisov He said`) or a capitalised `And`, `On`, … after `;` (`; On the next day`): a lost sentence break or a doubled subject",
    flags: &[
        Example {
            text: "The delegate Karim Osei He told reporters the vote was close.",
            fixed: "The delegate Karim Osei He told reporters the vote was close.",
        },
        Example {
            text: "Shares dropped at the open; On the second day they recovered.",
            fixed: "Shares dropped at the open; on the second day they recovered.",
        },
        Example {
            text: "The crowd gathered near the gate They waited until dark.",
            fixed: "The crowd gathered near the gate They waited until dark.",
        },
        Example {
            text: "The committee met twice; But no decision was taken.",
            fixed: "The committee met twice; but no decision was taken.",
        },
        Example {
            text: "Users shared the clip widely; On Telegram it spread fastest.",
            fixed: "Users shared the clip widely; on Telegram it spread fastest.",
        },
        Example {
            text: "The talks ended in Lisbon, And the ministers flew home.",
            fixed: "The talks ended in Lisbon, and the ministers flew home.",
        },
    ],
    passes: &[
        "The delegate told reporters the vote was close.",
        "When She Came Home: A Story In Letters",
        "I met Karim. He was there too.",
        "The novel, In the Heat of the Night, is short.",
        "She subscribes to The Economist and reads it weekly.",
        "The crowd gathered near the gate, they waited until dark.",
    ],
};

impl Rule for CapitalAfterName {
    fn meta(&self) -> &'static RuleMeta {
        &CAPITAL_AFTER_NAME
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        let mut title_lines: Option<(usize, bool)> = None;
        for &i in doc.word_capitals() {
            if i < 2 || bytes[i - 1] != b' ' {
                continue;
            }
            // two to four letters, then a space: cheap tests before the lists
            let e = token_at(bytes, i);
            if !(2..=4).contains(&(e - i)) || bytes.get(e) != Some(&b' ') {
                continue;
            }
            let word = &text[i..e];
            let pronoun = PRONOUNS.contains(&word);
            if !pronoun && !LINKS.contains(&word) {
                continue;
            }
            let before = bytes[i - 2];
            let Some((ns, ne)) = next_token(text, e) else {
                continue;
            };
            let next_lower = is_lower_word(&text[ns..ne]);
            let fix = if pronoun {
                // after a word ending in a lower-case letter, before a lower-case word
                if !before.is_ascii_lowercase() || !next_lower {
                    continue;
                }
                None
            } else if before == b';' {
                // after `;`: certain before a lower-case word; before a name, a title may follow
                let edit = Edit::new(i..i + 1, word[..1].to_ascii_lowercase());
                Some(if next_lower {
                    Fix::safe(edit)
                } else {
                    Fix::unsafe_fix(edit)
                })
            } else if before == b',' && next_lower && after_name(bytes, i - 2) {
                // after a lower-case word the comma case is `stray-capital`'s
                Some(Fix::safe(Edit::new(
                    i..i + 1,
                    word[..1].to_ascii_lowercase(),
                )))
            } else {
                continue;
            };
            if doc.is_protected(i..e) {
                continue;
            }
            let line = doc.line_at(i);
            let title = match title_lines {
                Some((start, title)) if start == line.start => title,
                _ => {
                    let title = is_title_case(text, line.clone());
                    title_lines = Some((line.start, title));
                    title
                }
            };
            if title {
                continue;
            }
            let message = if pronoun {
                format!("a capitalised `{word}` in the middle of a sentence: a lost sentence break or a subject given twice")
            } else {
                format!(
                    "a capitalised `{word}` after `{}`; `{}`?",
                    before as char,
                    word.to_ascii_lowercase()
                )
            };
            let finding = CAPITAL_AFTER_NAME.finding(i..e, message);
            out.push(match fix {
                Some(fix) => finding.with_fix(fix),
                None => finding,
            });
        }
    }
}

/// Whether the comma at `comma` follows a capitalised word (a name).
fn after_name(bytes: &[u8], comma: usize) -> bool {
    let mut s = comma;
    while s > 0 && bytes[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    s < comma
        && bytes[s].is_ascii_uppercase()
        && !(s > 0 && (bytes[s - 1].is_ascii_alphanumeric() || bytes[s - 1] >= 0x80))
}
