//! The `untranslated/cjk-punctuation` rule: fullwidth and CJK punctuation left in English text
//! (`the plan，he said。`), each with its English mark as the fix.

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, char_before};

/// Fullwidth and CJK punctuation in an English line: `the plan，he said。`.
pub struct CjkPunctuation;

static CJK_PUNCTUATION: RuleMeta = RuleMeta {
    id: "untranslated/cjk-punctuation",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "fullwidth or CJK punctuation in English text (`the plan，he said。`)",
    flags: &[
        Example {
            text: "The plan was approved，the mayor said.",
            fixed: "The plan was approved, the mayor said.",
        },
        Example {
            text: "Talks will resume on Monday。",
            fixed: "Talks will resume on Monday.",
        },
        Example {
            text: "The port（the largest in the region）reopened today.",
            fixed: "The port (the largest in the region) reopened today.",
        },
        Example {
            text: "She called the deal 「a turning point」 in the talks.",
            fixed: "She called the deal “a turning point” in the talks.",
        },
        Example {
            text: "Prices rose by 5％ in March！",
            fixed: "Prices rose by 5% in March!",
        },
        Example {
            text: "Three goals：speed、cost and safety.",
            fixed: "Three goals: speed, cost and safety.",
        },
    ],
    passes: &[
        "The plan was approved, the mayor said.",
        "The sign read 東京駅（とうきょうえき） at the entrance.",
        "The novel 《红楼梦》 is long, readers say.",
        "东京，大阪。",
        "The fullwidth dash in 3－1 and the ASCII marks (a, b: c) stay as they are.",
    ],
};

/// Each mark and its English form (with the spacing English puts around it).
const MARKS: &[(char, &str)] = &[
    ('\u{3000}', " "),
    ('、', ", "),
    ('。', ". "),
    ('《', "“"),
    ('》', "”"),
    ('「', "“"),
    ('」', "”"),
    ('『', "‘"),
    ('』', "’"),
    ('【', "["),
    ('】', "]"),
    ('！', "! "),
    ('％', "%"),
    ('（', " ("),
    ('）', ") "),
    ('，', ", "),
    ('：', ": "),
    ('；', "; "),
    ('？', "? "),
    ('～', "~"),
];

impl Rule for CjkPunctuation {
    fn meta(&self) -> &'static RuleMeta {
        &CJK_PUNCTUATION
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let mut lines = super::EnglishLines::default();
        for &i in doc.marks() {
            let Some(c) = char_at(text, i) else {
                continue;
            };
            let Some(&(_, english)) = MARKS.iter().find(|(m, _)| *m == c) else {
                continue;
            };
            let end = i + c.len_utf8();
            if char_at(text, end).is_some_and(is_cjk) || char_before(text, i).is_some_and(is_cjk) {
                continue; // a mark of a CJK quotation or name
            }
            let english_line = lines.at(doc, i);
            if !english_line {
                continue;
            }
            let mut english = english;
            if english.ends_with(' ')
                && char_at(text, end).is_none_or(|n| n.is_whitespace() || ".,;:!?)”’\"".contains(n))
            {
                english = english.trim_end();
            }
            if english.starts_with(' ') && char_before(text, i).is_none_or(char::is_whitespace) {
                english = english.trim_start();
            }
            out.push(
                CJK_PUNCTUATION
                    .finding(i..end, format!("CJK punctuation `{c}` in English text"))
                    .with_fix(Fix::safe(Edit::new(i..end, english))),
            );
        }
    }
}

/// Kana, CJK ideographs and Hangul: a mark next to them belongs to that script's text.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}')
}
