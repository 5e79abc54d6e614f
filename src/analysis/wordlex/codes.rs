//! The lexicon's tag codes: one bit each, with the short name
//! `data/lexicon/words.tsv` writes. Shared by the build script (which reads the
//! text) and the library (which reads the bits), so it uses nothing of either.

/// Noun, singular.
pub const NOUN_SINGULAR: u32 = 1 << 0;
/// Noun, plural.
pub const NOUN_PLURAL: u32 = 1 << 1;
/// Noun, mass (uncountable) use.
pub const NOUN_MASS: u32 = 1 << 2;
/// Proper noun.
pub const NOUN_PROPER: u32 = 1 << 3;
/// Collective noun: singular or plural agreement (`the team has` / `have`).
pub const NOUN_COLLECTIVE: u32 = 1 << 4;
/// Verb, base form.
pub const VERB_BASE: u32 = 1 << 5;
/// Verb, third person singular present.
pub const VERB_3SG: u32 = 1 << 6;
/// Verb, simple past.
pub const VERB_PAST: u32 = 1 << 7;
/// Verb, past participle.
pub const VERB_PARTICIPLE: u32 = 1 << 8;
/// Verb, -ing form.
pub const VERB_ING: u32 = 1 << 9;
/// Auxiliary or modal verb.
pub const AUXILIARY: u32 = 1 << 10;
/// Adjective.
pub const ADJECTIVE: u32 = 1 << 11;
/// Adverb.
pub const ADVERB: u32 = 1 << 12;
/// Determiner.
pub const DETERMINER: u32 = 1 << 13;
/// Pronoun.
pub const PRONOUN: u32 = 1 << 14;
/// Pronoun, first person.
pub const PRONOUN_1: u32 = 1 << 15;
/// Pronoun, second person.
pub const PRONOUN_2: u32 = 1 << 16;
/// Pronoun, third person.
pub const PRONOUN_3: u32 = 1 << 17;
/// Pronoun, singular.
pub const PRONOUN_SINGULAR: u32 = 1 << 18;
/// Pronoun, plural.
pub const PRONOUN_PLURAL: u32 = 1 << 19;
/// Preposition.
pub const PREPOSITION: u32 = 1 << 20;
/// Conjunction.
pub const CONJUNCTION: u32 = 1 << 21;

/// Every code with its name in the text files, in the order they are written.
pub const CODES: [(&str, u32); 22] = [
    ("n.sg", NOUN_SINGULAR),
    ("n.pl", NOUN_PLURAL),
    ("n.mass", NOUN_MASS),
    ("n.prop", NOUN_PROPER),
    ("n.coll", NOUN_COLLECTIVE),
    ("v.base", VERB_BASE),
    ("v.3sg", VERB_3SG),
    ("v.past", VERB_PAST),
    ("v.pp", VERB_PARTICIPLE),
    ("v.ing", VERB_ING),
    ("aux", AUXILIARY),
    ("adj", ADJECTIVE),
    ("adv", ADVERB),
    ("det", DETERMINER),
    ("pro", PRONOUN),
    ("pro.1", PRONOUN_1),
    ("pro.2", PRONOUN_2),
    ("pro.3", PRONOUN_3),
    ("pro.sg", PRONOUN_SINGULAR),
    ("pro.pl", PRONOUN_PLURAL),
    ("prep", PREPOSITION),
    ("conj", CONJUNCTION),
];

/// The bit of a code name, `None` for a name not in [`CODES`].
pub fn code_bit(name: &str) -> Option<u32> {
    CODES.iter().find(|(n, _)| *n == name).map(|&(_, bit)| bit)
}
