//! The `capitalization/mixed-case-institution` rule: the name of an office,
//! court or district that one text capitalises in several mixed ways (`the
//! city Water Bureau`, `the city water Bureau`, `the City water bureau`): MT
//! from languages without capitals (Chinese, Arabic, Persian) capitalises the
//! words of a name one by one. The phrases of
//! [`capitalization/mixed-case-phrase`](super::mixed_case_phrase), read only
//! around the words that head such names, so the rule costs little and can be
//! on. Which form is right is the editor's call: no fix.

use super::mixed_case_phrase::{add_window, report, Phrases};
use crate::analysis::document::{word_in, Document};
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// A name of an institution or district capitalised in several mixed ways.
pub struct MixedCaseInstitution;

static MIXED_INSTITUTION: RuleMeta = RuleMeta {
    id: "capitalization/mixed-case-institution",
    category: Category::Capitalization,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| HEADS.to_vec()),
    default_enabled: true,
    summary: "the name of an office, court or district capitalised in several mixed ways in one text (`the port Customs bureau`, `the Port customs Bureau`)",
    flags: &[
        Example {
            text: "The harbour Customs bureau opened a case. Later the harbour Customs Bureau fined the firm, and the Harbour customs Bureau closed it.",
            fixed: "The harbour Customs bureau opened a case. Later the harbour Customs Bureau fined the firm, and the Harbour customs Bureau closed it.",
        },
        Example {
            text: "Judges of the Higher Maritime court ruled. The higher Maritime Court ruled again, and the Higher maritime Court agreed.",
            fixed: "Judges of the Higher Maritime court ruled. The higher Maritime Court ruled again, and the Higher maritime Court agreed.",
        },
        Example {
            text: "The Land resources Department wrote to him; the land Resources department replied; the land resources Department then sued.",
            fixed: "The Land resources Department wrote to him; the land Resources department replied; the land resources Department then sued.",
        },
        Example {
            text: "Lawyers of the Xinlan district Court came first. The Xinlan District court asked for help; the xinlan District Court refused.",
            fixed: "Lawyers of the Xinlan district Court came first. The Xinlan District court asked for help; the xinlan District Court refused.",
        },
        Example {
            text: "Staff at the Water supply Office struck. The water Supply office paid them, and the Water Supply office thanked them.",
            fixed: "Staff at the Water supply Office struck. The water Supply office paid them, and the Water Supply office thanked them.",
        },
    ],
    passes: &[
        // one form throughout
        "The Harbour Customs Bureau opened a case. Later the Harbour Customs Bureau fined the firm. The Harbour Customs Bureau closed it.",
        // a name and the common noun
        "The Land Resources Department wrote. The department replied. Land resources are scarce, the department said.",
        // a sentence start changes only the first capital
        "District court staff came. The district court closed. District court fees rose.",
        // twice mixed is too little
        "The harbour Customs bureau opened a case. Later the Harbour customs Bureau closed it.",
        // mixed phrases that head no institution
        "The Golden gate Bridge shone. The golden Gate bridge dimmed. The Golden Gate bridge shone again.",
        // the head word does not end the phrase
        "The Kelvo Prefecture remains calm. The Kelvo prefecture Remains project. The Kelvo Prefecture remains shut.",
    ],
};

/// Words that head the name of an office, court, body or district, general
/// knowledge of English (lower case). Not `police` nor `customs`: the rule
/// visits every word of a head's length and first and last letters, and
/// `people` and plurals like `changes` are too common for the time it costs.
const HEADS: &[&str] = &[
    "academy", "administration", "agency", "assembly", "association", "authority", "bureau",
    "chamber", "commission", "committee", "council", "county", "court", "department",
    "directorate", "district", "federation", "institute", "ministry", "municipality", "office",
    "prefecture", "procuratorate", "province", "security", "tribunal", "university",
];

impl Rule for MixedCaseInstitution {
    fn meta(&self) -> &'static RuleMeta {
        &MIXED_INSTITUTION
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let (text, words) = (doc.text(), doc.words());
        let mut phrases = Phrases::default();
        let b = text.as_bytes();
        let capital = |j: usize| b[words[j].0].is_ascii_uppercase();
        for k in doc.trigger_words(MIXED_INSTITUTION.id) {
            // the common case first: the word and the two before it alike
            // (`the police`, `Regional Court`) end no mixed phrase
            let from = k.saturating_sub(2);
            if (from..k).all(|j| capital(j) == capital(k)) {
                continue;
            }
            let word = word_in(text, words, k);
            if !HEADS.iter().any(|h| word.eq_ignore_ascii_case(h)) {
                continue;
            }
            // the phrases the head word ends: a name ends with its head
            // (`the port Customs bureau`), not with the verb after it
            for n in [3, 2] {
                if k + 1 >= n {
                    add_window(doc, &mut phrases, k + 1 - n, n);
                }
            }
        }
        report(doc, &MIXED_INSTITUTION, phrases, out);
    }
}
