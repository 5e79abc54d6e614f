//! Repetition: words typed twice.

mod duplicated_word;

pub use duplicated_word::DuplicatedWord;

#[cfg(test)]
mod tests;
