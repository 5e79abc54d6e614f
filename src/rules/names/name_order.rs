//! The `names/name-order` rule: a Chinese or Korean given name used as the family name (`Qin Gang …
//! his call with Gang`); use the family name.

use crate::analysis::document::Document;
use crate::analysis::names::Origin;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::hash::{FastMap, FastSet};

/// A family-name-first name cut in half: after `Qin Gang`, a bare `Gang`.
pub struct NameOrder;

static NAME_ORDER: RuleMeta = RuleMeta {
    id: "names/name-order",
    category: Category::Names,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a Chinese or Korean given name used as the family name (`Qin Gang … his call with Gang`); use the family name",
    flags: &[
        Example { text: "Qin Gang met Kuleba. Later, in his call with Gang, he pressed.", fixed: "Qin Gang met Kuleba. Later, in his call with Qin, he pressed." },
        Example { text: "Li Keqiang spoke first. Then Mr. Keqiang left.", fixed: "Li Keqiang spoke first. Then Mr. Li left." },
        Example { text: "Moon Jae-in visited. Jae-in said the talks were good.", fixed: "Moon Jae-in visited. Moon said the talks were good." },
        Example { text: "Foreign minister Wang Wenbin spoke. Critics asked Wenbin why.", fixed: "Foreign minister Wang Wenbin spoke. Critics asked Wang why." },
        Example { text: "Zhou Enlai came; aides of Enlai followed.", fixed: "Zhou Enlai came; aides of Zhou followed." },
        Example { text: "It was late when Premier Li Keqiang spoke. Aides said Keqiang was tired.", fixed: "It was late when Premier Li Keqiang spoke. Aides said Li was tired." },
    ],
    passes: &[
        "Wang Yi met Blinken. Wang said the talks were candid. Later Xiao Yun of Zhi Yun spoke.",
        "Xi Jinping arrived; Xi spoke for an hour.",
        "Jack Ma founded Alibaba; Ma later left.",
        "Fumio Kishida met Kim Clijsters and Lee Bowyer; Kishida smiled.",
        "Nguyen Xuan Phuc spoke; Phuc said more.",
        "The insurer Axa Sun Life grew fast. Analysts said Life would grow again.",
        "Funds of Harbour Kim Jae-won Partners rose; Jae-won said nothing new.",
    ],
};

impl Rule for NameOrder {
    fn meta(&self) -> &'static RuleMeta {
        &NAME_ORDER
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let people = &doc.doc_names().people;
        if people.is_empty() {
            return;
        }
        let text = doc.text();
        let b = text.as_bytes();
        // given name -> (family name, offsets of the full name); skip a given name
        // that is another person's family name in this text
        let families: FastSet<&str> = people.iter().map(|p| p.0).collect();
        // (the third field is how many of the offsets lie before the candidate: the
        // candidates come in order, so it only moves forward)
        let mut given: FastMap<&str, (&str, Vec<usize>, usize)> = FastMap::default();
        for (fam, giv, origin, at) in people {
            if matches!(origin, Origin::Chinese | Origin::Korean)
                && !families.contains(giv)
                && !inside_longer_name(text, *at)
            {
                let entry = given.entry(giv).or_insert((fam, Vec::new(), 0));
                if entry.0 == *fam {
                    entry.1.push(*at);
                }
            }
        }
        if given.is_empty() {
            return;
        }
        // one pass over the capitalised tokens
        let filter: crate::text::hash::KeyFilter = given.keys().copied().collect();
        // the capitals a given name starts with: the others start none
        let mut starts = [false; 256];
        for g in given.keys() {
            if let Some(&c) = g.as_bytes().first() {
                starts[usize::from(c)] = true;
            }
        }
        for &i in doc.word_capitals() {
            if !starts[usize::from(b[i])] {
                continue;
            }
            if i > 0 && (b[i - 1].is_ascii_digit() || b[i - 1] == b'-' || b[i - 1] >= 0x80) {
                continue;
            }
            let mut e = i + 1;
            while e < b.len()
                && (b[e].is_ascii_alphabetic()
                    || (b[e] == b'-' && b.get(e + 1).is_some_and(u8::is_ascii_alphabetic)))
            {
                e += 1;
            }
            let start = i;
            if !filter.may_contain(&text[start..e]) {
                continue;
            }
            let g = &text[start..e];
            let Some((fam, mentions, before)) = given.get_mut(g) else {
                continue;
            };
            let fam = *fam;
            let i = start;
            {
                if b.get(e)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80)
                {
                    continue;
                }
                // a second reference comes after the full name, and not too far after it
                while mentions.get(*before).is_some_and(|&m| m < i) {
                    *before += 1;
                }
                let k = *before;
                if k == 0 || i - mentions[k - 1] > SECOND_REFERENCE_REACH {
                    continue;
                }
                // part of a name: after or before another capitalised word (`Zhi Yun`, `Yu Hua`)
                let before = text[..i].strip_suffix(' ').map(|t| {
                    t.rsplit(|c: char| !c.is_ascii_alphabetic())
                        .next()
                        .unwrap_or("")
                });
                if before.is_some_and(|w| w.as_bytes().first().is_some_and(u8::is_ascii_uppercase))
                {
                    continue;
                }
                if text[e..]
                    .strip_prefix(' ')
                    .is_some_and(|t| t.as_bytes().first().is_some_and(u8::is_ascii_uppercase))
                {
                    continue;
                }
                // an English word starting a sentence (`An employee`)
                let lower = g.to_ascii_lowercase();
                let sentence_initial = crate::text::starts_sentence(text, i);
                if sentence_initial && ENGLISH_GIVEN.contains(&lower.as_str()) {
                    continue;
                }
                if doc.is_protected(i..e) {
                    continue;
                }
                out.push(
                    NAME_ORDER
                        .finding(i..e, format!("`{g}` is the given name of {fam} {g}; the family name comes first: `{fam}`"))
                        .with_fix(Fix::unsafe_fix(Edit::new(i..e, fam.to_string()))),
                );
            }
        }
    }
}

/// Whether the name at `at` continues a capitalised word before it that is no
/// title, nationality or function word (`the insurer Axa Sun Life`): a company's
/// or a place's name, not a person's (`President Xi Jinping`, `When Li Wei` are).
fn inside_longer_name(text: &str, at: usize) -> bool {
    let Some(before) = text[..at].strip_suffix(' ') else {
        return false;
    };
    let word = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    if !word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let mut buf = [0u8; 16];
    let lower = crate::text::ascii_lower(word, &mut buf).unwrap_or("");
    NOT_NAME_PARTS.binary_search(&lower).is_err()
}

/// Capitalised words that may come just before a person's name: titles,
/// nationalities and function words, in lower case, sorted.
pub(super) const NOT_NAME_PARTS: &[&str] = &[
    "a",
    "actor",
    "after",
    "ambassador",
    "american",
    "and",
    "as",
    "at",
    "before",
    "bishop",
    "british",
    "but",
    "by",
    "captain",
    "chairman",
    "chairwoman",
    "chancellor",
    "chef",
    "chief",
    "chinese",
    "coach",
    "colonel",
    "comrade",
    "councillor",
    "dear",
    "deputy",
    "director",
    "dr",
    "envoy",
    "executive",
    "father",
    "for",
    "foreign",
    "former",
    "founder",
    "from",
    "general",
    "governor",
    "her",
    "his",
    "if",
    "in",
    "judge",
    "justice",
    "king",
    "korean",
    "lady",
    "leader",
    "lord",
    "madam",
    "mayor",
    "minister",
    "miss",
    "mme",
    "mr",
    "mrs",
    "ms",
    "new",
    "north",
    "of",
    "on",
    "or",
    "pastor",
    "pope",
    "premier",
    "president",
    "prince",
    "princess",
    "prof",
    "professor",
    "queen",
    "rep",
    "representative",
    "rev",
    "reverend",
    "said",
    "says",
    "secretary",
    "sen",
    "senator",
    "since",
    "singaporean",
    "sir",
    "so",
    "south",
    "spokesman",
    "spokeswoman",
    "taiwanese",
    "that",
    "the",
    "then",
    "to",
    "under",
    "vice",
    "when",
    "while",
    "with",
];

/// How far after a full name (in bytes) a bare given name still refers to it.
const SECOND_REFERENCE_REACH: usize = 5000;

/// Given names that are also English words, so a capital at a sentence start proves nothing.
pub(super) const ENGLISH_GIVEN: &[&str] = &[
    "an", "ban", "bang", "bin", "bo", "dan", "fan", "hang", "he", "ken", "lane", "long", "man",
    "mine", "pan", "ping", "ran", "run", "sang", "song", "sun", "tan", "wing",
];
