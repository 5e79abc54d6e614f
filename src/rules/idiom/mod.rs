//! Idioms: a possessive idiom whose possessive does not agree with its subject
//! (`whose representatives … roll your eyes`), the generic "you" of a source
//! language's impersonal construction.

super::family! {
    wrong_person => WrongPerson,
}
