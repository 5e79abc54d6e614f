//! Repetition: words, runs of words and lines typed twice.

super::family! {
    duplicated_word => DuplicatedWord,
    echo_in_brackets => EchoInBrackets,
    repeated_line => RepeatedLine,
    repeated_sequence => RepeatedSequence,
    stem_echo => StemEcho,
}

#[cfg(test)]
mod tests;
