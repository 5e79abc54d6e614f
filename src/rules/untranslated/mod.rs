//! Untranslated fragments: text a translation left in its source language's script or
//! punctuation (`，` and `。` in an English sentence).

mod cjk_punctuation;
mod foreign_script;

pub use cjk_punctuation::CjkPunctuation;
pub use foreign_script::ForeignScript;
