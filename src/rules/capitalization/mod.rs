//! Capitalization: an all-caps article before a name in mixed-case prose
//! (`THE BBC`), and a capitalised function word in the middle of a sentence
//! (`long rumor The visit`), the trace of a lost sentence break or garbled order.

mod tokens;

super::family! {
    all_caps_article => AllCapsArticle,
    capital_after_name => CapitalAfterName,
    lowercase_name => LowercaseName,
    mixed_case_phrase => MixedCasePhrase,
    stray_capital => StrayCapital,
}

#[cfg(test)]
mod tests;
