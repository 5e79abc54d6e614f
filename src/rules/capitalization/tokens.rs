//! Token helpers shared by the capitalization rules: where a token ends, the
//! next token, whether a word is all capitals or lower case, sentence starts.

/// A token: a run of ASCII letters (with inner apostrophes and hyphens).
pub(super) fn token_at(bytes: &[u8], i: usize) -> usize {
    let mut e = i;
    while e < bytes.len()
        && (bytes[e].is_ascii_alphabetic()
            || (matches!(bytes[e], b'\'' | b'-')
                && e > i
                && bytes.get(e + 1).is_some_and(u8::is_ascii_alphabetic)))
    {
        e += 1;
    }
    e
}

pub(super) fn is_all_caps(w: &str) -> bool {
    w.len() >= 2
        && w.bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'-' || b == b'\'')
        && w.bytes().any(|b| b.is_ascii_uppercase())
}

pub(super) fn is_lower_word(w: &str) -> bool {
    w.len() >= 2
        && w.bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'\'')
}

/// The next token after byte `i`, skipping one run of spaces: (start, end).
pub(super) fn next_token(text: &str, i: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut s = i;
    while s < bytes.len() && bytes[s] == b' ' {
        s += 1;
    }
    if s == i || s >= bytes.len() || !bytes[s].is_ascii_alphabetic() {
        return None;
    }
    Some((s, token_at(bytes, s)))
}

/// Whether a sentence starts at `i`: after `. ! ? :` or a line start and spaces,
/// optionally an opening quotation mark; the very start of the text does not
/// count, so findings do not depend on what precedes a text.
pub(super) fn sentence_start(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches([' ', '\t', '“', '"', '‘']);
    before.ends_with(['.', '!', '?', '\n', ':']) || (before.is_empty() && i == 0)
}

/// Whether a line is written in title case: at least 70% of its two or more
/// content words capitalised (a headline, a menu, a title).
pub(super) fn is_title_case(text: &str, line: std::ops::Range<usize>) -> bool {
    let (mut content, mut capitalised) = (0usize, 0usize);
    for word in text[line].split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() {
            continue;
        }
        let lower = word.to_lowercase();
        if super::capital_after_name::FUNCTION_WORDS
            .binary_search(&lower.as_str())
            .is_ok()
        {
            continue;
        }
        content += 1;
        if word.chars().next().is_some_and(char::is_uppercase) {
            capitalised += 1;
        }
    }
    content >= 2 && capitalised * 10 >= content * 7
}
