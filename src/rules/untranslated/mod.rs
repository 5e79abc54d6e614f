//! Untranslated fragments: text a translation left in its source language's script or
//! punctuation (`，` and `。` in an English sentence).

use crate::analysis::document::Document;
use std::ops::Range;

super::family! {
    cjk_punctuation => CjkPunctuation,
    foreign_script => ForeignScript,
    source_acronym => SourceAcronym,
    source_function_word => SourceFunctionWord,
    source_hashtag => SourceHashtag,
    source_phrase => SourcePhrase,
    source_spelled_prefix => SourceSpelledPrefix,
    transliterated_word => TransliteratedWord,
}

/// Whether the line around a position is English enough for a foreign mark or
/// word in it to stand out (three words of two or more ASCII letters), with
/// the last line asked about kept, since the marks come in text order.
#[derive(Default)]
struct EnglishLines {
    last: Option<(Range<usize>, bool)>,
}

impl EnglishLines {
    fn at(&mut self, doc: &Document<'_>, i: usize) -> bool {
        match &self.last {
            Some((range, ok)) if range.contains(&i) => *ok,
            _ => {
                let range = doc.line_at(i);
                let ok = latin_words(&doc.text()[range.clone()]) >= 3;
                self.last = Some((range, ok));
                ok
            }
        }
    }
}

/// The words of two or more ASCII letters in `line`.
fn latin_words(line: &str) -> usize {
    line.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
        .count()
}
