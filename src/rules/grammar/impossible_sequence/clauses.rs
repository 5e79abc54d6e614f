//! The clause shapes of `grammar/impossible-sequence`: word orders that
//! break an English clause, left when MT keeps the source's clause
//! structure (Romance, Slavic and German verb-subject inversion, a dropped
//! subject, two clauses merged over one list of names, a preposition kept
//! before a relative whose verb takes a direct object).
//!
//! Each shape is read at its verb, a word of a short closed list (verbs of
//! saying and expecting, of a person as object, of a direct object: rarer
//! than the function words around them, `as`, `what`, `than`, `was`, `which`),
//! and looks at most a few words around it; only the shared list walks over
//! its names and back over its clause (bounded walks).

use crate::analysis::document::{joined_in, word_in, Document};
use crate::finding::{Edit, Finding, Fix};
use crate::text::hash::FastMap;
use crate::text::{concat, starts_sentence};
use once_cell::sync::Lazy;

use super::super::words::{base_of_third, is_lower, singular_of, tags, TIME_NOUNS};
use super::located::{located_subject, INSTITUTION_VERBS};
use super::SEQUENCE;

/// The anchors of the clause shapes: the verbs of saying and expecting,
/// of a person as object, of a direct object (closed lists; each rarer than
/// the function word the shape also reads).
pub(super) fn trigger_words() -> impl Iterator<Item = &'static str> {
    [
        SAYS,
        SAID,
        EXPECTED,
        PERSON_OBJECT_VERBS,
        DIRECT_OBJECT_VERBS,
        super::located::INSTITUTION_VERBS,
    ]
        .into_iter()
        .flatten()
        .copied()
}

/// Verbs of saying and thinking in the third person present, which MT puts
/// before their subject after `as`, `what` or `than` (`as says the minister`).
const SAYS: &[&str] = &[
    "argues",
    "believes",
    "claims",
    "declares",
    "emphasises",
    "emphasizes",
    "explains",
    "insists",
    "maintains",
    "notes",
    "recalls",
    "says",
    "states",
    "stresses",
    "thinks",
    "warns",
    "writes",
];

/// The same verbs in the past (`as said the minister`); they also open a
/// sentence whose subject MT dropped (`Said that the plan…`).
const SAID: &[&str] = &[
    "added",
    "announced",
    "argued",
    "claimed",
    "commented",
    "confirmed",
    "declared",
    "emphasised",
    "emphasized",
    "explained",
    "indicated",
    "insisted",
    "mentioned",
    "noted",
    "recalled",
    "reiterated",
    "reported",
    "revealed",
    "said",
    "stated",
    "stressed",
    "warned",
    "wrote",
];

/// Verbs of expecting, inverted after `than` (`than expected the analysts`).
const EXPECTED: &[&str] = &["anticipated", "estimated", "expected", "forecast", "predicted"];

/// After `what`, only the verbs whose subject is a person and that no noun
/// spells (`what says the party`; not `what explains the delay`, where
/// `what` is the subject, nor `what claims the party made`).
const WHAT_SAYS: &[&str] = &["believed", "believes", "insisted", "insists", "said", "says", "thinks"];

/// Determiners that open the inverted subject.
const DETERMINERS: &[&str] = &["her", "his", "its", "our", "the", "their", "this"];

/// Titles written with a full stop inside a name (`Mr. Tan`).
const TITLES: &[&str] = &["Dr", "Mr", "Mrs", "Ms", "Prof", "St"];

/// Days and months, which follow `as announced` without being its subject.
const CALENDAR: &[&str] = &[
    "April", "August", "December", "February", "Friday", "January", "July", "June", "March", "May",
    "Monday", "November", "October", "Saturday", "September", "Sunday", "Thursday", "Tuesday",
    "Wednesday",
];

/// `as says the minister`, `what says the party`, `than expected the
/// analysts`: a verb of saying or expecting between `as`/`what`/`than` and
/// its subject. English allows `said the minister` after a quotation and `as
/// do the others` (an auxiliary), never a lexical verb there. A verb in the
/// past may be a participle (`as expected the team won`, a comma left out):
/// the subject must then end its phrase (a mark after it).
fn inverted_report(doc: &Document<'_>, v: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let w = |i: usize| word_in(text, words, i);
    let k = v.checked_sub(1)?;
    if !joined_in(text, words, k) || !joined_in(text, words, v) {
        return None;
    }
    let (anchor, verb) = (w(k), w(v));
    if anchor.len() > 4 || anchor.len() < 2 {
        return None;
    }
    let present = SAYS.contains(&verb);
    let known = if anchor.eq_ignore_ascii_case("what") {
        WHAT_SAYS.contains(&verb)
    } else if anchor.eq_ignore_ascii_case("than") {
        present || SAID.contains(&verb) || EXPECTED.contains(&verb)
    } else {
        anchor.eq_ignore_ascii_case("as") && (present || SAID.contains(&verb))
    };
    if !known {
        return None;
    }
    // `as` opens a clause after a comma or at a sentence start (not `such as
    // claims`, `as well as notes`)
    if anchor.eq_ignore_ascii_case("as") {
        let (s, _) = words[k];
        let before = text[..s].trim_end_matches(' ');
        if !(starts_sentence(text, s) || before.ends_with([',', '(', ';', '—'])) {
            return None;
        }
    }
    let subject = subject_after(text, words, v + 1)?;
    let (_, se) = words[subject.end];
    let ends = matches!(
        text.as_bytes().get(se),
        None | Some(b',' | b'.' | b';' | b':' | b')' | b'\n')
    );
    if !present && !ends {
        return None;
    }
    let (vs, ve) = words[v];
    let phrase = &text[words[v + 1].0..se];
    // the verb agrees with a plural subject once it follows it
    let agreed = if present && subject.plural {
        base_of_third(verb)?
    } else {
        text[vs..ve].to_string()
    };
    let finding = SEQUENCE.finding(
        vs..se,
        concat(&[
            "`",
            &text[words[k].0..se],
            "`: the subject goes before its verb here (`",
            w(k),
            " ",
            phrase,
            " ",
            &agreed,
            "`)",
        ]),
    );
    if !ends {
        return Some(finding);
    }
    Some(finding.with_fix(Fix::unsafe_fix(Edit::new(
        vs..se,
        concat(&[phrase, " ", &agreed]),
    ))))
}

/// The clause shape a verb anchors: one hash lookup (the verbs' word
/// shapes let many other words through the trigger index), the lower-case
/// form looked up for a capitalised word (a verb of saying that opens a
/// sentence).
pub(super) fn verb_shape(word: &str) -> Option<super::Shape> {
    let kind = match VERB_KINDS.get(word) {
        Some(kind) => *kind,
        None if word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) => {
            let mut lower = [0u8; 16];
            let bytes = word.as_bytes();
            let lower = lower.get_mut(..bytes.len())?;
            lower.copy_from_slice(bytes);
            lower.make_ascii_lowercase();
            let lower = std::str::from_utf8(lower).ok()?;
            // (only a verb of saying opens a sentence of its own)
            VERB_KINDS.get(lower).filter(|k| **k == VerbKind::Report).copied()?
        }
        None => return None,
    };
    Some(match kind {
        VerbKind::Report => at_report_verb,
        VerbKind::PersonObject => shared_list,
        VerbKind::DirectObject => |doc, v| {
            preposition_before_object(doc, v).or_else(|| located_subject(doc, v))
        },
        VerbKind::Institution => located_subject,
    })
}

/// The kinds of anchoring verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum VerbKind {
    /// Saying or expecting ([`SAYS`], [`SAID`], [`EXPECTED`]).
    Report,
    /// Taking a person as object ([`PERSON_OBJECT_VERBS`]).
    PersonObject,
    /// Taking a direct object ([`DIRECT_OBJECT_VERBS`]).
    DirectObject,
    /// What an institution does ([`INSTITUTION_VERBS`]), read for a subject
    /// that is only a place.
    Institution,
}

/// Each anchoring verb and its kind.
static VERB_KINDS: Lazy<FastMap<&'static str, VerbKind>> = Lazy::new(|| {
    let lists = [
        (SAYS, VerbKind::Report),
        (SAID, VerbKind::Report),
        (EXPECTED, VerbKind::Report),
        (PERSON_OBJECT_VERBS, VerbKind::PersonObject),
        (DIRECT_OBJECT_VERBS, VerbKind::DirectObject),
        (INSTITUTION_VERBS, VerbKind::Institution),
    ];
    lists
        .into_iter()
        .flat_map(|(verbs, kind)| verbs.iter().map(move |v| (*v, kind)))
        .collect()
});

/// The shapes read at a verb of saying or expecting: a sentence it opens
/// (`Said that`), or its subject after it (`as says the minister`).
fn at_report_verb(doc: &Document<'_>, v: usize) -> Option<Finding> {
    let (s, _) = doc.words()[v];
    if doc.text().as_bytes()[s].is_ascii_uppercase() {
        dropped_subject(doc, v)
    } else {
        inverted_report(doc, v)
            .or_else(|| located_subject(doc, v))
            .or_else(|| dropped_after_opener(doc, v))
    }
}

/// A subject read after an inverted verb: its last word, and whether its
/// head is a plural noun.
struct Subject {
    end: usize,
    plural: bool,
}

/// The subject at word `at`: a determiner and up to three nouns, adjectives
/// or capitalised words, the last a noun or a name (`the prime minister`,
/// `the Greens`), or a name of up to four capitalised words (`Mr. Tan`).
/// Not a phrase of time (`as announced the day before`, `as expected
/// Monday`).
fn subject_after(text: &str, words: &[(usize, usize)], at: usize) -> Option<Subject> {
    let w = |i: usize| word_in(text, words, i);
    let first = w(at);
    if DETERMINERS.contains(&first) {
        let mut end = at;
        while end < at + 3 && joined_in(text, words, end) {
            // a plural noun or a name ends the phrase (`the Greens want`,
            // `the officials think`); a name may go on with a name
            let current = w(end);
            let next = w(end + 1);
            let name = current.as_bytes()[0].is_ascii_uppercase();
            if end > at
                && (name && is_lower(next)
                    || !name && is_plural(current))
            {
                break;
            }
            let t = tags(next);
            let capitalised = next.as_bytes()[0].is_ascii_uppercase() && next != "I";
            let nominal = capitalised
                || t.is_some_and(|t| {
                    (t.is_noun() || (t.is_adjective() && !t.is_past())) && !t.may_be_function_word()
                })
                || t.is_none_or(|t| t.is_empty()) && is_plural(next);
            if !nominal {
                break;
            }
            end += 1;
        }
        let head = w(end);
        if end == at || TIME_NOUNS.contains(&head) || CALENDAR.contains(&head) {
            return None;
        }
        let plural = if is_lower(head) {
            if !tags(head).is_some_and(|t| t.is_noun()) && !is_plural(head) {
                return None;
            }
            is_plural(head)
        } else {
            head.ends_with('s') && !head.ends_with("ss")
        };
        return Some(Subject { end, plural });
    }
    let end = name_end(text, words, at)?;
    Some(Subject { end, plural: false })
}

/// Whether the word is a plural noun only (`officials`), or a plural the
/// lexicon lacks of a noun it knows (`bankers`).
fn is_plural(word: &str) -> bool {
    match tags(word).filter(|t| !t.is_empty()) {
        Some(t) => t.is_plural_noun() && !t.is_singular_noun(),
        None => is_lower(word) && word.ends_with('s') && singular_of(word).is_some(),
    }
}

/// The last word of a name of up to four capitalised words from word `at`
/// (`Anna Berg`, `Mr. Tan`); not a day or a month, nor `I`.
fn name_end(text: &str, words: &[(usize, usize)], at: usize) -> Option<usize> {
    let w = |i: usize| word_in(text, words, i);
    let capitalised = |i: usize| {
        let word = w(i);
        word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            && word != "I"
            && !CALENDAR.contains(&word)
    };
    if !capitalised(at) {
        return None;
    }
    let mut end = at;
    while end < at + 3 && words.get(end + 1).is_some() && capitalised(end + 1) {
        let gap = &text[words[end].1..words[end + 1].0];
        if !(gap == " " || gap == ". " && TITLES.contains(&w(end))) {
            break;
        }
        end += 1;
    }
    Some(end)
}

/// Words that open a sentence before a comma and its subject: connectives
/// (`However,`) and the prepositions of an opening phrase (`In a statement,`,
/// `According to the report,`).
const OPENERS: &[&str] = &[
    "According", "Additionally", "After", "At", "Before", "Besides", "During", "Earlier",
    "Finally", "Following", "For", "Furthermore", "However", "In", "Later", "Likewise",
    "Meanwhile", "Moreover", "Nevertheless", "On", "Previously", "Similarly", "Subsequently",
    "Then", "Through", "Upon",
];

/// `However, stressed that…`, `In a statement, said that…`: an opening
/// connective or phrase, its comma, and a verb of saying in the past with
/// `that`: the subject was dropped after the opening (the pro-drop of
/// `Sin embargo, subrayó que`, `此外，强调`). Not a subject set off by a
/// comma (`The minister, said that`): the sentence must open with a
/// connective or a preposition. No fix: the subject is unknown.
fn dropped_after_opener(doc: &Document<'_>, v: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let w = |i: usize| word_in(text, words, i);
    let before = v.checked_sub(1)?;
    let (_, be) = words[before];
    let (vs, _) = words[v];
    if &text[be..vs] != ", " || !SAID.contains(&w(v)) {
        return None;
    }
    if w(v + 1) != "that" || !joined_in(text, words, v) || !joined_in(text, words, v + 1) {
        return None;
    }
    if !opens_subject(w(v + 2)) {
        return None;
    }
    // the opening: up to seven words from the sentence start, one phrase
    let mut first = before;
    while !starts_sentence(text, words[first].0) {
        first = first.checked_sub(1)?;
        if before - first > 6 || !joined_in(text, words, first) {
            return None;
        }
    }
    if !OPENERS.contains(&w(first)) {
        return None;
    }
    let (_, te) = words[v + 1];
    Some(SEQUENCE.finding(
        words[first].0..te,
        concat(&[
            "`",
            &text[words[first].0..te],
            "`: the subject of `",
            w(v),
            "` is missing after the opening phrase",
        ]),
    ))
}

/// `Said that the plan…`: a sentence that opens with a verb of saying in the
/// past and `that`: the subject was dropped, as Chinese, Japanese and the
/// Romance and Slavic languages allow. No fix: the subject is unknown.
fn dropped_subject(doc: &Document<'_>, k: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let (s, e) = words[k];
    let verb = &text[s..e];
    if !SAID.iter().any(|said| said.eq_ignore_ascii_case(verb)) || !joined_in(text, words, k) {
        return None;
    }
    if word_in(text, words, k + 1) != "that" || !starts_sentence(text, s) {
        return None;
    }
    // `that` opens a clause: a subject follows (not `Stated that way,`)
    let (_, te) = words[k + 1];
    if !joined_in(text, words, k + 1) {
        return None;
    }
    // (an adjective and a plural noun may open the subject too: `Added that
    // new owners were…`; not a noun after `that`, a determiner there:
    // `Stated that way, …`, `Added that option to the menu`)
    let next = word_in(text, words, k + 2);
    let goes_on = |i: usize| joined_in(text, words, i);
    let nominal = tags(next).is_some_and(|t| t.is_adjective())
        && goes_on(k + 2)
        && is_plural(word_in(text, words, k + 3))
        && goes_on(k + 3);
    let subject = opens_subject(next) || nominal;
    if !subject {
        return None;
    }
    Some(SEQUENCE.finding(
        s..te,
        concat(&[
            "`",
            verb,
            " that` opens the sentence: the subject of `",
            &verb.to_ascii_lowercase(),
            "` is missing",
        ]),
    ))
}

/// Whether the word may open the subject of a clause after `that`: a
/// determiner, a subject pronoun, a name or a number.
fn opens_subject(word: &str) -> bool {
    matches!(
        word,
        "a" | "all"
            | "an"
            | "every"
            | "he"
            | "her"
            | "his"
            | "it"
            | "its"
            | "many"
            | "no"
            | "our"
            | "she"
            | "some"
            | "the"
            | "their"
            | "there"
            | "these"
            | "they"
            | "this"
            | "those"
            | "we"
    ) || word
        .as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// Verbs that take a person as their object and no clause, in the past:
/// after a list of names, a second verb cannot make that list its subject.
const PERSON_OBJECT_VERBS: &[&str] = &[
    "abducted",
    "appointed",
    "arrested",
    "attacked",
    "defeated",
    "detained",
    "dismissed",
    "elected",
    "evacuated",
    "hospitalised",
    "hospitalized",
    "injured",
    "invited",
    "killed",
    "kidnapped",
    "nominated",
    "rescued",
    "shot",
    "stabbed",
    "wounded",
];

/// Words that open a clause before the main one (`After the bomb killed A, B
/// and C were…`, `Those who killed A, B and C were…`): the list's comma may
/// end that clause.
const CLAUSE_OPENERS: &[&str] = &[
    "after", "although", "as", "because", "before", "once", "since", "that", "though", "until",
    "when", "where", "whereas", "which", "while", "who", "whom", "whose", "if", "unless", "having",
];

/// `The crash killed A, B and C were injured`: a verb, a list of names as
/// its object, then `were` or `was`, whose subject can only be that list's
/// end: two clauses merged. Read at a verb that takes a person as its
/// object, the names walked forward to `and`, a last name and `were`/`was`,
/// with no clause opener before the verb in its sentence.
fn shared_list(doc: &Document<'_>, verb: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let w = |i: usize| word_in(text, words, i);
    if !joined_in(text, words, verb) {
        return None;
    }
    // the names before `and`, each after `, ` (an Oxford comma allowed)
    let mut items = 0;
    let mut start = verb + 1;
    let and = loop {
        let end = name_end(text, words, start)?;
        items += 1;
        let next = end + 1;
        let gap = &text[words[end].1..words.get(next)?.0];
        if w(next) == "and" && (gap == " " || gap == ", ") {
            break next;
        }
        if gap != ", " || items >= 8 {
            return None;
        }
        start = next;
    };
    if items < 2 || !joined_in(text, words, and) {
        return None;
    }
    let last = name_end(text, words, and + 1)?;
    let k = last + 1;
    if !joined_in(text, words, last) || !matches!(w(k), "was" | "were") {
        return None;
    }
    // the verb's clause is the sentence's main clause: a subject before it,
    // no clause opener (a bounded walk back to the sentence start)
    let mut i = verb;
    let mut subject = false;
    loop {
        if i == 0 {
            break;
        }
        let gap = &text[words[i - 1].1..words[i].0];
        if gap.contains(['.', '!', '?', '\n', ';', ':']) && !TITLES.contains(&w(i - 1)) {
            break;
        }
        i -= 1;
        if verb - i > 24 || CLAUSE_OPENERS.contains(&w(i).to_ascii_lowercase().as_str()) {
            return None;
        }
        subject = true;
    }
    if !subject {
        return None;
    }
    let (vs, _) = words[verb];
    let (_, ke) = words[k];
    Some(SEQUENCE.finding(
        vs..ke,
        concat(&[
            "`",
            w(verb),
            "` takes the names as its object, and `",
            w(k),
            "` then has no subject of its own: two clauses share one list (end the first clause before the names of the second)",
        ]),
    ))
}

/// Verbs that take a direct object and never a preposition (third person
/// and past: the base forms' word shapes, `hate` as `have`, would send
/// common words to the rule): a relative
/// clause with `to which` before them lost the object (`the parties to
/// which he opposes`, for `which he opposes` or `to which he is opposed`).
const DIRECT_OBJECT_VERBS: &[&str] = &[
    "condemned",
    "condemns",
    "criticised",
    "criticises",
    "criticized",
    "criticizes",
    "denounced",
    "denounces",
    "disliked",
    "dislikes",
    "hated",
    "hates",
    "opposed",
    "opposes",
    "rejected",
    "rejects",
    "supported",
    "supports",
];

/// Subject pronouns, which open the relative clause.
const SUBJECT_PRONOUNS: &[&str] = &["I", "he", "it", "she", "they", "we", "you"];

/// `to which he opposes,`: `to which`/`to whom`, a subject pronoun, maybe an
/// adverb, and a verb that takes a direct object, ending the clause. Read at
/// the verb; the fix drops `to` (`which he opposes`).
fn preposition_before_object(doc: &Document<'_>, v: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let w = |i: usize| word_in(text, words, i);
    let (_, ve) = words[v];
    if !matches!(text.as_bytes().get(ve), None | Some(b',' | b'.' | b';' | b':' | b')')) {
        return None;
    }
    let mut pronoun = v.checked_sub(1)?;
    if w(pronoun).ends_with("ly") && tags(w(pronoun)).is_some_and(|t| t.is_adverb()) {
        pronoun = pronoun.checked_sub(1)?;
    }
    let k = pronoun.checked_sub(1)?;
    let to = k.checked_sub(1)?;
    if !SUBJECT_PRONOUNS.contains(&w(pronoun))
        || !matches!(w(k), "which" | "whom")
        || !w(to).eq_ignore_ascii_case("to")
        || (to..v).any(|i| !joined_in(text, words, i))
    {
        return None;
    }
    let (ts, _) = words[to];
    let relative = if w(to) == "To" {
        concat(&[&w(k)[..1].to_ascii_uppercase(), &w(k)[1..]])
    } else {
        w(k).to_string()
    };
    Some(
        SEQUENCE
            .finding(
                ts..ve,
                concat(&[
                    "`",
                    &text[ts..ve],
                    "`: `",
                    w(v),
                    "` takes a direct object, not `to`",
                ]),
            )
            .with_fix(Fix::unsafe_fix(Edit::new(ts..words[k].1, relative))),
    )
}
