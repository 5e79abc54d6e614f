//! Grammar that no edited English contains, left when MT maps a source
//! construction word by word: an auxiliary followed by the wrong verb form
//! (`be fight`, `did not are`, `will goes`, `has went`), and reporting verbs
//! built like the source's (`informed Xi to speak`, `explained him that`), and
//! calques: constructions copied word by word from the source language
//! (`since three years`, `assisted at the meeting`, `make a photo`), each a
//! curated entry with its own guard.

mod auxiliary;
mod calque_entries;
mod words;

super::family! {
    auxiliary_verb_form => AuxiliaryVerbForm,
    calque => Calque,
    double_subject => DoubleSubject,
    hearsay_conditional => HearsayConditional,
    impossible_sequence => ImpossibleSequence,
    learner_calque => LearnerCalque,
    mass_noun_plural => MassNounPlural,
    narrative_present => NarrativePresent,
    negative_inversion => NegativeInversion,
    ongoing_present => OngoingPresent,
    pronoun_antecedent => PronounAntecedent,
    reporting_verb => ReportingVerb,
    since_present => SincePresent,
    subject_verb_agreement => SubjectVerbAgreement,
    tense_after_auxiliary => TenseAfterAuxiliary,
}

#[cfg(test)]
mod tests;
