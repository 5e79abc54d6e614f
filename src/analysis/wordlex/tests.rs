use std::collections::BTreeMap;

use super::codes::*;
use super::source::{apply_overrides, parse_words};
use super::{lookup, lookup_exact, table, WordTags};

const WORDS: &str = include_str!("../../../data/lexicon/words.tsv");
const OVERRIDES: &str = include_str!("../../../data/lexicon/overrides.tsv");

/// The lexicon as the text says it, overrides applied.
fn text_lexicon() -> BTreeMap<String, u32> {
    let mut words = parse_words(WORDS).expect("words.tsv parses");
    apply_overrides(&mut words, OVERRIDES).expect("overrides.tsv parses");
    words
}

fn tags(word: &str) -> WordTags {
    lookup(word).unwrap_or_else(|| panic!("{word:?} is not in the lexicon"))
}

#[test]
fn the_table_holds_every_word_of_the_text_with_its_tags() {
    let words = text_lexicon();
    assert_eq!(super::u32_at(super::TABLE, 0) as usize, words.len());
    for (word, &bits) in &words {
        assert_eq!(
            lookup_exact(word.as_bytes()).map(WordTags::bits),
            Some(bits),
            "{word:?}"
        );
    }
}

#[test]
fn the_memo_answers_as_the_search_does() {
    let words = text_lexicon();
    // short words of the table and near misses, each looked up again from the
    // memo (or after a word of the same slot took it), in both orders
    let mut probes: Vec<Vec<u8>> = Vec::new();
    for word in words.keys().filter(|w| w.len() <= 17).step_by(5) {
        let word = word.as_bytes();
        probes.push(word.to_vec());
        probes.push([word, b"q"].concat());
        probes.push(word.to_ascii_uppercase());
    }
    for _ in 0..2 {
        for probe in probes.iter().chain(probes.iter().rev()) {
            assert_eq!(lookup_exact(probe), super::search(probe), "{probe:?}");
        }
    }
}

#[test]
fn words_not_in_the_text_are_not_found() {
    let words = text_lexicon();
    let in_text = |bytes: &[u8]| std::str::from_utf8(bytes).is_ok_and(|w| words.contains_key(w));
    // Between and around the table's words: each word with a byte added or cut.
    for word in words.keys().step_by(37) {
        let word = word.as_bytes();
        let probes = [
            [word, b"q"].concat(),
            [word, b"\x01"].concat(),
            word[..word.len() - 1].to_vec(),
        ];
        for probe in probes {
            if !in_text(&probe) {
                assert_eq!(lookup_exact(&probe), None, "{probe:?}");
            }
        }
    }
    assert_eq!(lookup(""), None);
    assert_eq!(lookup("\u{0}"), None);
    assert_eq!(lookup("zzzzzzzzzzzzzzzzzzzz"), None);
    assert_eq!(lookup(&"a".repeat(300)), None);
}

#[test]
fn every_block_starts_in_the_entries() {
    let table = table();
    let blocks = table.blocks.len() / 4;
    assert_eq!(blocks, super::u32_at(super::TABLE, 4) as usize);
    for block in 0..blocks {
        assert!(table.block_start(block) < table.entries.len());
    }
}

#[test]
fn the_overrides_fix_the_known_gaps() {
    assert!(tags("frequencies").is_plural_noun());
    assert!(!tags("frequencies").is_singular_noun());
    assert!(tags("later").is_adverb());
    assert!(!tags("comply").is_adverb());
    assert!(tags("comply").is_verb_base());
    assert!(!tags("not").is_noun());
    assert!(tags("not").is_adverb());
    for word in ["team", "police", "government", "staff"] {
        assert!(tags(word).is_collective_noun(), "{word}");
    }
    assert!(!tags("report").is_collective_noun());
}

#[test]
fn common_words_have_their_parts_of_speech() {
    let talks = tags("talks");
    assert!(talks.is_plural_noun() && talks.is_verb_3sg(), "{talks:?}");
    assert!(!talks.is_singular_noun());
    assert!(tags("accessible").is_adjective());
    assert!(tags("working").is_ing());
    let was = tags("was");
    assert!(was.is_auxiliary() && was.is_past(), "{was:?}");
    let they = tags("they");
    assert!(they.is_pronoun() && they.is_plural_pronoun(), "{they:?}");
    assert_eq!(they.pronoun_person(), Some(3));
    assert_eq!(tags("we").pronoun_person(), Some(1));
    assert!(tags("he").is_singular_pronoun());
    assert!(tags("written").is_participle());
    assert!(tags("wrote").is_past() && !tags("wrote").is_participle());
    assert!(tags("walked").is_past() && tags("walked").is_participle());
    assert!(tags("goes").is_verb_3sg());
    assert!(tags("the").is_determiner());
    assert!(tags("of").is_preposition());
    assert!(tags("and").is_conjunction());
    assert!(tags("information").is_mass_noun());
}

#[test]
fn a_capitalised_word_falls_back_to_its_lower_case() {
    assert_eq!(lookup("They"), lookup("they"));
    assert_eq!(lookup("TALKS"), lookup("talks"));
    assert!(lookup("Paris").is_some_and(WordTags::is_proper_noun));
    assert_eq!(lookup("paris"), lookup_exact(b"paris"));
}

#[test]
fn the_codes_are_distinct_bits() {
    let mut all = 0;
    for (name, bit) in CODES {
        assert_eq!(bit.count_ones(), 1, "{name}");
        assert_eq!(all & bit, 0, "{name}");
        all |= bit;
        assert_eq!(code_bit(name), Some(bit));
    }
    assert_eq!(
        format!("{:?}", WordTags(NOUN_PLURAL | VERB_3SG)),
        "WordTags(n.pl v.3sg)"
    );
}

#[test]
fn overrides_add_remove_and_reject() {
    let mut words = parse_words("cat\tn.sg\ndog\tn.sg v.base\n").expect("parses");
    apply_overrides(
        &mut words,
        "# c\ncat\t+n.pl -n.sg # plural\ndog\t-v.*\nnew\t+adj\n",
    )
    .expect("parses");
    assert_eq!(words["cat"], NOUN_PLURAL);
    assert_eq!(words["dog"], NOUN_SINGULAR);
    assert_eq!(words["new"], ADJECTIVE);
    assert!(apply_overrides(&mut words, "cat\t+nope\n").is_err());
    assert!(apply_overrides(&mut words, "cat\tn.sg\n").is_err());
    assert!(apply_overrides(&mut words, "cat\t\n").is_err());
    assert!(parse_words("b\tn.sg\na\tn.sg\n").is_err());
    assert!(parse_words("a\tn.sg\na\tn.pl\n").is_err());
    assert!(parse_words("a\tnoun\n").is_err());
}

#[test]
fn the_search_answers_as_the_plain_search_does() {
    let words = text_lexicon();
    // one word of the table in 7, and near misses around each: a byte added,
    // cut or changed, long and short, NUL bytes and bytes above ASCII
    for (n, word) in words.keys().step_by(7).enumerate() {
        let word = word.as_bytes();
        let mut probes = vec![
            word.to_vec(),
            [word, b"q"].concat(),
            [word, b"\x00"].concat(),
            [word, b"\x01"].concat(),
            [b"\x00", word].concat(),
            word[..word.len() - 1].to_vec(),
            word.to_ascii_uppercase(),
            [word, "é".as_bytes()].concat(),
        ];
        // (every byte changed, in one word of 49)
        for i in (0..word.len()).filter(|_| n % 7 == 0) {
            let mut changed = word.to_vec();
            changed[i] = changed[i].wrapping_add(1);
            probes.push(changed.clone());
            changed[i] = changed[i].wrapping_sub(2);
            probes.push(changed);
        }
        for probe in probes {
            assert_eq!(
                super::search(&probe),
                super::search_plain(&probe),
                "{probe:?}"
            );
        }
    }
    for probe in [
        &b""[..],
        b"\x00",
        b"\xff",
        b"\xff\xff\xff\xff\xff\xff\xff\xff\xff",
    ] {
        assert_eq!(
            super::search(probe),
            super::search_plain(probe),
            "{probe:?}"
        );
    }
    assert_eq!(super::search(&[b'a'; 300]), None);
}
