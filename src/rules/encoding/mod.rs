//! Encoding and character-level leftovers: mojibake, HTML entities, invisible
//! characters, replacement characters, and Latin words with Cyrillic or Greek
//! look-alike letters.

mod cp1252;

super::family! {
    html_entity => HtmlEntity,
    invisible_character => InvisibleCharacter,
    mixed_script => MixedScript,
    mojibake => Mojibake,
    replacement_character => ReplacementCharacter,
}

#[cfg(test)]
mod tests;
