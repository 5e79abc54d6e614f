//! A family name's gender, learnt from its fuller forms earlier in the document (a title, a
//! first name of known gender, a gendered noun, a Chinese given name's last syllable).

use super::*;

/// The gender of the Chinese name whose family name is word `k` and whose
/// given name follows it alone (`Zhao Jianguo`, not `Li Na Smith`), read on the
/// given name's last syllable.
pub(super) fn chinese_name_gender(doc: &Document<'_>, k: usize) -> Option<Gender> {
    use crate::analysis::names::Origin;
    if doc.names().surname(doc.word(k)) != Some(Origin::Chinese) {
        return None;
    }
    let (text, words) = (doc.text(), doc.words());
    let given = doc.word(k + 1);
    let alone = !joined_in(text, words, k + 1)
        || !doc.word(k + 2).as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    // `Li-na`: the hyphen splits the given name into two words
    let hyphen = text.as_bytes().get(words.get(k + 1)?.1) == Some(&b'-');
    (alone && !hyphen).then(|| pinyin_given_name_gender(given)).flatten()
}

/// Whether word `k` is followed by a lower-case noun that is no verb (`the
/// Ferri family`, `the Ferri case`): the name qualifies a thing.
pub(super) fn followed_by_noun(doc: &Document<'_>, k: usize) -> bool {
    let next = doc.word(k + 1);
    joined_in(doc.text(), doc.words(), k)
        && next.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
        && tags(next).is_some_and(|t| t.is_noun() && !t.is_verb())
}

/// Lower-case words that join the parts of a full name (`Lula da Silva`,
/// `Ursula von der Leyen`, `Mohammed bin Salman`).
pub(super) fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "da" | "das" | "de" | "del" | "della" | "der" | "di" | "do" | "dos" | "van" | "von"
            | "bin" | "ibn" | "al" | "el"
    )
}

/// How many words before a pronoun are searched for the full name of a
/// family name met alone near it.
pub(super) const NAME_LOOKBACK_WORDS: usize = 300;

/// What the text before word `k` tells of the gender of the family name
/// `name`: `Some(Some(g))` when each of its full forms gives `g` (after a
/// title, `Mrs Ferri`, `Mr. Jorge Ferri`; after a first name of known gender,
/// `Anna Ferri`, `Luiz Inacio Lula da Silva`; after a gendered noun,
/// `spokeswoman Tove Lindqvist`; a Chinese name, `Zhao Jianguo`), `Some(None)`
/// when they give both (`Mr and Mrs Ferri`), `None` when none tells.
pub(super) fn learn_surname(doc: &Document<'_>, name: &str, k: usize) -> Option<Option<Gender>> {
    let mut known: Option<Option<Gender>> = None;
    let (text, words) = (doc.text(), doc.words());
    for j in (k.saturating_sub(NAME_LOOKBACK_WORDS)..k).rev() {
        let (s, e) = words[j];
        if e - s != name.len() || &text[s..e] != name {
            continue;
        }
        let told = gender_before_name(doc, j).or_else(|| chinese_name_gender(doc, j).map(Some));
        if let Some(g) = told {
            known = Some(match known {
                Some(h) if h != g => None,
                _ => g,
            });
        }
    }
    known
}

/// The gender the words before the family name at `j` give it: back over the
/// rest of the full name (capitalised words, `da`, `von`) to a title, a first
/// name of known gender or a gendered noun; `Some(None)` after `Mr and Mrs`.
pub(super) fn gender_before_name(doc: &Document<'_>, j: usize) -> Option<Option<Gender>> {
    let (text, words) = (doc.text(), doc.words());
    let mut i = j;
    for _ in 0..4 {
        let p = i.checked_sub(1)?;
        let gap = &text[words[p].1..words[i].0];
        let w = doc.word(p);
        if let Some(g) = title_gender(w).filter(|_| gap == " " || gap == ". ") {
            let couple = p >= 2
                && doc.word(p - 1) == "and"
                && title_gender(doc.word(p - 2)).is_some_and(|h| h != g);
            return Some(if couple { None } else { Some(g) });
        }
        if gap != " " {
            return None;
        }
        if w.as_bytes()[0].is_ascii_uppercase() {
            if let Some(&g) = FIRST_NAMES.get(w) {
                return Some(Some(g));
            }
        } else if let Some(g) = noun_gender(w) {
            return Some(Some(g));
        } else if !is_name_particle(w) {
            return None;
        }
        i = p;
    }
    None
}

/// `word` when it may be a family name: no acronym, title, month or common
/// English word (`Rose Young` tells nothing of `Young`).
pub(super) fn may_be_surname(word: &str) -> Option<&str> {
    let acronym = word.bytes().all(|x| x.is_ascii_uppercase());
    // the dictionary knows many family names (`Wang`, `Young`): the word
    // in lower case is the common one
    let common = || {
        let mut buf = [0u8; 24];
        lower(word, &mut buf).is_none_or(|w| tags(w).is_some())
    };
    let other = title_gender(word).is_some() || is_calendar(word) || pronoun_gender_any_case(word);
    (word.len() > 1 && !acronym && !other && !common()).then_some(word)
}
