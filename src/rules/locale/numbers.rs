//! Helpers shared by the number rules: where a number starts, its digits, the
//! word after it.

/// Whether the byte before `i` leaves `i` free to start a number (not a digit,
/// letter, `.`, `,` or currency-free symbol glued to another number).
pub(super) fn number_starts_at(bytes: &[u8], i: usize) -> bool {
    i == 0
        || !(bytes[i - 1].is_ascii_alphanumeric()
            || matches!(bytes[i - 1], b'.' | b',' | b'-' | b'_' | b'/' | b':'))
}

/// The length of the run of ASCII digits at `i`.
pub(super) fn digits_at(bytes: &[u8], i: usize) -> usize {
    bytes[i.min(bytes.len())..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count()
}

/// The word at byte `i` (ASCII letters only), or "".
pub(super) fn ascii_word_at(text: &str, i: usize) -> &str {
    let bytes = text.as_bytes();
    let n = bytes[i.min(bytes.len())..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    &text[i..i + n]
}
