//! Punctuation and typography: doubled or conflicting marks, quotes facing the
//! wrong way, spaces before marks and inside brackets, sentences glued together,
//! and quotation marks of other languages.

mod marks;

super::family! {
    bracketed_title => BracketedTitle,
    dialogue_dash => DialogueDash,
    doubled_punctuation => DoubledPunctuation,
    ellipsis_separator => EllipsisSeparator,
    emphasis_quotes => EmphasisQuotes,
    foreign_quotes => ForeignQuotes,
    glued_quote => GluedQuote,
    glued_words => GluedWords,
    mark_outside_quote => MarkOutsideQuote,
    missing_space_after_sentence => MissingSpaceAfterSentence,
    space_before_punctuation => SpaceBeforePunctuation,
    space_in_compound => SpaceInCompound,
    space_inside_delimiters => SpaceInsideDelimiters,
    split_name => SplitName,
    stray_mark => StrayMark,
    spaced_double_dot => SpacedDoubleDot,
    stray_period => StrayPeriod,
    tex_quotes => TexQuotes,
    unbalanced_delimiter => UnbalancedDelimiter,
    unclosed_appositive => UnclosedAppositive,
    wrong_way_quote => WrongWayQuote,
}

#[cfg(test)]
mod tests;
