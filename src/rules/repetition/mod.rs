//! Repetition: words, runs of words and lines typed twice.

super::family! {
    doubled_attribution => DoubledAttribution,
    duplicated_word => DuplicatedWord,
    echo_in_brackets => EchoInBrackets,
    repeated_line => RepeatedLine,
    repeated_sequence => RepeatedSequence,
    stem_echo => StemEcho,
}

#[cfg(test)]
mod tests;
