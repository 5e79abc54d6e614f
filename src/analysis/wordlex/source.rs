//! Reading the lexicon's text: `data/lexicon/words.tsv` (generated) and
//! `data/lexicon/overrides.tsv` (hand-kept). Shared by the build script, which
//! compiles the result into the table, and the tests, which check the table
//! against it; it uses nothing but [`super::codes`].

use std::collections::BTreeMap;

use super::codes::{code_bit, CODES};

/// Every word of `words.tsv` with its tag bits, in byte order.
pub fn parse_words(text: &str) -> Result<BTreeMap<String, u32>, String> {
    let mut words = BTreeMap::new();
    let mut previous: Option<&str> = None;
    for (number, line) in numbered_lines(text) {
        let (word, codes) = line
            .split_once('\t')
            .ok_or_else(|| format!("words.tsv:{number}: no TAB"))?;
        check_word(word).map_err(|e| format!("words.tsv:{number}: {e}"))?;
        if previous.is_some_and(|p| p >= word) {
            return Err(format!(
                "words.tsv:{number}: {word:?} out of order or repeated"
            ));
        }
        previous = Some(word);
        let mut bits = 0;
        if codes != "-" {
            for name in codes.split(' ') {
                bits |= code_bit(name)
                    .ok_or_else(|| format!("words.tsv:{number}: unknown code {name:?}"))?;
            }
        }
        words.insert(word.to_string(), bits);
    }
    Ok(words)
}

/// Applies `overrides.tsv` to `words`: on each line a word, a TAB, and changes
/// separated by spaces: `+code` adds a code, `-code` removes it, `-n.*` removes
/// every code starting with `n.`; a word not in `words` is added. `#` starts a
/// comment.
pub fn apply_overrides(words: &mut BTreeMap<String, u32>, text: &str) -> Result<(), String> {
    for (number, line) in numbered_lines(text) {
        let (word, changes) = line
            .split_once('\t')
            .ok_or_else(|| format!("overrides.tsv:{number}: no TAB"))?;
        check_word(word).map_err(|e| format!("overrides.tsv:{number}: {e}"))?;
        let changes = changes.split('#').next().unwrap_or("");
        let bits = words.entry(word.to_string()).or_insert(0);
        let mut any = false;
        for change in changes.split_whitespace() {
            any = true;
            let (sign, name) = change.split_at(1);
            let mask = if let Some(group) = name.strip_suffix('*') {
                CODES
                    .iter()
                    .filter(|(n, _)| n.starts_with(group))
                    .fold(0, |m, &(_, bit)| m | bit)
            } else {
                code_bit(name).unwrap_or(0)
            };
            if mask == 0 {
                return Err(format!("overrides.tsv:{number}: unknown code {name:?}"));
            }
            match sign {
                "+" => *bits |= mask,
                "-" => *bits &= !mask,
                _ => return Err(format!("overrides.tsv:{number}: {change:?} needs + or -")),
            }
        }
        if !any {
            return Err(format!("overrides.tsv:{number}: no change for {word:?}"));
        }
    }
    Ok(())
}

/// The lines that are not blank or comments, numbered from 1.
fn numbered_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line))
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
}

/// A word the table can hold: not empty, at most 255 bytes, no space or control.
fn check_word(word: &str) -> Result<(), String> {
    if word.is_empty() || word.len() > 255 {
        return Err(format!("word of {} bytes", word.len()));
    }
    if word.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("{word:?} holds a space or a control character"));
    }
    Ok(())
}
