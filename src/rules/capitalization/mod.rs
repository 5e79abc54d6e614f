//! Capitalization: an all-caps article before a name in mixed-case prose
//! (`THE BBC`), and a capitalised function word in the middle of a sentence
//! (`long rumor The visit`), the trace of a lost sentence break or garbled order.

mod tokens;

super::family! {
    all_caps_article => AllCapsArticle,
    all_caps_name => AllCapsName,
    capital_after_name => CapitalAfterName,
    lowercase_brand => LowercaseBrand,
    lowercase_name => LowercaseName,
    mixed_case_institution => MixedCaseInstitution,
    mixed_case_phrase => MixedCasePhrase,
    lowercase_sentence_start => LowercaseSentenceStart,
    stray_capital => StrayCapital,
}

/// The sentence starts that lost their capital, which `punctuation/stray-period` leaves alone.
pub(crate) use lowercase_sentence_start::lost_capitals;

#[cfg(test)]
mod tests;
