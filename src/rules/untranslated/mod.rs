//! Untranslated fragments: text a translation left in its source language's script or
//! punctuation (`，` and `。` in an English sentence).

super::family! {
    cjk_punctuation => CjkPunctuation,
    foreign_script => ForeignScript,
    source_function_word => SourceFunctionWord,
}
