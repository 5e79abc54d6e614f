//! The slips read on the words around the pronoun alone: `it` for the head of an office, a
//! singular reflexive after a plural subject, a pronoun repeating a quoted speaker, and `She`/`He`
//! for a thing in a text that names no one of that gender.

use super::*;

/// `it` before the verb at `k` (`leads`, `heads`, `chairs`) when its object
/// is an office of the state or a firm (`the agency it leads`, `the ministry
/// that it heads`): people head offices, so MT from a language with one
/// pronoun for `he`, `she` and `it` (Indonesian `dia`, `-nya`) chose the
/// wrong one. Flagged when a `he` or `she` in the sentence or the two before
/// says a person is spoken of (and gives the fix), and no body that may lead
/// an office (`the party`, `the government`) stands in the sentence.
pub(super) fn office_led_by_it(doc: &Document<'_>, k: usize, verb: &str) -> Option<Finding> {
    if !matches!(verb, "leads" | "heads" | "chairs" | "led" | "headed" | "chaired") || k < 2 {
        return None;
    }
    let (text, words) = (doc.text(), doc.words());
    let joined = |j: usize| joined_in(text, words, j);
    let it = k - 1;
    if doc.word(it) != "it" || !joined(it) || doc.word(k) != verb {
        return None;
    }
    // `the office it led to`: caused
    if joined(k) && matches!(doc.word(k + 1), "to" | "into" | "up" | "off") {
        return None;
    }
    let mut office = it.checked_sub(1).filter(|&j| joined(j))?;
    if matches!(doc.word(office), "that" | "which") {
        office = office.checked_sub(1).filter(|&j| joined(j))?;
    }
    let mut buf = [0u8; 24];
    let noun = lower(doc.word(office), &mut buf)?;
    let is_office = matches!(
        noun,
        "agency" | "bureau" | "department" | "directorate" | "division" | "ministry" | "office"
            | "secretariat"
    );
    if !is_office {
        return None;
    }
    // back to the sentence's start, then over two more sentences for a `he` or `she`
    let reader = Reader {
        doc,
        quotes_of: None,
        surnames: Default::default(),
        learning: Default::default(),
            first_trace: Default::default(),
    };
    let mut gender = None;
    let mut sentences = 0;
    for j in (k.saturating_sub(LOOKBACK_WORDS)..office).rev() {
        let mut buf = [0u8; 24];
        let w = lower(doc.word(j), &mut buf).unwrap_or("");
        // `the party ... the ministry it heads`, `France kept the office it heads`
        let body = || {
            let name = doc.word(j);
            is_country(name) || doc.names().get(name).is_some()
        };
        if sentences == 0 && (is_leading_body(w) || is_organisation(w) && j + 1 < office || body()) {
            return None;
        }
        if gender.is_none() && matches!(w, "he" | "his" | "him" | "she" | "her") {
            gender = pronoun_gender(w);
        }
        sentences += usize::from(reader.starts_sentence(j));
        if sentences > 2 {
            break;
        }
    }
    let pronoun = match gender? {
        Male => "he",
        Female => "she",
    };
    let message = concat(&[
        "`it ", verb, "` of the ", noun, ": a person heads it (`", pronoun, " ", verb, "`)",
    ]);
    let fix = Fix::unsafe_fix(Edit::new(words[it].0..words[it].1, pronoun));
    Some(PRONOUN.finding(words[it].0..words[k].1, message).with_fix(fix))
}

/// A body that may itself lead an office or a ministry (`the party`, a
/// coalition partner, a government, a firm).
pub(super) fn is_leading_body(word: &str) -> bool {
    matches!(
        word,
        "party" | "coalition" | "alliance" | "government" | "country" | "state" | "firm"
            | "group" | "bank" | "movement" | "bloc" | "administration"
    )
}

/// Whether byte `at` follows a closing quotation mark and a comma or space
/// (`…," He said` in text that capitalises after quotes).
pub(super) fn after_quote(text: &str, at: usize) -> bool {
    text[..at]
        .trim_end()
        .trim_end_matches(',')
        .ends_with(['"', '\u{201D}', '\u{BB}'])
}



/// The plural reflexive for the singular one at `k` (`itself`, `himself`,
/// `herself`) when its clause's subject is plural: `they consider himself`,
/// `the steps that have established itself` (`themselves`, `ourselves`). The
/// words from the subject to the reflexive must follow each other: the
/// subject, `have`/`are`/`were` and an adverb in `-ly` at will, the verb.
pub(super) fn plural_subject_of_reflexive(doc: &Document<'_>, k: usize, pronoun: &str) -> Option<&'static str> {
    if !matches!(pronoun, "itself" | "himself" | "herself") || k < 2 {
        return None;
    }
    let (text, words) = (doc.text(), doc.words());
    let joined = |j: usize| joined_in(text, words, j);
    let lower_tags = |j: usize| {
        let w = doc.word(j);
        w.as_bytes()[0].is_ascii_lowercase().then(|| tags(w)).flatten()
    };
    // the verb: a lexical verb, not `be` or `have` (`they are itself`)
    let verb = lower_tags(k - 1).filter(|t| t.is_verb() && !t.is_auxiliary())?;
    if !joined(k - 1) {
        return None;
    }
    let mut j = k - 1; // the first word of the verb group
    if j > 0 && joined(j - 1) && doc.word(j - 1).ends_with("ly") && lower_tags(j - 1).is_some_and(|t| t.is_adverb()) {
        j -= 1;
    }
    let auxiliary = j > 0 && joined(j - 1) && matches!(doc.word(j - 1), "have" | "are" | "were");
    if auxiliary {
        j -= 1;
        if !(verb.is_participle() || verb.is_ing()) {
            return None;
        }
    } else if verb.is_verb_3sg() || !(verb.is_verb_base() || verb.is_past()) {
        return None; // `they considers`, a noun
    }
    let s = j.checked_sub(1).filter(|&s| joined(s))?;
    let mut buf = [0u8; 24];
    match lower(doc.word(s), &mut buf)? {
        "they" => Some("themselves"),
        "we" => Some("ourselves"),
        // `the steps that have established`: the relative's noun is plural;
        // `one of the firms that reinvented itself` means the one, so a
        // past without `have` is left alone
        "that" | "which" | "who" if auxiliary || !verb.is_past() => {
            let noun = s.checked_sub(1).filter(|&n| joined(n))?;
            lower_tags(noun)
                .is_some_and(|t| t.is_plural_noun() && !t.is_singular_noun() && !t.is_mass_noun())
                .then_some("themselves")
        }
        _ => None,
    }
}

/// A verb that reports speech, after its subject (`he said`).
pub(super) fn is_reporting_verb(word: &str) -> bool {
    matches!(
        word,
        "said" | "says" | "added" | "adds" | "explained" | "explains" | "told" | "stressed"
            | "noted" | "declared" | "stated" | "insisted" | "argued" | "concluded" | "warned"
            | "recalled" | "wrote" | "emphasized" | "emphasised" | "assured" | "insists"
            | "stresses" | "notes" | "declares" | "argues" | "warns" | "writes"
    )
}

/// Whether `c` ends a quotation (`”`, `"`, `»`).
pub(super) fn is_closing_quote(c: char) -> bool {
    matches!(c, '\u{201D}' | '"' | '\u{BB}')
}

/// The name before the subject pronoun at `k` when the report repeats it
/// after an apposition: `”, Navarro, a nurse from the north, she said`. The
/// name follows a closing quotation mark (and a comma) and is one to three
/// capitalised words up to a comma; the apposition up to the pronoun's comma
/// holds no sentence end, quotation mark or colon. Read on the text's bytes:
/// names with accents are no ASCII words.
pub(super) fn subject_before_apposition<'t>(doc: &Document<'t>, k: usize, pronoun: &str) -> Option<&'t str> {
    let (text, words) = (doc.text(), doc.words());
    if !matches!(pronoun, "he" | "she") || k == 0 || !doc.word(k).as_bytes()[0].is_ascii_lowercase() {
        return None;
    }
    if !joined_in(text, words, k) || !is_reporting_verb(doc.word(k + 1)) {
        return None;
    }
    if &text[words[k - 1].1..words[k].0] != ", " {
        return None;
    }
    // back over the apposition (at most 200 bytes of its line)
    let line_start = doc.line_at(words[k].0).start;
    let mut from = words[k - 1].1.saturating_sub(200).max(line_start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..words[k - 1].1];
    let stop = before.rfind(|c: char| matches!(c, '.' | '!' | '?' | ';' | ':' | '(' | ')') || is_closing_quote(c) || c == '\u{201C}')?;
    let closing = before[stop..].chars().next().is_some_and(is_closing_quote);
    if !closing {
        return None;
    }
    let after_quote = &before[stop..];
    let after_quote = &after_quote[after_quote.chars().next()?.len_utf8()..];
    let rest = after_quote.strip_prefix(", ").or_else(|| after_quote.strip_prefix(' '))?;
    let (name, apposition) = rest.split_once(", ")?;
    let name_words = name.split(' ').count();
    let capitalised = name.split(' ').all(|w| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    });
    if !capitalised || name_words > 3 || apposition.split(' ').count() < 2 {
        return None;
    }
    // `However, ...`: a common word, no name
    let first = name.split(' ').next()?;
    let mut buf = [0u8; 24];
    let common = first.is_ascii()
        && !FIRST_NAMES.contains_key(first)
        && lower(first, &mut buf).and_then(tags).is_some_and(|t| !t.is_proper_noun());
    (!common).then_some(name)
}

/// A noun for a thing that English itself may call `she` or `he` (a ship, an
/// animal, a country), or for a body of people.
pub(super) fn may_take_a_gender(word: &str) -> bool {
    matches!(
        word,
        "ship" | "boat" | "vessel" | "yacht" | "ferry" | "liner" | "tanker" | "submarine"
            | "frigate" | "carrier" | "cruiser" | "schooner" | "steamer" | "plane" | "aircraft"
            | "car" | "locomotive" | "engine" | "robot" | "doll" | "animal" | "pet" | "dog"
            | "cat" | "horse" | "mare" | "stallion" | "cow" | "bull" | "puppy" | "kitten"
            | "bird" | "hen" | "whale" | "elephant" | "lion" | "lioness" | "tiger" | "bear"
            | "fox" | "monkey" | "sheep" | "goat" | "pig" | "sow" | "ewe" | "dolphin"
            | "shark" | "hurricane" | "storm" | "cyclone" | "typhoon" | "earth" | "moon"
            | "nature" | "country" | "nation" | "homeland" | "motherland" | "fatherland"
            | "church" | "team" | "crew" | "family" | "couple" | "pair" | "band" | "class"
    )
}

/// A verb after `she` or `he` that only a person does (`she said`, `he
/// smiled`): the pronoun means someone the text knows, however far back.
pub(super) fn is_person_verb(word: &str) -> bool {
    is_reporting_verb(word)
        || matches!(
            word,
            "say" | "tell" | "tells" | "asked" | "asks" | "thanked" | "smiled" | "smiles"
                | "laughed" | "laughs" | "cried" | "wept" | "replied" | "answered" | "thinks"
                | "thought" | "believes" | "believed" | "feels" | "felt" | "knew" | "knows"
                | "wants" | "wanted" | "hopes" | "hoped" | "admitted" | "recalls" | "remembers"
                | "remembered" | "married"
        )
}

/// A pronoun for people, which keeps the sentence about someone.
pub(super) fn is_people_pronoun(word: &str) -> bool {
    matches!(
        word,
        "i" | "me" | "my" | "we" | "us" | "our" | "you" | "your" | "they" | "them" | "their"
            | "one" | "whose" | "who" | "whom"
    )
}

/// A determiner before the noun a pronoun may stand for.
pub(super) fn is_thing_determiner(word: &str) -> bool {
    matches!(word, "the" | "this" | "that" | "its" | "a" | "an" | "such")
}

/// Words after `it` that make it the empty subject of the weather, the time
/// or a clause (`it rained`, `it is true that`, `it seems`), no thing.
pub(super) fn empty_it_verb(word: &str) -> bool {
    matches!(
        word,
        "is" | "was" | "be" | "been" | "being" | "has" | "had" | "have" | "seems" | "seemed"
            | "seem" | "appears" | "appeared" | "appear" | "happens" | "happened" | "happen"
            | "rained" | "rains" | "rain" | "snowed" | "snows" | "snow" | "looks" | "looked"
            | "look" | "feels" | "felt" | "feel" | "sounds" | "sounded" | "sound" | "turns"
            | "turned" | "turn" | "takes" | "took" | "take" | "remains" | "remained" | "remain"
            | "matters" | "mattered" | "matter" | "means" | "meant" | "mean" | "makes" | "made"
            | "make" | "goes" | "went" | "go" | "gets" | "got" | "get" | "follows" | "followed"
    )
}

/// The first word a pronoun of `gender` could stand for in the sentence
/// before it when that sentence is about a thing: its subject is `it` doing
/// something (`It may last ...`, not `It rained`) or a determiner and a
/// singular noun for no person followed by its verb (`The new bridge opened`).
/// Returns the noun named in the message: the subject's noun, or for `it` the
/// last singular noun after a determiner in the sentence.
pub(super) fn thing_subject(doc: &Document<'_>, start: usize, end: usize) -> Option<usize> {
    let (text, words) = (doc.text(), doc.words());
    let joined = |j: usize| joined_in(text, words, j);
    let mut buf = [0u8; 24];
    let opener = lower(doc.word(start), &mut buf)?;
    // an opening phrase up to a comma (`On Monday, the plan ...`)
    let start = if opener == "it" || is_thing_determiner(opener) {
        start
    } else {
        let comma = (start..(start + 8).min(end)).find(|&j| text[words[j].1..].starts_with(", "))?;
        comma + 1
    };
    let mut buf = [0u8; 24];
    let first = lower(doc.word(start), &mut buf)?;
    let thing_noun = |j: usize| {
        let w = doc.word(j);
        w.as_bytes()[0].is_ascii_lowercase()
            && !may_be_person(w)
            && !may_take_a_gender(w)
            && !is_organisation(w)
            && noun_gender(w).is_none()
            && tags(w).is_some_and(|t| t.is_singular_noun() && !t.is_proper_noun())
    };
    if first == "it" {
        if !joined(start) {
            return None;
        }
        let mut verb = start + 1;
        if matches!(doc.word(verb), "may" | "might" | "will" | "would" | "can" | "could" | "should" | "must" | "shall") && joined(verb) {
            verb += 1;
        }
        let v = doc.word(verb);
        let is_verb = tags(v).is_some_and(|t| t.is_verb());
        if !is_verb || empty_it_verb(v) || verb >= end {
            return None;
        }
        // the thing the sentence names: a singular noun after a determiner
        return (start + 1..end)
            .rev()
            .find(|&j| j > 0 && is_thing_determiner(doc.word(j - 1)) && joined(j - 1) && thing_noun(j));
    }
    if !is_thing_determiner(first) {
        return None;
    }
    // up to two adjectives or nouns, then the noun followed by its verb
    (start + 1..(start + 4).min(end)).find(|&j| {
        (start..j).all(joined)
            && thing_noun(j)
            && is_subject(doc, j)
            && (start + 1..j).all(|i| doc.word(i).as_bytes()[0].is_ascii_lowercase())
    })
}

/// Whether word `k`, which [`Reader::role`] reads as someone of unknown
/// gender, may be a person a pronoun stands for: not a comparative read as
/// the one who does it (`longer` of `last longer`, `higher fines`), nor a
/// capitalised name after `the` (`the collective West`, `the North Atlantic
/// Alliance`: a body or a place), nor a pronoun.
pub(super) fn may_be_meant(doc: &Document<'_>, k: usize) -> bool {
    let word = doc.word(k);
    let the = |j: usize| j > 0 && doc.word(j - 1).eq_ignore_ascii_case("the");
    let adjective = |w: &str| w.as_bytes()[0].is_ascii_lowercase() && tags(w).is_some_and(|t| t.is_adjective());
    if pronoun_gender_any_case(word) {
        return false; // `He` opening a sentence: no family name
    }
    if word.as_bytes()[0].is_ascii_uppercase() {
        let before = doc.word(k.saturating_sub(1));
        let after_the = the(k) || (k > 1 && the(k - 1) && before != "late" && adjective(before));
        !after_the
    } else {
        !adjective(word) || (k > 0 && is_thing_determiner(doc.word(k - 1)))
    }
}

impl<'t> Reader<'_, 't> {
    /// The first word that tells the gender `gender` in the document: a title,
    /// a first name, a gendered noun or a pronoun (`usize::MAX` for none).
    /// Read once per document and gender, up to that word.
    fn first_trace(&self, gender: Gender) -> usize {
        let slot = usize::from(gender == Female);
        if let Some(known) = self.first_trace[slot].get() {
            return known;
        }
        let found = (0..self.doc.words().len())
            .find(|&j| matches!(self.role(j, false), Role::Person(g) | Role::Trace(g) if g == gender))
            .unwrap_or(usize::MAX);
        self.first_trace[slot].set(Some(found));
        found
    }

    /// The capitalised words next to the quotation around byte `at` (the
    /// four words before its opening mark and after its closing one, on its
    /// line): the speaker's name, who is not the one the quotation speaks of.
    fn speakers(&self, at: usize) -> Vec<&'t str> {
        let doc = self.doc;
        let line = doc.line_at(at);
        let marks = quote_marks(doc, line.clone());
        let words = doc.words();
        let mut out = Vec::new();
        let opening = marks.iter().rev().find(|&&(p, opens)| p < at && opens);
        let closing = marks.iter().find(|&&(p, opens)| p > at && !opens);
        let capital = |j: usize| doc.word(j).as_bytes()[0].is_ascii_uppercase();
        if let Some(&(p, _)) = opening {
            let i = words.partition_point(|w| w.1 <= p);
            for (j, w) in words.iter().enumerate().take(i).skip(i.saturating_sub(4)) {
                if w.0 >= line.start && capital(j) {
                    out.push(doc.word(j));
                }
            }
        }
        if let Some(&(p, _)) = closing {
            let i = words.partition_point(|w| w.0 < p);
            for (j, w) in words.iter().enumerate().skip(i).take(4) {
                if w.1 <= line.end && capital(j) {
                    out.push(doc.word(j));
                }
            }
        }
        out
    }
}

/// `She` or `He` (or `Her`, `His` before a noun) opening a sentence whose only
/// possible antecedent in the sentence before, in its paragraph and on the
/// same side of a quotation, is a thing (`The new bridge opened in May. She
/// will carry ...`), in a document that names no one of the pronoun's gender
/// anywhere and uses no pronoun of it before: MT from a language that gives
/// every noun a gender (Russian `операция`, French `la loi`, German `der
/// Vertrag`) carries the noun's gender over. Silent when the sentence before
/// names anyone, when someone of unknown gender (not the quotation's speaker)
/// is named in the last few sentences, for a ship, an animal or a country,
/// and before a verb only a person does (`She said`).
pub(super) fn thing_called_person(reader: &mut Reader<'_, '_>, k: usize, written: &str, gender: Gender) -> Option<Finding> {
    let doc = reader.doc;
    let (text, words) = (doc.text(), doc.words());
    // the document: nothing of the pronoun's gender before it (read once)
    if !matches!(written, "She" | "He" | "Her" | "His") || reader.first_trace(gender) != k {
        return None;
    }
    if !reader.starts_sentence(k) || after_quote(text, words[k].0) {
        return None;
    }
    let next = doc.word(k + 1);
    let possessive = matches!(written, "Her" | "His");
    if !joined_in(text, words, k) || if possessive {
        !tags(next).is_some_and(|t| t.is_noun() || t.is_adjective())
    } else {
        is_person_verb(next)
    } {
        return None;
    }
    // the sentence before, in the paragraph, on the same side of a quotation
    let paragraph = doc.line_at(words[k].0).start;
    let start = (k.saturating_sub(LOOKBACK_WORDS)..k).rev().find(|&j| reader.starts_sentence(j))?;
    if words[start].0 < paragraph {
        return None;
    }
    let inside = reader.quoted(words[k].0);
    let noun = thing_subject(doc, start, k)?;
    for (j, &(at, _)) in words.iter().enumerate().take(k).skip(start) {
        let w = doc.word(j);
        let mut buf = [0u8; 24];
        let lw = lower(w, &mut buf).unwrap_or("");
        let capital = w.as_bytes()[0].is_ascii_uppercase();
        let named = capital && !is_calendar(w) && (j > start || tags(lw).is_none_or(|t| t.is_proper_noun()));
        let someone = match reader.role(j, true) {
            Role::None | Role::Organisation => false,
            Role::Someone => may_be_meant(doc, j),
            _ => true,
        };
        if reader.quoted(at) != inside
            || named
            || someone
            || is_people_pronoun(lw)
            || may_take_a_gender(lw)
        {
            return None;
        }
    }
    // someone of unknown gender in the last few sentences may be meant
    let speakers = if inside { reader.speakers(words[k].0) } else { Vec::new() };
    let mut sentences = 1;
    for j in (start.saturating_sub(LOOKBACK_WORDS)..start).rev() {
        if let Role::Someone = reader.role(j, true) {
            if !speakers.contains(&doc.word(j)) && may_be_meant(doc, j) {
                return None;
            }
        }
        sentences += usize::from(reader.starts_sentence(j));
        if sentences >= LOOKBACK_SENTENCES {
            break;
        }
    }
    // no person of the pronoun's gender after it
    let person_after = (k + 1..words.len()).any(|j| matches!(reader.role(j, false), Role::Person(g) if g == gender));
    if person_after {
        return None;
    }
    // `It`, and the pronoun's other forms in its sentence
    let mut edits = vec![Edit::new(words[k].0..words[k].1, if possessive { "Its" } else { "It" })];
    for j in k + 1..(k + 40).min(words.len()) {
        if reader.starts_sentence(j) || !matches!(reader.role(j, true), Role::None | Role::Trace(_)) {
            break;
        }
        let form = match (doc.word(j), gender) {
            ("she", Female) | ("he", Male) | ("him", Male) => "it",
            ("herself", Female) | ("himself", Male) => "itself",
            ("his", Male) => "its",
            ("her", Female) if joined_in(text, words, j) && tags(doc.word(j + 1)).is_some_and(|t| t.is_noun() || t.is_adjective()) => "its",
            ("her", Female) => "it",
            _ => continue,
        };
        edits.push(Edit::new(words[j].0..words[j].1, form));
    }
    let message = concat(&[
        "`", written, "` after `", doc.word(noun),
        "`, in a text that names no ",
        if gender == Female { "woman" } else { "man" },
        ": a thing is `it` (the source language's noun gender carried over)",
    ]);
    Some(PRONOUN.finding(words[k].0..words[k].1, message).with_fix(Fix::unsafe_fix(edits)))
}

/// The person whose age the possessive at `k` gives when it contradicts
/// them: `a man in her thirties`, `a woman in his early 40s`, `Anna Weber,
/// in his twenties`. The age phrase can only be the person's before `in`, so
/// the pronoun's gender is wrong (MT from a language whose possessive has no
/// gender: Japanese, Chinese, Turkish, Finnish). Returns the noun or name.
pub(super) fn age_of_other_gender(doc: &Document<'_>, k: usize, gender: Gender) -> Option<usize> {
    let (text, words) = (doc.text(), doc.words());
    let joined = |j: usize| joined_in(text, words, j);
    if k < 2 || doc.word(k - 1) != "in" || !joined(k - 1) || !joined(k) {
        return None;
    }
    // the decade, after `early`, `mid`, `late` at will
    let mut age = k + 1;
    if matches!(doc.word(age), "early" | "mid" | "late") && joined(age) {
        age += 1;
    }
    if age >= words.len() || !is_decade(doc.word(age).trim_start_matches("mid-")) {
        return None;
    }
    // the person: a gendered noun, or a full name (`, ` between at will)
    let gap = &text[words[k - 2].1..words[k - 1].0];
    if gap != " " && gap != ", " {
        return None;
    }
    let person = k - 2;
    let word = doc.word(person);
    let person_gender = if word.as_bytes()[0].is_ascii_lowercase() {
        noun_gender(word)
    } else {
        gender_before_name(doc, person).flatten()
    };
    (person_gender? != gender).then_some(person)
}

/// A decade of a person's age: `thirties`, `40s`, `mid-20s` (its `mid-`
/// taken off).
fn is_decade(word: &str) -> bool {
    matches!(
        word,
        "teens" | "twenties" | "thirties" | "forties" | "fifties" | "sixties" | "seventies"
            | "eighties" | "nineties" | "20s" | "30s" | "40s" | "50s" | "60s" | "70s" | "80s"
            | "90s"
    )
}
