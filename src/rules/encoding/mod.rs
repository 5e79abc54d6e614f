//! Encoding and character-level leftovers: mojibake, HTML entities, invisible
//! characters, replacement characters, and Latin words with Cyrillic or Greek
//! look-alike letters.

mod cp1252;
mod html_entity;
mod invisible_character;
mod mixed_script;
mod mojibake;
mod replacement_character;

pub use html_entity::HtmlEntity;
pub use invisible_character::InvisibleCharacter;
pub use mixed_script::MixedScript;
pub use mojibake::Mojibake;
pub use replacement_character::ReplacementCharacter;

#[cfg(test)]
mod tests;
