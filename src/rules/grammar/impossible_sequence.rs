//! The `grammar/impossible-sequence` rule: short word sequences that English
//! grammar never allows, whatever the words mean, left when MT keeps a
//! source's construction or merges two: a speaking verb with an adjective
//! where an adverb belongs (`said very detailed,`), `either` opening a range with `to`
//! and no `or` (`either small shops to large stores`), a comparison put
//! before the noun it describes (`a bigger than most phones screen`), `enough`
//! before its adjective (`enough curious to`), and an object pronoun after a
//! phrasal verb's particle (`set up them`); and the clause shapes of
//! [`clauses`]: a verb of saying before its subject after `as`, `what` or
//! `than` (`as says the minister`), a sentence opening with `Said that` (a
//! dropped subject), two clauses sharing one list of names (`killed A, B and
//! C were injured`), `to which` before a verb that takes a direct object
//! (`to which he opposes`); `each` or `every` before a plural (`every
//! parcels`) and `more` before a comparative (`more safer than`); a
//! sentence whose only subject is a place kept in its preposition (`In the
//! State Duma said that…`, [`located`]), a subject dropped after an opening
//! phrase (`However, stressed that…`), a mass noun counted (`these
//! information`, [`counted_mass`]) and `who` after a thing a person owns
//! (`the mayor's speech, who said`, [`possessor`]), and an object or reflexive
//! pronoun as the subject of a finite auxiliary (`Himself has been`, `because
//! them were`, `Me don't`).
//!
//! Each shape is read at its closed-class word (`very`, `either`, `than`,
//! `enough`, the pronoun) or, for the clause shapes, at a verb of a short
//! closed list, and looks at most a few words around it. (A form of
//! `be` before a modal, `she is can continue`, is `grammar/auxiliary-verb-form`'s:
//! that rule visits the auxiliaries already.)

use crate::analysis::document::{joined_in, word_in, Document};
use crate::analysis::lexicon::lexicon;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::concat;

use super::words::{is_lower, tags};

mod clauses;
mod counted_mass;
mod located;
mod possessor;

/// A word sequence that English grammar never allows.
pub struct ImpossibleSequence;

static SEQUENCE: RuleMeta = RuleMeta {
    id: "grammar/impossible-sequence",
    category: Category::Grammar,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(trigger_words),
    default_enabled: true,
    summary: "a word sequence English grammar never allows (`said very detailed,`, `either X to Y`, `a bigger than most phones screen`, `enough curious to`, `set up them`, `as says the minister`, `Said that` opening a sentence, `killed A, B and C were injured`, `to which he opposes`, `every parcels`, `more safer than`, `Is possible to` opening a sentence, `In the Ministry said that` with no subject but a place, `However, stressed that`, `these information`, `the mayor's speech, who said`, an object or reflexive pronoun as a subject: `Himself has`, `because them were`)",
    flags: &[
        Example { text: "The mayor answered very brief, and left the hall.", fixed: "The mayor answered very briefly, and left the hall." },
        Example { text: "Residents ask for help, either school buildings to new bridges over the canal.", fixed: "Residents ask for help, from school buildings to new bridges over the canal." },
        Example { text: "Picture a larger than many laptops display in your pocket.", fixed: "Picture a display larger than many laptops in your pocket." },
        Example { text: "The reporters were enough curious to ask again.", fixed: "The reporters were curious enough to ask again." },
        Example { text: "The votes were counted after the clerks that sum up them had left.", fixed: "The votes were counted after the clerks that sum them up had left." },
        Example { text: "She found the old letters and gave back them.", fixed: "She found the old letters and gave them back." },
        Example { text: "The bridge will close in May, as says the mayor, for repairs.", fixed: "The bridge will close in May, as the mayor says, for repairs." },
        Example { text: "Prices rose faster than expected the bankers.", fixed: "Prices rose faster than the bankers expected." },
        Example { text: "It is the opposite of what says the union leader about wages.", fixed: "It is the opposite of what says the union leader about wages." },
        Example { text: "The fair closed early. Said that the rain had kept visitors away.", fixed: "The fair closed early. Said that the rain had kept visitors away." },
        Example { text: "The storm injured Paul Smith, Rosa Diaz and Tom Lee were taken to hospital.", fixed: "The storm injured Paul Smith, Rosa Diaz and Tom Lee were taken to hospital." },
        Example { text: "She will meet the unions, to which she firmly opposes, next week.", fixed: "She will meet the unions, which she firmly opposes, next week." },
        Example { text: "The clerk checks every parcels by hand.", fixed: "The clerk checks every parcel by hand." },
        Example { text: "Each villages sent two elders to the council.", fixed: "Each village sent two elders to the council." },
        Example { text: "The new road is more safer than the old one.", fixed: "The new road is safer than the old one." },
        Example { text: "Booking a seat became more easier to do online.", fixed: "Booking a seat became easier to do online." },
        Example { text: "The museum opens at nine. Is possible to book a guide at the desk.", fixed: "The museum opens at nine. It is possible to book a guide at the desk." },
        Example { text: "Was reported that the ferry would stop in winter.", fixed: "It was reported that the ferry would stop in winter." },
        Example { text: "In the Ministry of Transport announced that the ferry would stop.", fixed: "The Ministry of Transport announced that the ferry would stop." },
        Example { text: "On Sunday in Lisbon celebrated the end of the season.", fixed: "On Sunday Lisbon celebrated the end of the season." },
        Example { text: "At Harbour Council rejected the plan for a second pier.", fixed: "Harbour Council rejected the plan for a second pier." },
        Example { text: "The clerk gave us these information at the desk.", fixed: "The clerk gave us this information at the desk." },
        Example { text: "The nurse had many advice for the new parents.", fixed: "The nurse had much advice for the new parents." },
        Example { text: "An information was sent to every household.", fixed: "An information was sent to every household." },
        Example { text: "However, stressed that the road would stay open.", fixed: "However, stressed that the road would stay open." },
        Example { text: "In a short statement, added that no one was hurt.", fixed: "In a short statement, added that no one was hurt." },
        Example { text: "The crowd cheered the coach's speech, who promised a title.", fixed: "The crowd cheered the coach's speech, who promised a title." },
        Example { text: "The pier was rebuilt. Itself had been closed for a decade.", fixed: "The pier was rebuilt. It had been closed for a decade." },
        Example { text: "The grant was cut because them were late with the forms.", fixed: "The grant was cut because they were late with the forms." },
        Example { text: "Me don't think the ferry will run today.", fixed: "I don't think the ferry will run today." },
    ],
    passes: &[
        "She spoke very well, said very little, and wrote very often.",
        "He said very detailed reports would follow.",
        "Either road leads to the river; you may take either bus to town.",
        "Either the parents or the school pays for the trip to the museum.",
        "I did not go to the fair either.",
        "It was a bigger than usual crowd and a better than expected result.",
        "A larger than most people expected turnout was reported.",
        "She is a better cook than many chefs.",
        "There is enough fresh water for everyone; leave well enough alone.",
        "He was old enough to vote, and enough said.",
        "They climbed up it, ran down them and looked back at us.",
        "The mayor himself will open the pier; the pier itself is old, and that itself is news.",
        "She blamed herself. Himself, he said nothing; they kept it to themselves while he had doubts.",
        "It was them who won. Let him go; it took him will power and gave me hope.",
        "When we found out it was late, we set them up again.",
        "It turns out me and my sister were right.",
        "\"We are ready,\" said the coach, as did the players, as does the rest of the team.",
        "As expected, the mayor won; as reported the day before, turnout was high.",
        "As expected the mayor won again, and more than expected the week before.",
        "It is hard to know what explains the delay, and what claims the union made.",
        "Such as claims the company made, as well as notes the clerk kept, the file is thin.",
        "That said, the plan works. Note that the office is closed.",
        "After the storm injured Anna Berg, Tom Lee and Paul Smith were flown home.",
        "Those who attacked Anna Berg, Tom Lee and Paul Smith were caught.",
        "Police said Anna Berg, Tom Lee and Paul Smith were missing.",
        "The party to which she belongs opposes the plan, to which she objects.",
        "He offered a theory to which he opposes a simpler one.",
        "Every sports fan knows it; each savings account pays; every two years, each costs more.",
        "The boys each had a bike, and every news outlet came; each other's letters were read.",
        "We need more older drivers, and more bigger than smaller firms; no more better days.",
        "The fruit costs more, better value is rare; once more bigger is not better.",
        "Is it possible to book? Was it known that he left? Is possible to book online?",
        "Was able to fix it. Is expected growth enough? Was that known to all?",
        "In Vienna lived a composer; at the gate stood a guard; in May came the rains.",
        "In the Ministry of Transport, officials announced that the ferry would stop.",
        "In Lisbon the mayor said that the ferry would stop. At Harbour Hall he opened the show.",
        "In the Alps covered with snow, the huts closed. In Rome based at the embassy, she wrote.",
        "On Sunday in Lisbon the fans celebrated; yesterday in Porto rain stopped the match.",
        "An information desk, many research teams and these equipment makers; a knowledge of Greek.",
        "Many research and development firms use evidence-based tools; those evidence rules stand.",
        "However, she stressed that the road would stay open. The mayor, said that it would.",
        "In a short statement, he added that no one was hurt; as noted, that was true.",
        "The crowd cheered the coach's wife, who smiled, and the mayor's office, who replied.",
        "The crowd cheered the coach's speech, which promised a title, and Ana, who spoke.",
    ],
};

/// Verbs of speaking, which take an adverb of manner, never an adjective
/// (`answered briefly`, not `answered very brief`).
const SPEAKING_VERBS: &[&str] = &[
    "added",
    "answered",
    "commented",
    "declared",
    "explained",
    "explains",
    "remarked",
    "replied",
    "responded",
    "said",
    "says",
    "spoke",
    "speaks",
    "stated",
    "states",
];

/// Degree adverbs before the adjective after a speaking verb.
const DEGREE: &[&str] = &["extremely", "quite", "very"];

/// Quantifiers that open the noun phrase of a comparison (`than many laptops`).
const QUANTIFIERS: &[&str] = &["many", "most", "other", "several", "some"];

/// Object pronouns, which stand before the particle of a phrasal verb (`make
/// them up`), never after it. (Not `it`, which may open a clause: `find out it
/// was late`; nor `her`, a possessive too.)
const OBJECT_PRONOUNS: &[&str] = &["him", "me", "them", "us"];

/// Phrasal verbs whose particle is no preposition before an object (`set up
/// them`, unlike `climb up them`), as the particle and the verbs' base forms.
const PHRASAL_VERBS: &[(&str, &[&str])] = &[
    (
        "away",
        &["chase", "give", "put", "scare", "send", "sweep", "throw", "wash"],
    ),
    (
        "back",
        &["bring", "buy", "call", "give", "hold", "pay", "send", "welcome", "win"],
    ),
    (
        "down",
        &[
            "bring", "hunt", "knock", "narrow", "note", "pull", "put", "scale", "shoot", "shut",
            "tear", "track", "turn", "write",
        ],
    ),
    (
        "off",
        &[
            "call", "cordon", "fend", "lay", "pay", "put", "seal", "sell", "shake", "switch",
            "turn", "ward", "write",
        ],
    ),
    (
        "out",
        &[
            "carry", "cross", "figure", "fill", "find", "hand", "leave", "map", "phase", "point",
            "print", "rule", "single", "sort", "spell", "weed", "wipe", "work",
        ],
    ),
    (
        "up",
        &[
            "bring", "build", "call", "clean", "cover", "fill", "free", "give", "lock", "make",
            "pack", "pick", "set", "sum", "tear", "tidy", "wrap",
        ],
    ),
];

/// Comparatives that are nothing else (`better`, `bigger`; not `older`,
/// `younger`, which `more` may count: `more older voters`), sorted.
const COMPARATIVES: &[&str] = &[
    "bigger", "busier", "cheaper", "closer", "deeper", "easier", "faster", "greater", "happier",
    "harder", "healthier", "heavier", "higher", "larger", "lower", "quicker", "safer", "shorter",
    "simpler", "slower", "smaller", "stronger", "tougher", "weaker", "wider", "worse",
];

/// Adjectives and participles that open an impersonal clause after `it is`
/// (`it is possible to`, `it was reported that`), sorted.
const IMPERSONAL: &[&str] = &[
    "advisable", "assumed", "believed", "clear", "customary", "essential", "estimated", "evident",
    "expected", "feared", "hoped", "important", "impossible", "known", "likely", "necessary",
    "planned", "possible", "reported", "rumored", "rumoured", "said", "speculated", "thought",
    "understood", "unlikely",
];

/// The trigger words: the degree adverbs, `either`, `than`,
/// `enough`, `each`, `every`, `more` and the object pronouns.
fn trigger_words() -> Vec<&'static str> {
    let mut words: Vec<&'static str> = DEGREE
        .iter()
        .chain(OBJECT_PRONOUNS)
        .copied()
        .collect();
    words.extend(["Each", "Every", "Is", "More", "Was", "each", "either", "enough", "every", "more", "than"]);
    words.extend(clauses::trigger_words());
    words.push("who");
    words.extend(
        SUBJECT_OF
            .iter()
            .map(|&(pronoun, _)| pronoun)
            .filter(|pronoun| !OBJECT_PRONOUNS.contains(pronoun)),
    );
    words.extend(counted_mass::MASS_NOUNS);
    words
}

/// A shape's check, given the document and its trigger word.
type Shape = fn(&Document<'_>, usize) -> Option<Finding>;

/// The shape a trigger word anchors (one `match`: the rule visits common
/// words, `will`, `very`, `them`).
fn shape(word: &str) -> Option<Shape> {
    Some(match word {
        "extremely" | "quite" | "very" => adjective_after_speaking,
        "either" | "Either" => either_to,
        "than" => comparison_before_noun,
        "enough" => enough_before_adjective,
        "each" | "Each" | "every" | "Every" => plural_after_each,
        "more" | "More" => more_before_comparative,
        "Is" | "Was" => dropped_it,
        "who" => possessor::who_after_possession,
        "advice" | "equipment" | "evidence" | "feedback" | "furniture" | "homework"
        | "information" | "legislation" | "luggage" | "machinery" => {
            counted_mass::counted_mass_noun
        }
        // (the trigger index lets these through for `Is`, `Was`: no shape)
        "is" | "was" | "IS" | "WAS" => return None,
        "him" | "me" | "them" => object_pronoun,
        "us" => pronoun_after_particle,
        "Him" | "Me" | "Them" | "Myself" | "Yourself" | "Himself" | "Herself" | "Itself"
        | "Ourselves" | "Yourselves" | "Themselves" => pronoun_as_subject,
        _ => return clauses::verb_shape(word),
    })
}

impl Rule for ImpossibleSequence {
    fn meta(&self) -> &'static RuleMeta {
        &SEQUENCE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let (text, words) = (doc.text(), doc.words());
        for k in doc.trigger_words(SEQUENCE.id) {
            let word = word_in(text, words, k);
            let Some(finding) = shape(word).and_then(|read| read(doc, k)) else {
                continue;
            };
            if !doc.is_protected(finding.span.clone()) {
                out.push(finding);
            }
        }
    }
}

/// `answered very brief,`: a speaking verb, a degree adverb and an adjective
/// that ends the phrase (no noun after it): the adverb of manner was meant.
/// The fix is the `-ly` adverb when the lexicon has it.
fn adjective_after_speaking(doc: &Document<'_>, k: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let w = |i: usize| word_in(text, words, i);
    let verb = k.checked_sub(1)?;
    if !SPEAKING_VERBS.contains(&w(verb)) || !joined_in(text, words, verb) {
        return None;
    }
    if !joined_in(text, words, k) || !is_lower(w(k)) {
        return None;
    }
    let a = k + 1;
    let adjective = w(a);
    let t = tags(adjective)?;
    if !is_lower(adjective)
        || !t.is_adjective()
        || t.is_adverb()
        || t.is_determiner()
        || t.is_pronoun()
        || t.is_preposition()
        || adjective.ends_with("ly")
    {
        return None;
    }
    // the phrase ends at the adjective: a comma, a colon or a semicolon
    // follows (not a noun it describes, nor the end of a sentence, where
    // `said very ill` may describe the speaker)
    let (_, ae) = words[a];
    if !matches!(text.as_bytes().get(ae), Some(b',' | b';' | b':')) {
        return None;
    }
    let adverb = concat(&[adjective.strip_suffix('e').filter(|_| adjective.ends_with("le")).unwrap_or(adjective), "ly"]);
    let adverb = tags(&adverb).filter(|t| t.is_adverb()).map(|_| adverb);
    let finding = SEQUENCE.finding(
        words[verb].0..ae,
        concat(&[
            "`",
            w(verb),
            " ",
            w(k),
            " ",
            adjective,
            "`: a verb of speaking takes an adverb, not an adjective",
        ]),
    );
    Some(match adverb {
        Some(adverb) => finding.with_fix(Fix::unsafe_fix(Edit::new(words[a].0..ae, adverb))),
        None => finding,
    })
}

/// `either drainage pipes to new bridges`: `either` before a plural noun
/// phrase and `to`, with no `or` or `nor` in its sentence: a range
/// (`from … to …`) was meant. (`Either` as a determiner takes a singular
/// noun: `either road leads to`.)
fn either_to(doc: &Document<'_>, k: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let w = |i: usize| word_in(text, words, i);
    // the noun phrase: up to three nouns or adjectives, then `to`
    let mut end = k;
    while end < k + 3 && joined_in(text, words, end) {
        let next = w(end + 1);
        if next == "to" {
            break;
        }
        let t = tags(next)?;
        // (not a verb of the clause: `either road leads to`; the word lexicon
        // gives many plurals a verb's tag, the verb list knows the real ones)
        let verb = t.is_past() || t.is_verb_3sg() && lexicon().base_ref(next).is_some();
        let nominal = is_lower(next)
            && (t.is_noun() || t.is_adjective())
            && !verb
            && !t.is_preposition()
            && !t.is_determiner()
            && !t.is_pronoun()
            && !t.is_auxiliary();
        if !nominal {
            return None;
        }
        end += 1;
    }
    if end == k || !joined_in(text, words, end) || w(end + 1) != "to" {
        return None;
    }
    if !super::words::is_plural_only_noun(w(end)) {
        return None;
    }
    // no `or` / `nor` later in the sentence (a bounded look)
    let (_, last) = doc.word_at(k)?.sentence_words();
    if (end + 2..=last.min(end + 40)).any(|i| matches!(w(i), "or" | "nor")) {
        return None;
    }
    let span = words[k].0..words[k].1;
    let from = if w(k).starts_with('E') { "From" } else { "from" };
    Some(
        SEQUENCE
            .finding(
                span.start..words[end + 1].1,
                "`either … to` without `or`: a range reads `from … to …`",
            )
            .with_fix(Fix::unsafe_fix(Edit::new(span, from.to_string()))),
    )
}

/// `a larger than many laptops display`: `a` or `an`, a comparative, `than`,
/// a quantified noun phrase, and then the noun the comparison describes. The
/// fix puts that noun after the article (`a display larger than many
/// laptops`). Not `a bigger than usual crowd` (no quantifier after `than`).
fn comparison_before_noun(doc: &Document<'_>, k: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let w = |i: usize| word_in(text, words, i);
    // `a bigger than` / `a more useful than`
    let comparative = k.checked_sub(1)?;
    let comp = w(comparative);
    let mut start = comparative;
    if !joined_in(text, words, comparative) {
        return None;
    }
    if comparative > 0 && matches!(w(comparative - 1), "more" | "less") {
        start = comparative - 1;
        if !joined_in(text, words, start) {
            return None;
        }
    } else if !(comp.ends_with("er") && tags(comp).is_some_and(|t| t.is_adjective())) {
        return None;
    }
    let article = start.checked_sub(1)?;
    if !matches!(w(article), "a" | "an") || !joined_in(text, words, article) {
        return None;
    }
    // `than many laptops`, then the noun
    let q = k + 1;
    if !joined_in(text, words, k) || !QUANTIFIERS.contains(&w(q)) || !joined_in(text, words, q) {
        return None;
    }
    let plural = q + 1;
    if !super::words::is_plural_only_noun(w(plural)) || !joined_in(text, words, plural) {
        return None;
    }
    let noun = plural + 1;
    let n = w(noun);
    let t = tags(n)?;
    // (a noun that may be a verb too, `display`; not one only a verb in
    // practice: `than most people think`)
    let noun_only = is_lower(n)
        && t.is_singular_noun()
        && !lexicon().is_bare_verb(n)
        && !t.is_auxiliary()
        && !t.is_adverb()
        && !t.is_preposition()
        && !t.is_pronoun()
        && !t.is_determiner();
    if !noun_only {
        return None;
    }
    // the noun ends the phrase: a mark, or a word that is no noun
    if joined_in(text, words, noun) && tags(w(noun + 1)).is_some_and(|t| t.is_noun() && !t.is_preposition() && !t.is_verb()) {
        return None;
    }
    let (s, _) = words[start];
    let (_, pe) = words[plural];
    let (ns, ne) = words[noun];
    let fixed = concat(&[n, " ", &text[s..pe]]);
    debug_assert!(ns > pe);
    Some(
        SEQUENCE
            .finding(
                s..ne,
                concat(&["`", &text[s..ne], "`: a comparison with `than` follows the noun it describes"]),
            )
            .with_fix(Fix::unsafe_fix(Edit::new(s..ne, fixed))),
    )
}

/// `enough curious to ask`: `enough` before an adjective that no noun
/// follows; the adverb `enough` follows its adjective (`curious enough`). Not
/// before a noun (`enough fresh water`), nor `well enough alone`.
fn enough_before_adjective(doc: &Document<'_>, k: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let w = |i: usize| word_in(text, words, i);
    if !joined_in(text, words, k) || w(k) != "enough" {
        return None;
    }
    let a = k + 1;
    let adjective = w(a);
    let t = tags(adjective)?;
    let adjective_only = is_lower(adjective)
        && t.is_adjective()
        && !t.is_noun()
        && !t.is_verb()
        && !t.is_adverb()
        && !t.is_determiner()
        && !t.is_pronoun()
        && !t.is_preposition()
        && !t.is_conjunction()
        && adjective != "alone";
    if !adjective_only {
        return None;
    }
    // what follows ends the phrase: a mark, or `to`, `if`, `for`, `that`
    let (_, ae) = words[a];
    let ends = if joined_in(text, words, a) {
        matches!(w(a + 1), "to" | "if" | "for" | "that")
    } else {
        matches!(text.as_bytes().get(ae), Some(b',' | b'.' | b';' | b':') | None)
    };
    if !ends {
        return None;
    }
    let (es, _) = words[k];
    Some(
        SEQUENCE
            .finding(
                es..ae,
                concat(&["`enough ", adjective, "`: `enough` follows an adjective"]),
            )
            .with_fix(Fix::unsafe_fix(Edit::new(
                es..ae,
                concat(&[adjective, " enough"]),
            ))),
    )
}

/// `every packages`, `each countries`: `each` or `every` before a noun that
/// is only plural (the source language's plural kept, or `each of the`
/// shortened). Not before a noun that another noun follows (`every sports
/// fan`, `each savings account`), nor `each` before a verb (`each costs`).
/// The fix is the singular.
fn plural_after_each(doc: &Document<'_>, k: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let w = |i: usize| word_in(text, words, i);
    if !joined_in(text, words, k) {
        return None;
    }
    let n = k + 1;
    let noun = w(n);
    if !is_lower(noun) || !super::words::is_plural_only_noun(noun) {
        return None;
    }
    let t = tags(noun)?;
    // (`each` may be a subject itself: `each costs`; `every` never is)
    let each = w(k).eq_ignore_ascii_case("each");
    if each && t.is_verb() || t.is_adjective() || t.is_pronoun() || t.is_determiner() {
        return None;
    }
    // the noun ends its phrase (not `every sports fan`): no noun follows, or
    // one that is also the clause's verb, a past or an auxiliary (`each
    // villages sent`, `every towns will`)
    let noun_after = |t: crate::analysis::wordlex::WordTags| {
        t.is_noun() && !t.is_preposition() && !t.is_past() && !t.is_auxiliary()
    };
    if joined_in(text, words, n) && tags(w(n + 1)).is_some_and(noun_after) {
        return None;
    }
    if text[words[n].1..].starts_with(['-', '\'', '’']) {
        return None;
    }
    let singular = super::words::singular_of(noun)?;
    Some(
        SEQUENCE
            .finding(
                words[k].0..words[n].1,
                concat(&["`", w(k), " ", noun, "`: `", &w(k).to_ascii_lowercase(), "` takes a singular noun (`", &singular, "`)"]),
            )
            .with_fix(Fix::unsafe_fix(Edit::new(words[n].0..words[n].1, singular))),
    )
}

/// `more better than`, `more easier to`: `more` before a comparative that
/// ends its phrase (`than`, `to`, `for` or a sentence mark after it) doubles
/// the comparison. Not `any more`, `no more`, `once more`, nor `more bigger
/// than smaller firms` (`more` counting what both comparatives describe).
/// The fix drops `more`.
fn more_before_comparative(doc: &Document<'_>, k: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let w = |i: usize| word_in(text, words, i);
    if !joined_in(text, words, k) {
        return None;
    }
    let c = k + 1;
    let comp = w(c);
    if COMPARATIVES.binary_search(&comp).is_err() {
        return None;
    }
    if k > 0 && joined_in(text, words, k - 1) {
        let before = w(k - 1).to_ascii_lowercase();
        if matches!(before.as_str(), "any" | "no" | "once" | "one" | "nothing" | "little") {
            return None;
        }
    }
    let ends = if joined_in(text, words, c) {
        match w(c + 1) {
            "to" | "for" => true,
            "than" => !(joined_in(text, words, c + 1) && {
                let after = w(c + 2);
                COMPARATIVES.binary_search(&after).is_ok() || after.ends_with("er")
            }),
            _ => false,
        }
    } else {
        text[words[c].1..].starts_with(['.', ';', ':', '!', '?', ')']) || c + 1 == words.len()
    };
    if !ends {
        return None;
    }
    Some(
        SEQUENCE
            .finding(
                words[k].0..words[c].1,
                concat(&["`", w(k), " ", comp, "`: `", comp, "` is a comparative already"]),
            )
            .with_fix(Fix::unsafe_fix(Edit::delete(words[k].0..words[c].0))),
    )
}

/// `Is possible to book online.`, `Was reported that the bridge…`: a
/// sentence that opens with `Is` or `Was` and an adjective or participle of
/// an impersonal clause, then `that` or `to`: the `it` English needs was
/// dropped (Spanish `es posible`, Italian `è stato riferito che`, Portuguese
/// `é necessário`, Chinese, Japanese). Not a question (`Is possible to…?`
/// still lacks a subject, but may be a heading's). The fix adds `It` before
/// `that` and an adjective before `to`; `Is expected to rise` drops a subject
/// no one can tell.
fn dropped_it(doc: &Document<'_>, k: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let w = |i: usize| word_in(text, words, i);
    if !joined_in(text, words, k) || !joined_in(text, words, k + 1) {
        return None;
    }
    let word = w(k + 1);
    if IMPERSONAL.binary_search(&word).is_err() {
        return None;
    }
    let then = w(k + 2);
    if !matches!(then, "that" | "to") || !crate::text::starts_sentence(text, words[k].0) {
        return None;
    }
    // not a question: the sentence's end within a bounded look
    for i in k + 2..(k + 40).min(words.len()) {
        let gap = words.get(i + 1).map_or(&text[words[i].1..], |n| &text[words[i].1..n.0]);
        if gap.contains('?') {
            return None;
        }
        if gap.contains(['.', '!', '\n']) {
            break;
        }
    }
    let participle = tags(word).is_some_and(|t| t.is_participle() || t.is_past());
    let (s, _) = words[k];
    let finding = SEQUENCE.finding(
        s..words[k + 2].1,
        concat(&["`", w(k), " ", word, " ", then, "` opens the sentence: its subject (`it`) is missing"]),
    );
    Some(if then == "that" || !participle {
        let lower = if w(k) == "Is" { "It is" } else { "It was" };
        finding.with_fix(Fix::unsafe_fix(Edit::new(s..words[k].1, lower)))
    } else {
        finding
    })
}

/// `set up them`: a phrasal verb's particle before an object pronoun, which
/// English puts between the verb and the particle (`set them up`).
fn pronoun_after_particle(doc: &Document<'_>, k: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let w = |i: usize| word_in(text, words, i);
    let pronoun = w(k);
    let particle = k.checked_sub(1)?;
    let verb = particle.checked_sub(1)?;
    if !joined_in(text, words, particle) || !joined_in(text, words, verb) {
        return None;
    }
    let (_, verbs) = PHRASAL_VERBS.iter().find(|(p, _)| *p == w(particle))?;
    let v = w(verb);
    if !is_lower(v) {
        return None;
    }
    let base = if verbs.contains(&v) {
        v
    } else {
        lexicon().base_ref(v)?
    };
    if !verbs.contains(&base) {
        return None;
    }
    let (_, pe) = words[k];
    let (ps, _) = words[particle];
    Some(
        SEQUENCE
            .finding(
                words[verb].0..pe,
                concat(&[
                    "`", v, " ", w(particle), " ", pronoun,
                    "`: an object pronoun goes between the verb and its particle",
                ]),
            )
            .with_fix(Fix::unsafe_fix(Edit::new(
                ps..pe,
                concat(&[pronoun, " ", w(particle)]),
            ))),
    )
}

/// Object and reflexive pronouns and the subject pronoun each stands for.
/// (Lower-case reflexives are not looked at: common words share their shapes, and the
/// rule visits every word of a trigger's shape.)
const SUBJECT_OF: &[(&str, &str)] = &[
    ("Him", "He"), ("Me", "I"), ("Them", "They"),
    ("Myself", "I"), ("Yourself", "You"), ("Himself", "He"), ("Herself", "She"),
    ("Itself", "It"), ("Ourselves", "We"), ("Yourselves", "You"), ("Themselves", "They"),
    ("him", "he"), ("me", "I"), ("them", "they"),
];

/// Conjunctions that open a clause with its subject next (not `that`: `that itself is`
/// is a demonstrative with its emphatic reflexive).
const CLAUSE_OPENERS: &[&str] = &[
    "although", "because", "if", "since", "though", "unless", "whereas", "while",
];

/// Finite auxiliaries and modals, and the first halves of their negative contractions.
const FINITE_AUXILIARIES: &[&str] = &[
    "are", "can", "cannot", "could", "couldn", "did", "didn", "does", "doesn", "don", "had",
    "has", "have", "is", "isn", "may", "might", "must", "shall", "should", "was", "wasn",
    "were", "will", "won", "would", "wouldn",
];

/// The first halves of negative contractions (`don't`, `won't`).
const CONTRACTED: &[&str] = &["couldn", "didn", "doesn", "don", "isn", "wasn", "won", "wouldn"];

/// `him`, `me`, `them`: after a phrasal verb's particle, or as a clause's subject.
fn object_pronoun(doc: &Document<'_>, k: usize) -> Option<Finding> {
    pronoun_after_particle(doc, k).or_else(|| pronoun_as_subject(doc, k))
}

/// `Himself has been`, `because them were`, `Me don't know`: an object or reflexive pronoun as
/// the subject of a finite auxiliary, opening a sentence or a clause after a conjunction. (A
/// reflexive after its noun, `the mayor himself will`, is emphatic and English.)
fn pronoun_as_subject(doc: &Document<'_>, k: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let pronoun = word_in(text, words, k);
    // where it stands first: a sentence's start, or right after a conjunction
    let ok = if pronoun.as_bytes()[0].is_ascii_uppercase() {
        let before = text[..words[k].0]
            .trim_end_matches(['"', '\u{201C}', '\'', '\u{2018}'])
            .trim_end_matches([' ', '\t']);
        before.is_empty() || before.ends_with(['.', '!', '?', '\n'])
    } else {
        k > 0 && joined_in(text, words, k - 1) && CLAUSE_OPENERS.contains(&word_in(text, words, k - 1))
    };
    let aux = k + 1;
    if !ok || aux >= words.len() || !joined_in(text, words, k) {
        return None;
    }
    let verb = word_in(text, words, aux);
    if !FINITE_AUXILIARIES.contains(&verb) {
        return None;
    }
    // a contraction's first half must have its `'t`
    let rest = &text[words[aux].1..];
    if CONTRACTED.contains(&verb) && !(rest.starts_with("'t") || rest.starts_with("\u{2019}t")) {
        return None;
    }
    let (_, subject) = SUBJECT_OF.iter().find(|(p, _)| *p == pronoun)?;
    // the contraction whole (`don't`)
    let verb_end = if CONTRACTED.contains(&verb) {
        words[aux].1 + rest.find('t').map_or(0, |t| t + 1)
    } else {
        words[aux].1
    };
    let verb = &text[words[aux].0..verb_end];
    Some(
        SEQUENCE
            .finding(
                words[k].0..verb_end,
                concat(&["`", pronoun, "` as the subject of `", verb, "`: the subject pronoun `", subject, "` was meant"]),
            )
            .with_fix(Fix::unsafe_fix(Edit::new(words[k].0..words[k].1, *subject))),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_trigger_word_anchors_a_shape() {
        for word in super::trigger_words() {
            assert!(super::shape(word).is_some(), "{word}");
        }
    }
}
