//! Helpers shared by the punctuation rules: the curly double quotes and the
//! tests for letters and spaced dots around a period.

use crate::text::{skip_hspace, skip_hspace_back};

pub(super) const OPEN_DQ: char = '“';
pub(super) const CLOSE_DQ: char = '”';

/// The number of ASCII letters just before byte `i`.
pub(super) fn letters_before(bytes: &[u8], i: usize) -> usize {
    bytes[..i]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count()
}

/// Whether a spaced `.` follows at `at` (`. .` continuing into an ellipsis).
pub(super) fn spaced_dot_after(text: &str, at: usize) -> bool {
    let k = skip_hspace(text, at);
    k > at && text.as_bytes().get(k) == Some(&b'.')
}

/// Whether the period at `i` is itself preceded by `. ` (the middle of `. . .`).
pub(super) fn preceded_by_spaced_dot(text: &str, i: usize) -> bool {
    let k = skip_hspace_back(text, i);
    k < i && k > 0 && text.as_bytes()[k - 1] == b'.'
}
