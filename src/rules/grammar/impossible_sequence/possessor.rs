//! The possessor shape of `grammar/impossible-sequence`: `who` after a
//! thing that a person owns (`mocked the mayor's speech, who said…`). The
//! Romance languages name the owner last (`el discurso del alcalde, quien
//! dijo`, `o discurso do prefeito, que disse`), so their relative follows the
//! person; MT moves the owner before the noun as a possessive and leaves
//! `who` after a speech, a letter or a visit, which `who` cannot stand
//! for.
//!
//! Read at `who` after a comma, a noun of saying or of an event (a closed
//! list: no person, team or office, which English may call `who`), and a
//! possessive `'s` before that noun.

use crate::analysis::document::{word_in, Document};
use crate::finding::Finding;
use crate::text::concat;

use super::SEQUENCE;

/// Nouns of what a person says or writes, and of what happens to a person,
/// that `who` never stands for, sorted. (Not `office`, `campaign`, `team`
/// or `account`, which English lets stand for the people behind them.)
const THINGS: &[&str] = &[
    "announcement",
    "answer",
    "arrest",
    "arrival",
    "article",
    "book",
    "claim",
    "comments",
    "complaint",
    "criticism",
    "death",
    "decision",
    "defeat",
    "interview",
    "letter",
    "message",
    "post",
    "promise",
    "proposal",
    "remark",
    "remarks",
    "reply",
    "request",
    "resignation",
    "response",
    "speech",
    "statement",
    "threat",
    "tweet",
    "victory",
    "video",
    "visit",
    "warning",
    "words",
];

/// `the mayor's speech, who said`: see the module documentation; `k` is
/// `who`. No fix: the sentence needs the person before `who`.
pub(super) fn who_after_possession(doc: &Document<'_>, k: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let noun = k.checked_sub(1)?;
    let (ns, ne) = words[noun];
    let (ws, we) = words[k];
    if &text[ne..ws] != ", " {
        return None;
    }
    let thing = word_in(text, words, noun);
    if THINGS.binary_search(&thing).is_err() {
        return None;
    }
    // the owner's `'s` just before the noun (`the mayor's speech`, `mayor’s`)
    let before = &text[..ns];
    let owner = before
        .strip_suffix("s ")
        .is_some_and(|b| b.ends_with('\'') || b.ends_with('’'));
    if !owner {
        return None;
    }
    let start = text[..ns - 1]
        .rfind(' ')
        .map_or(0, |space| space + 1);
    Some(SEQUENCE.finding(
        start..we,
        concat(&[
            "`",
            &text[start..we],
            "`: `who` stands for a person, not for the ",
            thing,
            " (the person is only its owner here); name the person before `who`",
        ]),
    ))
}
