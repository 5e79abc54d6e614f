//! Repetition: words typed twice.

super::family! {
    duplicated_word => DuplicatedWord,
}

#[cfg(test)]
mod tests;
