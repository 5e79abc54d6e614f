//! Dumps harper-core's curated English dictionary to mtlint's word lexicon
//! (`data/lexicon/words.tsv`): one word a line, its parts of speech and
//! inflections as short codes.
//!
//! Run from the repository root:
//!
//! ```text
//! cargo run --release --manifest-path tools/lexicon/Cargo.toml -- data/lexicon/words.tsv
//! ```
//!
//! The mapping from harper's metadata to the codes is in `tags_of`; where
//! harper's data says a thing only by default (a noun not marked for number is
//! singular, a verb without forms is a base form), the default is spelled out.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;

use harper_core::spell::{Dictionary, MutableDictionary};
use harper_core::{DictWordMetadata, IrregularVerbs, VerbFormFlags};

/// harper-core's version, written into the file's header.
const HARPER_VERSION: &str = "3.0.0";

fn main() {
    let out_path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "data/lexicon/words.tsv".to_string());
    let dict = MutableDictionary::curated();

    let mut entries: BTreeMap<String, Vec<&'static str>> = BTreeMap::new();
    let mut untagged = 0usize;
    let mut skipped = 0usize;
    for chars in dict.words_iter() {
        let word: String = chars.iter().collect();
        if word.is_empty() || word.chars().any(|c| c.is_whitespace() || c.is_control()) {
            skipped += 1;
            continue;
        }
        let Some(meta) = dict.get_word_metadata_exact(chars) else {
            continue;
        };
        let tags = tags_of(meta);
        if tags.is_empty() {
            untagged += 1;
        }
        entries.insert(word, tags);
    }

    let derived = mark_irregular_pasts(&dict, &mut entries);
    eprintln!("{derived} irregular past or participle tags derived from harper's irregular-verb table");

    let mut text = String::new();
    text.push_str(HEADER.replace("{VERSION}", HARPER_VERSION).as_str());
    for (word, tags) in &entries {
        let tags = if tags.is_empty() {
            "-".to_string()
        } else {
            tags.join(" ")
        };
        let _ = writeln!(text, "{word}\t{tags}");
    }
    let mut file = std::fs::File::create(&out_path).expect("cannot create the output file");
    file.write_all(text.as_bytes())
        .expect("cannot write the output file");
    eprintln!(
        "{} words ({} without a part of speech, {} skipped) -> {} ({} bytes)",
        entries.len(),
        untagged,
        skipped,
        out_path,
        text.len()
    );
}

/// harper's dictionary lists many irregular pasts and participles (`dealt`,
/// `clung`, `beheld`) as verbs without a form, which its own convention reads as
/// base forms; its irregular-verb table knows them. For each dictionary verb
/// that the table lists as a lemma, its preterite gets `v.past` and its
/// participle `v.pp`; such a form loses `v.base` when harper gave it no verb
/// form, it is no lemma of the table, and no `-s` form of it is a verb (so
/// `found`, `ground`, `wound` keep the base form of their own verbs). Returns
/// how many tags changed.
fn mark_irregular_pasts(
    dict: &MutableDictionary,
    entries: &mut BTreeMap<String, Vec<&'static str>>,
) -> usize {
    let irregular = IrregularVerbs::curated();
    let is_verb_3sg = |word: &str| {
        dict.get_word_metadata_exact(&word.chars().collect::<Vec<_>>())
            .is_some_and(|m| m.is_verb_third_person_singular_present_form())
    };
    let no_form = |word: &str| {
        dict.get_word_metadata_exact(&word.chars().collect::<Vec<_>>())
            .and_then(|m| m.verb)
            .is_some_and(|v| v.verb_forms.is_none_or(|f| f == VerbFormFlags::empty()))
    };
    let lemmas: Vec<String> = entries
        .iter()
        .filter(|(_, tags)| tags.contains(&"v.base"))
        .map(|(word, _)| word.clone())
        .collect();
    let mut changed = 0;
    for lemma in lemmas {
        let Some((preterite, participle)) = irregular.get_pasts_for_lemma(&lemma) else {
            continue;
        };
        for (form, code) in [(preterite, "v.past"), (participle, "v.pp")] {
            if form == lemma {
                continue;
            }
            let keeps_base = irregular.get_pasts_for_lemma(form).is_some()
                || !no_form(form)
                || is_verb_3sg(&format!("{form}s"))
                || is_verb_3sg(&format!("{form}es"));
            let Some(tags) = entries.get_mut(form) else {
                continue;
            };
            if !tags.contains(&code) {
                tags.push(code);
                changed += 1;
            }
            if !keeps_base {
                if let Some(at) = tags.iter().position(|t| *t == "v.base") {
                    tags.remove(at);
                    changed += 1;
                }
            }
            let order = |t: &&str| CODE_ORDER.iter().position(|c| c == t);
            tags.sort_by_key(order);
        }
    }
    changed
}

/// The codes in the order of the header's table.
const CODE_ORDER: [&str; 22] = [
    "n.sg", "n.pl", "n.mass", "n.prop", "n.coll", "v.base", "v.3sg", "v.past", "v.pp", "v.ing",
    "aux", "adj", "adv", "det", "pro", "pro.1", "pro.2", "pro.3", "pro.sg", "pro.pl", "prep",
    "conj",
];

/// The codes of one word, in the order of the header's table.
fn tags_of(meta: &DictWordMetadata) -> Vec<&'static str> {
    let mut tags = Vec::new();
    if let Some(noun) = meta.noun {
        // harper: a noun not marked plural is singular ("singular is the default");
        // a noun marked both (aircraft, sheep) is both.
        if meta.is_singular_noun() {
            tags.push("n.sg");
        }
        if noun.is_plural == Some(true) {
            tags.push("n.pl");
        }
        if noun.is_mass == Some(true) {
            tags.push("n.mass");
        }
        if noun.is_proper == Some(true) {
            tags.push("n.prop");
        }
    }
    if let Some(verb) = meta.verb {
        use harper_core::VerbFormFlags as F;
        let forms = verb.verb_forms.unwrap_or_default();
        // harper: a verb without forms is a lemma; PAST is its "regular past",
        // the one spelling for the preterite and the participle.
        if forms.is_empty() || forms.contains(F::LEMMA) {
            tags.push("v.base");
        }
        if forms.contains(F::THIRD_PERSON_SINGULAR) {
            tags.push("v.3sg");
        }
        if forms.intersects(F::PAST | F::PRETERITE) {
            tags.push("v.past");
        }
        if forms.intersects(F::PAST | F::PAST_PARTICIPLE) {
            tags.push("v.pp");
        }
        if forms.contains(F::PROGRESSIVE) {
            tags.push("v.ing");
        }
        if verb.is_auxiliary == Some(true) {
            tags.push("aux");
        }
    }
    if meta.adjective.is_some() {
        tags.push("adj");
    }
    if meta.adverb.is_some() {
        tags.push("adv");
    }
    if meta.determiner.is_some() {
        tags.push("det");
    }
    if let Some(pronoun) = meta.pronoun {
        tags.push("pro");
        // harper does not export its `Person` enum; its `is_*` methods name it.
        match pronoun.person {
            Some(p) if p.is_first() => tags.push("pro.1"),
            Some(p) if p.is_second() => tags.push("pro.2"),
            Some(p) if p.is_third() => tags.push("pro.3"),
            _ => {}
        }
        if pronoun.is_singular == Some(true) {
            tags.push("pro.sg");
        }
        if pronoun.is_plural == Some(true) {
            tags.push("pro.pl");
        }
    }
    if meta.preposition {
        tags.push("prep");
    }
    if meta.conjunction.is_some() {
        tags.push("conj");
    }
    tags
}

const HEADER: &str = "\
# mtlint word lexicon: word -> parts of speech and inflections.
# Generated by tools/lexicon from harper-core {VERSION}'s curated dictionary
# (https://github.com/automattic/harper, Apache-2.0; see data/lexicon/LICENSE-harper
# and NOTICE). Do not edit by hand: fixes go into data/lexicon/overrides.tsv.
# Regenerate: cargo run --release --manifest-path tools/lexicon/Cargo.toml -- data/lexicon/words.tsv
#
# One word a line, sorted by bytes: WORD<TAB>CODES, codes separated by spaces
# (\"-\": a word harper knows with no part of speech). Case is harper's
# (proper nouns capitalised); a word may appear in two cases.
#   n.sg    noun, singular (harper: any noun not marked plural only)
#   n.pl    noun, plural
#   n.mass  noun, mass (uncountable) use
#   n.prop  proper noun
#   n.coll  collective noun, singular or plural agreement (overrides only)
#   v.base  verb, base form (infinitive, present but third singular)
#   v.3sg   verb, third person singular present
#   v.past  verb, simple past
#   v.pp    verb, past participle
#   v.ing   verb, -ing form
#   aux     auxiliary or modal verb
#   adj     adjective
#   adv     adverb
#   det     determiner
#   pro     pronoun; pro.1 / pro.2 / pro.3 its person, pro.sg / pro.pl its number
#   prep    preposition
#   conj    conjunction
";
