//! Repetition: words typed twice.

mod duplicated_word;

pub use duplicated_word::DuplicatedWord;

#[cfg(test)]
mod tests;
pub(crate) use duplicated_word::NEVER_DOUBLED;
