//! Punctuation and typography: doubled or conflicting marks, quotes facing the
//! wrong way, spaces before marks and inside brackets, sentences glued together,
//! and quotation marks of other languages.

mod doubled_punctuation;
mod foreign_quotes;
mod glued_quote;
mod marks;
mod missing_space_after_sentence;
mod space_before_punctuation;
mod space_inside_delimiters;
mod spaced_double_dot;
mod stray_period;
mod tex_quotes;
mod unclosed_appositive;
mod wrong_way_quote;

pub use doubled_punctuation::DoubledPunctuation;
pub use foreign_quotes::ForeignQuotes;
pub use glued_quote::GluedQuote;
pub use missing_space_after_sentence::MissingSpaceAfterSentence;
pub use space_before_punctuation::SpaceBeforePunctuation;
pub use space_inside_delimiters::SpaceInsideDelimiters;
pub use spaced_double_dot::SpacedDoubleDot;
pub use stray_period::StrayPeriod;
pub use tex_quotes::TexQuotes;
pub use unclosed_appositive::UnclosedAppositive;
pub use wrong_way_quote::WrongWayQuote;

#[cfg(test)]
mod tests;
