//! Compiles the word lexicon (`data/lexicon/words.tsv` with
//! `data/lexicon/overrides.tsv` applied) into the compact table
//! `src/analysis/wordlex/mod.rs` reads: `$OUT_DIR/wordlex.bin`; and reads the
//! needles of each calque entry of `data/calques.tsv` into
//! `$OUT_DIR/calque_needles.rs` (see [`calque_needles`]).
//!
//! Layout (little-endian; the reader in `src/analysis/wordlex/mod.rs` documents the same):
//! - `u32` word count, `u32` block count, `u32` tag-set count;
//! - the tag sets, `u32` bits each, most frequent first;
//! - the blocks' offsets, `u32` each, from the start of the entries;
//! - the entries, sorted by bytes, in blocks of [`BLOCK`]: each entry is the
//!   length of the prefix it shares with the entry before it in its block (`u8`,
//!   0 for a block's first word), the length of the rest (`u8`), the rest, and
//!   the index of its tag set (one byte below 128, else two: low 7 bits with
//!   the high bit set, then the remaining bits).

use std::collections::HashMap;
use std::path::Path;

#[path = "src/analysis/wordlex/codes.rs"]
#[allow(dead_code)]
mod codes;
#[path = "src/rules/grammar/calque_entries/literals.rs"]
mod literals;
#[path = "src/analysis/wordlex/source.rs"]
mod source;

/// Words a block holds: a lookup binary-searches the blocks' first words, then
/// reads at most this many entries.
const BLOCK: usize = 16;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/analysis/wordlex/codes.rs");
    println!("cargo:rerun-if-changed=src/analysis/wordlex/source.rs");
    println!("cargo:rerun-if-changed=data/lexicon/words.tsv");
    println!("cargo:rerun-if-changed=data/lexicon/overrides.tsv");
    println!("cargo:rerun-if-changed=src/rules/grammar/calque_entries/literals.rs");
    println!("cargo:rerun-if-changed=data/calques.tsv");
    calque_needles();

    let words_text = std::fs::read_to_string("data/lexicon/words.tsv")
        .expect("cannot read data/lexicon/words.tsv");
    let overrides_text = std::fs::read_to_string("data/lexicon/overrides.tsv")
        .expect("cannot read data/lexicon/overrides.tsv");
    let mut words = source::parse_words(&words_text).unwrap_or_else(|e| panic!("{e}"));
    source::apply_overrides(&mut words, &overrides_text).unwrap_or_else(|e| panic!("{e}"));

    // Tag sets, most frequent first so that most entries index them in one byte.
    let mut counts: HashMap<u32, usize> = HashMap::new();
    for &bits in words.values() {
        *counts.entry(bits).or_default() += 1;
    }
    let mut sets: Vec<(u32, usize)> = counts.into_iter().collect();
    sets.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    assert!(sets.len() < 1 << 15, "too many tag sets for two bytes");
    let index_of: HashMap<u32, usize> =
        sets.iter().enumerate().map(|(i, &(b, _))| (b, i)).collect();

    let mut offsets = Vec::new();
    let mut entries = Vec::new();
    let mut previous: &[u8] = &[];
    for (i, (word, bits)) in words.iter().enumerate() {
        let word = word.as_bytes();
        let shared = if i % BLOCK == 0 {
            offsets.push(entries.len() as u32);
            0
        } else {
            previous
                .iter()
                .zip(word)
                .take_while(|(a, b)| a == b)
                .count()
        };
        let rest = &word[shared..];
        entries.push(shared as u8);
        entries.push(rest.len() as u8);
        entries.extend_from_slice(rest);
        let index = index_of[bits];
        if index < 0x80 {
            entries.push(index as u8);
        } else {
            entries.push((index & 0x7f) as u8 | 0x80);
            entries.push((index >> 7) as u8);
        }
        previous = word;
    }

    let mut table = Vec::new();
    for n in [words.len(), offsets.len(), sets.len()] {
        table.extend_from_slice(&(n as u32).to_le_bytes());
    }
    for &(bits, _) in &sets {
        table.extend_from_slice(&bits.to_le_bytes());
    }
    for offset in offsets {
        table.extend_from_slice(&offset.to_le_bytes());
    }
    table.extend_from_slice(&entries);

    let out = std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    std::fs::write(Path::new(&out).join("wordlex.bin"), table).expect("cannot write the table");
}

/// Each line of `data/calques.tsv` as the slice `literals::literals_of` gives
/// its pattern (`None` for a line that is no entry), indexed by line number
/// from 1: `$OUT_DIR/calque_needles.rs`, read by
/// `src/rules/grammar/calque_entries.rs` (reading them from the patterns'
/// syntax there cost ~0.3M instructions an entry, on every run).
fn calque_needles() {
    let data = std::fs::read_to_string("data/calques.tsv").expect("cannot read data/calques.tsv");
    let mut out = String::from("&[\n    None,\n");
    for line in data.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let entry = !line.trim().is_empty() && !line.starts_with('#') && cols.len() == 6;
        let set = entry
            .then(|| {
                let keys: Vec<&str> = cols[2].split(',').collect();
                literals::literals_of(&literals::ascii_classes(cols[3]), &keys)
            })
            .flatten();
        match set {
            Some(set) => {
                let each: Vec<String> = set
                    .iter()
                    .map(|s| format!("b\"{}\" as &[u8]", s.escape_ascii()))
                    .collect();
                out.push_str(&format!("    Some(&[{}]),\n", each.join(", ")));
            }
            None => out.push_str("    None,\n"),
        }
    }
    out.push(']');
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("calque_needles.rs");
    std::fs::write(dest, out).expect("cannot write calque_needles.rs");
}
