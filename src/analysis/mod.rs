//! What the rules read: a [`Document`](document::Document) built once per
//! scan over the text layer (words with their spans, sentences, protected
//! zones, markup), with the word lexicon, the name data and the words each
//! enabled rule visits.

pub(crate) mod document;
pub(crate) mod first_names;
pub(crate) mod lexicon;
pub(crate) mod markup;
pub(crate) mod names;
pub(crate) mod word_index;
pub(crate) mod wordlex;
