//! Reading back from a pronoun: the candidates for its antecedent and the traces of its
//! gender in the sentences before it.

use super::*;

/// What a pronoun may refer to, read back from it.
pub(super) enum Antecedent {
    /// Persons of the other gender only (the nearest one).
    OtherGender(usize),
    /// An organisation, and no person (the nearest one).
    Organisation(usize),
}

/// Reads back from the pronoun at `k`: the candidates in its sentence and the
/// sentence before, in its paragraph (or, for a pronoun in the paragraph's
/// first sentence, the last sentence of the paragraph before: `… Zhao said.¶
/// “…,” she said.`) and outside quotations, and any trace of its gender in
/// the last [`LOOKBACK_SENTENCES`] sentences (quotations and earlier
/// paragraphs too). `None` as soon as a person of the pronoun's
/// gender or of unknown gender turns up. An object pronoun (`him`) never
/// refers to a person before it in its own clause, so a person in its
/// sentence keeps the rule silent.
pub(super) fn antecedent(reader: &mut Reader<'_, '_>, k: usize, gender: Gender, object: bool) -> Option<Antecedent> {
    let doc = reader.doc;
    let words = doc.words();
    let first = k.saturating_sub(LOOKBACK_WORDS);

    // a report after a quotation that opens its paragraph, the paragraph
    // before ending a sentence (no headline, no list item)
    let text = doc.text();
    let reported = after_quote(text, words[k].0) && {
        let sentence = (first..=k).rev().find(|&j| reader.starts_sentence(j)).unwrap_or(0);
        sentence > 0 && {
        let gap = &text[words[sentence - 1].1..words[sentence].0];
        let (line_end, _) = gap.split_once('\n').unwrap_or((gap, ""));
        let ends = line_end.trim_end().trim_end_matches(['"', '\u{201D}', ')']).ends_with(['.', '!', '?']);
        gap.contains('\n') && ends
        }
    };
    let paragraph = if reported { 0 } else { doc.line_at(words[k].0).start };
    // first the words' gender and the bodies, which cost little: most
    // pronouns find a trace of their gender, or no candidate, here; a name
    // alone near the pronoun asks for the family names the document told
    match traces(reader, k, gender, first, paragraph) {
        Traces::Candidate => {}
        Traces::Names(names) => {
            // a family name alone whose full forms before give it the other
            // gender: read again, family names read by their full forms
            reader.learning.set(true);
            let other = names
                .iter()
                .flatten()
                .any(|&j| matches!(reader.learnt(j), Some(Some(g)) if g != gender));
            if !other || traces(reader, k, gender, first, paragraph) != Traces::Candidate {
                return None;
            }
        }
        _ => return None,
    }
    // then the candidates near the pronoun, anyone of unknown gender among them
    let (mut other_gender, mut organisation) = (None, None);
    let mut sentences = usize::from(reader.starts_sentence(k));
    for j in (first..k).rev() {
        if sentences >= 2 || words[j].0 < paragraph {
            break;
        }
        let role = reader.role(j, true);
        // `the man she met`, `the woman that he loves`: the pronoun opens a
        // clause about the person before it, someone else
        let clause_noun = j + 1 == k || (j + 2 == k && doc.word(j + 1) == "that");
        if clause_noun && matches!(role, Role::Person(_)) && joined_in(doc.text(), words, j) {
            return None;
        }
        let is_candidate = matches!(role, Role::Person(_) | Role::Someone | Role::Organisation);
        if is_candidate && !reader.quoted(words[j].0) {
            match role {
                _ if object && sentences == 0 => return None,
                Role::Person(_) => {
                    other_gender.get_or_insert(j);
                }
                Role::Organisation if is_subject(doc, j) => {
                    organisation.get_or_insert(j);
                }
                Role::Someone => return None,
                _ => {}
            }
        }
        sentences += usize::from(reader.starts_sentence(j));
    }
    other_gender
        .map(Antecedent::OtherGender)
        .or(organisation.map(Antecedent::Organisation))
}

/// What the words before a pronoun say of its gender (see [`traces`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Traces {
    /// A person or trace of the pronoun's gender, or nothing to go on.
    Silent,
    /// A person of the other gender or an organisation near the pronoun, and
    /// no trace of its gender.
    Candidate,
    /// No candidate, but capitalised words near the pronoun (the nearest
    /// few), each the subject of a verb (`Moretti said`), that may be family
    /// names the text told the gender of before.
    Names([Option<usize>; 3]),
}

/// Reads back from the pronoun at `k` over the last [`LOOKBACK_SENTENCES`]
/// sentences (quotations and earlier paragraphs too) for a trace of its
/// gender, and over its sentence and the one before for a candidate.
pub(super) fn traces(reader: &Reader<'_, '_>, k: usize, gender: Gender, first: usize, paragraph: usize) -> Traces {
    let doc = reader.doc;
    let words = doc.words();
    let (mut candidate_seen, mut names) = (false, [None; 3]);
    let mut found = 0;
    let learnt = reader.learning.get();
    // sentence starts between word `j` and the pronoun, `j` read after
    let mut sentences = usize::from(reader.starts_sentence(k));
    for j in (first..k).rev() {
        let near = sentences < 2 && words[j].0 >= paragraph;
        if !near && !candidate_seen {
            return if found > 0 { Traces::Names(names) } else { Traces::Silent };
        }
        match reader.role(j, false) {
            Role::Person(g) | Role::Trace(g) if g == gender => return Traces::Silent,
            Role::Person(_) | Role::Organisation if near => candidate_seen = true,
            Role::None
                if near
                    && !learnt
                    && found < names.len()
                    && doc.word(j).as_bytes()[0].is_ascii_uppercase()
                    && is_subject(doc, j)
                    && (may_be_surname(doc.word(j)).is_some()
                        || doc.names().surname(doc.word(j)).is_some()) =>
            {
                names[found] = Some(j);
                found += 1;
            }
            _ => {}
        }
        sentences += usize::from(reader.starts_sentence(j));
        if sentences > LOOKBACK_SENTENCES {
            break;
        }
    }
    if candidate_seen {
        Traces::Candidate
    } else {
        if found > 0 { Traces::Names(names) } else { Traces::Silent }
    }
}

/// The object (its first word) of `he praised Lula for her record`: the
/// possessive at `k` follows `for` after a clause whose subject pronoun and
/// named object (or `him`, `her`) are both of the other gender, so it can
/// only mean one of them. Silent when its own gender occurs in the sentence
/// or the one before, or inside a quotation.
pub(super) fn subject_and_object_of_other_gender(reader: &mut Reader<'_, '_>, k: usize, gender: Gender) -> Option<usize> {
    let doc = reader.doc;
    let (text, words) = (doc.text(), doc.words());
    let joined = |j: usize| joined_in(text, words, j);
    if k < 4 || doc.word(k - 1) != "for" || !joined(k - 1) || !joined(k - 2) {
        return None;
    }
    let capital = |j: usize| doc.word(j).as_bytes()[0].is_ascii_uppercase();
    // the object: `him`, `her`, or one to three capitalised words
    let mut object = k - 2;
    let pronoun_object = match doc.word(object) {
        "him" => Some(Male),
        "her" => Some(Female),
        _ => None,
    };
    if pronoun_object.is_none() {
        if !capital(object) {
            return None;
        }
        while object > 0 && object + 3 > k - 1 && capital(object - 1) && joined(object - 1) {
            object -= 1;
        }
    }
    let verb = object.checked_sub(1).filter(|&v| joined(v))?;
    let subject = verb.checked_sub(1).filter(|&s| joined(s))?;
    let is_verb = tags(doc.word(verb)).is_some_and(|t| t.is_past() || t.is_verb_3sg());
    let mut buf = [0u8; 24];
    let subject_gender = lower(doc.word(subject), &mut buf).and_then(pronoun_gender);
    if !is_verb || subject_gender.is_none_or(|g| g == gender) || !matches!(doc.word(subject), "he" | "He" | "she" | "She") {
        return None;
    }
    let object_gender = match pronoun_object {
        Some(g) => g,
        None => {
            reader.learning.set(true);
            let role = reader.role(object, true);
            reader.learning.set(false);
            match role {
                Role::Person(g) => g,
                _ => return None,
            }
        }
    };
    if Some(object_gender) != subject_gender || reader.quoted(words[k].0) {
        return None;
    }
    // the pronoun's gender in its sentence or the one before
    let mut sentences = 0;
    for j in (k.saturating_sub(LOOKBACK_WORDS)..object).rev() {
        sentences += usize::from(reader.starts_sentence(j + 1));
        if sentences >= 2 {
            break;
        }
        if matches!(reader.role(j, false), Role::Person(g) | Role::Trace(g) if g == gender) {
            return None;
        }
    }
    Some(object)
}

/// Whether the noun at `j` is followed by its verb (`the ministry said`,
/// `Police investigate`, `the union “rejects …”`): a subject, not the object
/// of `working for a company`.
pub(super) fn is_subject(doc: &Document<'_>, j: usize) -> bool {
    let (text, words) = (doc.text(), doc.words());
    let Some(&(next_start, _)) = words.get(j + 1) else {
        return false;
    };
    let gap = &text[words[j].1..next_start];
    if gap.starts_with(" \u{201C}") || gap.starts_with(" \"") {
        return true; // the union “rejects …”: its words follow
    }
    gap == " "
        && tags(doc.word(j + 1))
            .is_some_and(|t| t.is_auxiliary() || t.is_past() || t.is_verb_3sg() || t.is_verb() && !t.is_noun())
}
