//! Names: publication and place names glued together (`FinancialTimes`), outlets
//! with the wrong article (`said FT that`, `the Reuters said`), family-name-first
//! names cut in half (`his call with Gang` for Qin Gang), and one name spelled
//! two ways in a text.

super::family! {
    diacritics_variant => DiacriticsVariant,
    doubled_agency_name => DoubledAgencyName,
    dropped_letters => DroppedLetters,
    given_name_reference => GivenNameReference,
    glued_name => GluedName,
    mou_placeholder => MouPlaceholder,
    name_consistency => NameConsistency,
    name_order => NameOrder,
    outlet_article => OutletArticle,
    split_place_name => SplitPlaceName,
    translated_outlet => TranslatedOutlet,
    translated_surname => TranslatedSurname,
    transliteration_variant => TransliterationVariant,
}

#[cfg(test)]
mod tests;
