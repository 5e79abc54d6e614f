//! Untranslated fragments: text a translation left in its source language's script or
//! punctuation (`，` and `。` in an English sentence).

mod cjk_punctuation;

pub use cjk_punctuation::CjkPunctuation;
