//! The `names/doubled-agency-name` rule: an institution's name run into its own short name
//! with the brackets lost (`the World Health Organization WHO said`, `the Department of
//! Defense Pentagon`): the source wrote the short form in brackets or as an apposition
//! English marks, and machine translation dropped the marks.

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// An institution's name run into its own short name: `the Department of Defense Pentagon`.
pub struct DoubledAgencyName;

static DOUBLED_AGENCY_NAME: RuleMeta = RuleMeta {
    id: "names/doubled-agency-name",
    category: Category::Names,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(trigger_words),
    default_enabled: true,
    summary: "an institution's name run into its own short name, brackets lost (`the Department of Defense Pentagon`, `the World Health Organization WHO`)",
    flags: &[
        Example {
            text: "A letter from the Department of Defense Pentagon reached the committee.",
            fixed: "A letter from the Department of Defense (Pentagon) reached the committee.",
        },
        Example {
            text: "The International Energy Agency IEA cut its forecast.",
            fixed: "The International Energy Agency (IEA) cut its forecast.",
        },
        Example {
            text: "Officials of the Ministry of Foreign Affairs MOFA denied the report.",
            fixed: "Officials of the Ministry of Foreign Affairs (MOFA) denied the report.",
        },
        Example {
            text: "Talks with the Presidential Administration Kremlin went on.",
            fixed: "Talks with the Presidential Administration (Kremlin) went on.",
        },
    ],
    passes: &[
        "A letter from the Department of Defense (Pentagon) reached the committee.",
        "The International Energy Agency (IEA) cut its forecast.",
        "The state news agency WAM reported the visit.",
        "The Defense Department said the Pentagon would reply.",
        "The Pentagon and the Kremlin spoke; the Kremlin Palace is old.",
        "The Ministry of Health UK office opened.",
        "The Central Bank CEO resigned.",
        "THE WORLD HEALTH ORGANIZATION WHO SAID",
    ],
};

/// The words an institution's name ends with, after which its acronym may follow.
const HEADS: &[&str] = &[
    "Administration", "Agency", "Assembly", "Authority", "Bank", "Bureau", "Commission",
    "Committee", "Council", "Court", "Department", "Federation", "Fund", "Institute",
    "Ministry", "Office", "Organisation", "Organization", "Party", "Police", "Service", "Union",
];

/// Short names that stand for an institution, each with the words one of which its long
/// name holds: `Pentagon` for the defence department.
const METONYMS: &[(&str, &[&str])] = &[
    ("Kremlin", &["Presidential", "Presidency", "Administration"]),
    ("Pentagon", &["Defense", "Defence"]),
];

fn trigger_words() -> Vec<&'static str> {
    let mut words = HEADS.to_vec();
    words.extend(METONYMS.iter().map(|(short, _)| *short));
    words
}

/// The small words inside an institution's name (`Ministry of Foreign Affairs`).
const JOINERS: &[&str] = &["and", "for", "of", "on", "the"];

impl Rule for DoubledAgencyName {
    fn meta(&self) -> &'static RuleMeta {
        &DOUBLED_AGENCY_NAME
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let words = doc.words();
        for k in doc.trigger_words(DOUBLED_AGENCY_NAME.id) {
            let word = doc.word(k);
            // (the index hands over `police` and `office` too: a capital first)
            if !word.starts_with(|c: char| c.is_ascii_uppercase())
                || (!HEADS.contains(&word) && !METONYMS.iter().any(|(m, _)| *m == word))
            {
                continue;
            }
            // the name's last word, then the short name after it: most triggers stop here
            let Some(last) = name_end(doc, k) else {
                continue;
            };
            if last + 1 >= words.len() || !spaced(doc, last) {
                continue;
            }
            let short = doc.word(last + 1);
            let metonym = METONYMS.iter().find(|(m, _)| *m == short);
            if metonym.is_none() && !acronym_shaped(short) {
                continue;
            }
            let first = name_start(doc, last);
            let name: Vec<&str> = (first..=last).map(|j| doc.word(j)).collect();
            let doubled = match metonym {
                Some((_, holds)) => name.len() >= 2 && name.iter().any(|w| holds.contains(w)),
                None => is_acronym_of(short, &name),
            };
            if !doubled || followed_by_name_word(doc, last + 1) {
                continue;
            }
            let (s, e) = (words[last + 1].0, words[last + 1].1);
            if doc.is_protected(words[first].0..e) {
                continue;
            }
            out.push(
                DOUBLED_AGENCY_NAME
                    .finding(
                        s..e,
                        format!(
                            "`{short}` is the short name of `{}` right before it: put it in brackets (or keep one of the two)",
                            &text[words[first].0..words[last].1]
                        ),
                    )
                    .with_fix(Fix::unsafe_fix(Edit::new(s..e, format!("({short})")))),
            );
        }
    }
}

/// Whether a single space separates word `k` from the next.
fn spaced(doc: &Document<'_>, k: usize) -> bool {
    let words = doc.words();
    k + 1 < words.len() && &doc.text()[words[k].1..words[k + 1].0] == " "
}

/// Whether `word` is capitalised with the rest in lower case (`Defense`, not `WHO`).
fn capitalised(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 2 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_lowercase)
}

/// The last word of the institution's name at trigger word `k`: the capitalised word before a
/// metonym trigger (`of Defense Pentagon`), or a head and the capitalised words and joiners
/// running on after it (`Ministry of Foreign Affairs`).
fn name_end(doc: &Document<'_>, k: usize) -> Option<usize> {
    if METONYMS.iter().any(|(m, _)| *m == doc.word(k)) {
        let named = k > 0 && spaced(doc, k - 1) && capitalised(doc.word(k - 1));
        return named.then(|| k - 1);
    }
    let mut last = k;
    while last + 2 < doc.words().len()
        && spaced(doc, last)
        && spaced(doc, last + 1)
        && (capitalised(doc.word(last + 1))
            || (JOINERS.contains(&doc.word(last + 1)) && capitalised(doc.word(last + 2))))
    {
        last += if capitalised(doc.word(last + 1)) { 1 } else { 2 };
    }
    Some(last)
}

/// The first word of the institution's name ending at word `last`: capitalised words at
/// single spaces back from it, with joiners between two of them (`World Health`,
/// `Department of`), up to the sentence's first word.
fn name_start(doc: &Document<'_>, last: usize) -> usize {
    let mut first = last;
    while first >= 1 && spaced(doc, first - 1) {
        let prev = doc.word(first - 1);
        if capitalised(prev) {
            first -= 1;
            if crate::text::starts_sentence(doc.text(), doc.words()[first].0) {
                break; // the sentence's first word
            }
        } else if first >= 2
            && JOINERS.contains(&prev)
            && spaced(doc, first - 2)
            && capitalised(doc.word(first - 2))
        {
            first -= 2;
        } else {
            break;
        }
    }
    first
}

/// Whether `word` has an acronym's shape: two to six capital letters.
fn acronym_shaped(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `short` (two to six capitals) is the acronym of `name`: the initials of its
/// capitalised words in order, each joiner's initial either in it or not (`MOFA`, `MFA`).
fn is_acronym_of(short: &str, name: &[&str]) -> bool {
    let s = short.as_bytes();
    if !acronym_shaped(short) {
        return false;
    }
    // the name's words without a leading joiner (`The`) or a sentence-initial one
    fn matches(s: &[u8], name: &[&str]) -> bool {
        match (s.first(), name.first()) {
            (None, None) => true,
            (_, None) => false,
            (first, Some(word)) => {
                let initial = word.as_bytes()[0].to_ascii_uppercase();
                let joiner = JOINERS.contains(&word.to_ascii_lowercase().as_str());
                (first == Some(&initial) && matches(&s[1..], &name[1..]))
                    || (joiner && matches(s, &name[1..]))
            }
        }
    }
    name.iter().filter(|w| capitalised(w)).count() >= 2 && matches(s, name)
}

/// Whether the word after the short name continues a name (`the Central Bank CEO Ana`, a
/// title before a person): then the short name is part of a longer phrase.
fn followed_by_name_word(doc: &Document<'_>, k: usize) -> bool {
    k + 1 < doc.words().len() && spaced(doc, k) && doc.word(k + 1).starts_with(|c: char| c.is_ascii_uppercase())
}
