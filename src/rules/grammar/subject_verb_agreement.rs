//! The `grammar/subject-verb-agreement` rule: a verb that disagrees with the
//! subject just before it (`The minister have said`, `The talks was held`,
//! `they also attaches`, `this type of incidents`, `a number of people was`).

use super::words::{
    base_of_third, is_lower, is_plural_only_noun, is_singular_only_noun, pronoun_not_subject_after,
    singular_of, subjunctive_before, tags, third_of,
};
use crate::analysis::document::{joined_in, word_in, Document};
use crate::analysis::lexicon::lexicon;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::concat;

/// A verb that disagrees with the subject just before it.
pub struct SubjectVerbAgreement;

static AGREE: RuleMeta = RuleMeta {
    id: "grammar/subject-verb-agreement",
    category: Category::Grammar,
    severity: Severity::Error,
    triggers: crate::Triggers::words(trigger_words),
    default_enabled: true,
    summary: "a verb that disagrees with the subject just before it (`The minister have said`, `The talks was held`, `they also attaches`, `this type of incidents`)",
    flags: &[
        Example { text: "The minister have said so.", fixed: "The minister has said so." },
        Example { text: "The talks was held in June.", fixed: "The talks were held in June." },
        Example { text: "The governments is expected to sign.", fixed: "The governments are expected to sign." },
        Example { text: "They also attaches great weight to it.", fixed: "They also attach great weight to it." },
        Example { text: "He say the vote was fair.", fixed: "He says the vote was fair." },
        Example { text: "We was late.", fixed: "We were late." },
        Example { text: "This type of incidents is rare.", fixed: "This type of incident is rare." },
        Example { text: "A number of roads was closed.", fixed: "A number of roads were closed." },
        Example { text: "She don't know.", fixed: "She doesn't know." },
    ],
    passes: &[
        "The talks were held; the senator's will was read; the data is clear.",
        "The police have left and the team are happy; the rest are at home.",
        "One of the reasons is cost; the price of the goods is high.",
        "If the minister were here, he would say so; as it were, we wait.",
        "Does he know? Let it go; he put it down; she read it.",
        "The rich are richer; the injured were treated; a dozen were there.",
        "The number of cases is rising and a number of people were hurt.",
        "This kind of data is new; this kind of sports car is fast.",
        "We parents worry; Vice Premier He said so; World War I was long.",
        "Yes…we fans all have tickets; we cooks both know it.",
    ],
};

/// The words that open a candidate: the forms of `be` and `have` (a
/// determiner or possessive and a noun before), subject pronouns, and the
/// heads of `a number of` and `this type of`.
fn trigger_words() -> Vec<&'static str> {
    let mut words = vec!["i", "number", "he", "she", "it", "they", "we"];
    words.extend(BE_OR_HAVE);
    words.extend(TYPE_NOUNS);
    words
}

/// The forms of `be` and `have` whose number the rule checks after a noun
/// (found from the verb back: they are rarer than determiners).
const BE_OR_HAVE: [&str; 6] = ["are", "has", "have", "is", "was", "were"];

/// Determiners of a singular noun.
const SINGULAR_DETERMINERS: [&str; 6] = ["a", "an", "another", "each", "every", "this"];
/// Determiners of a plural noun.
const PLURAL_DETERMINERS: [&str; 6] = ["both", "many", "several", "these", "those", "various"];
/// `this type of`, `this kind of`, `this sort of`.
const TYPE_NOUNS: [&str; 3] = ["kind", "sort", "type"];
/// Adverbs that may stand between a pronoun and its verb (`they also attach`).
const ADVERBS: &[&str] = &[
    "actually", "already", "also", "always", "certainly", "even", "frequently", "generally",
    "just", "mostly", "never", "normally", "often", "only", "rarely", "really", "regularly",
    "seldom", "sometimes", "still", "usually",
];
/// Base forms that follow a subject pronoun in correct English (`he need not`,
/// `she dare not`, `he better`).
const NOT_AFTER_PRONOUN: &[&str] = &["better", "dare", "kind", "need", "rather", "sort", "used"];

/// Words after which a determiner opens a clause.
const CLAUSE_OPENERS: &[&str] = &[
    "after", "although", "because", "before", "but", "if", "once", "said", "says", "since", "so",
    "that", "though", "unless", "until", "when", "whereas", "whether", "while",
];

/// The number a form of `be` or `have` agrees with.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Number {
    Singular,
    Plural,
}

/// `is`, `was`, `has` (singular) or `are`, `were`, `have` (plural), with the
/// form of the other number.
fn be_or_have(verb: &str) -> Option<(Number, &'static str)> {
    Some(match verb {
        "is" => (Number::Singular, "are"),
        "was" => (Number::Singular, "were"),
        "has" => (Number::Singular, "have"),
        "are" => (Number::Plural, "is"),
        "were" => (Number::Plural, "was"),
        "have" => (Number::Plural, "has"),
        _ => return None,
    })
}

impl Rule for SubjectVerbAgreement {
    fn meta(&self) -> &'static RuleMeta {
        &AGREE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let c = Context {
            text: doc.text(),
            words: doc.words(),
        };
        for k in doc.trigger_words(AGREE.id) {
            let w = c.word(k);
            let lower = |s: &str| w.eq_ignore_ascii_case(s);
            // (`IT`, `HE` in capitals are an acronym or a heading)
            let pronoun = ["he", "she", "it", "they", "we"].iter().any(|p| lower(p))
                && w.bytes().skip(1).all(|b| b.is_ascii_lowercase());
            let finding = if pronoun || w == "I" {
                c.pronoun_verb(k)
            } else if BE_OR_HAVE.contains(&w) {
                c.subject_before(k)
            } else if w == "number" {
                c.number_of(k)
            } else if TYPE_NOUNS.contains(&w) {
                c.type_of_plural(k)
            } else {
                None
            };
            if let Some(f) = finding.filter(|f| !doc.is_protected(f.span.clone())) {
                out.push(f);
            }
        }
    }
}

/// The text and its words, read by each shape of the rule.
struct Context<'t> {
    text: &'t str,
    words: &'t [(usize, usize)],
}

impl<'t> Context<'t> {
    fn word(&self, k: usize) -> &'t str {
        word_in(self.text, self.words, k)
    }

    /// Whether word `k` and the next are one space apart.
    fn joined(&self, k: usize) -> bool {
        joined_in(self.text, self.words, k)
    }

    /// The word before `k` when joined to it.
    fn prev(&self, k: usize) -> Option<&'t str> {
        (k > 0 && self.joined(k - 1)).then(|| self.word(k - 1))
    }

    /// The word after `k` when joined to it.
    fn next(&self, k: usize) -> Option<&'t str> {
        self.joined(k).then(|| self.word(k + 1))
    }

    fn span(&self, k: usize) -> std::ops::Range<usize> {
        self.words[k].0..self.words[k].1
    }

    /// A finding from word `from` to the verb `v`, whose fix puts `fix` for it.
    fn finding(&self, from: usize, v: usize, message: String, fix: &str) -> Finding {
        AGREE
            .finding(self.words[from].0..self.words[v].1, message)
            .with_fix(Fix::unsafe_fix(Edit::new(self.span(v), fix.to_string())))
    }

    /// The verb `v` (a form of `be` or `have`) after a determiner or a
    /// possessive `s` and a noun.
    fn subject_before(&self, v: usize) -> Option<Finding> {
        if v < 2 || !self.joined(v - 1) || !self.joined(v - 2) {
            return None;
        }
        let before = self.word(v - 2);
        if before == "s" {
            return self.possessive_noun_verb(v - 2);
        }
        let det = SINGULAR_DETERMINERS
            .iter()
            .chain(&PLURAL_DETERMINERS)
            .chain(&["the"])
            .find(|d| before.eq_ignore_ascii_case(d))?;
        self.determiner_noun_verb(v - 2, det)
    }

    /// A determiner (word `k`, `det` in lower case), a noun and a form of `be`
    /// or `have` of the other number: `The minister have`, `The talks was`.
    fn determiner_noun_verb(&self, k: usize, det: &str) -> Option<Finding> {
        // (most determiners are followed by no form of `be` or `have` two
        // words on: that test first)
        if !self.joined(k) || self.next(k + 1).and_then(be_or_have).is_none() {
            return None;
        }
        if !self.opens_clause(k) {
            return None;
        }
        self.noun_verb(k, k + 1, det)
    }

    /// Whether word `k` opens a clause: the first of its phrase, or after a
    /// conjunction or a verb of saying (`said the minister have`); not after
    /// a verb or a preposition whose object it is (`cross the border are`),
    /// nor in a list (`the children and the dog were`).
    fn opens_clause(&self, k: usize) -> bool {
        match self.prev(k) {
            None => true,
            Some(prev) => CLAUSE_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(prev)),
        }
    }

    /// `the minister's aide have`: a possessive `'s`, a noun and a verb.
    fn possessive_noun_verb(&self, k: usize) -> Option<Finding> {
        let b = self.text.as_bytes();
        let start = self.words[k].0;
        let apostrophe = self.text[..start].ends_with('\'') || self.text[..start].ends_with('’');
        if !apostrophe || k == 0 || self.words[k - 1].1 + 1 > start || b[self.words[k - 1].1] == b' '
        {
            return None;
        }
        let possessor = self.word(k - 1);
        if !self.joined(k) || matches!(possessor, "one" | "other") {
            return None;
        }
        // the possessor's phrase opens the clause (`The firm's head have`)
        let mut from = k - 1;
        if from > 0 && self.joined(from - 1) && tags(self.word(from - 1)).is_some_and(|t| t.is_determiner()) {
            from -= 1;
        }
        if !self.opens_clause(from) {
            return None;
        }
        self.noun_verb(from, k + 1, "")
    }

    /// The noun at `n` and the verb after it, the subject starting at word
    /// `from`, after the determiner `det` (empty after a possessive).
    fn noun_verb(&self, from: usize, n: usize, det: &str) -> Option<Finding> {
        let noun = self.word(n);
        let verb = self.next(n)?;
        let (number, other) = be_or_have(verb)?;
        if !is_lower(noun) {
            return None;
        }
        let v = n + 1;
        // a question (`which country are you from`) puts the subject after
        let inverted = self.next(v).is_some_and(|p| {
            matches!(p, "I" | "you" | "he" | "she" | "it" | "we" | "they" | "there")
        });
        if inverted {
            return None;
        }
        let agrees = match number {
            Number::Plural => {
                PLURAL_DETERMINERS.contains(&det)
                    || !is_singular_only_noun(noun)
                    || (verb == "were" && (self.next(v) == Some("to") || subjunctive_before(self.text, self.words, from)))
                    || (verb == "have" && (self.prev(from).and_then(tags).is_some_and(|t| t.is_verb() && !t.is_auxiliary()) || subjunctive_before(self.text, self.words, from)))
            }
            Number::Singular => SINGULAR_DETERMINERS.contains(&det) || !is_plural_only_noun(noun),
        };
        if agrees {
            return None;
        }
        let which = if number == Number::Plural { "a singular" } else { "a plural" };
        Some(self.finding(
            from,
            v,
            concat(&["`", noun, " ", verb, "`: ", which, " subject takes `", other, "`"]),
            other,
        ))
    }

    /// A subject pronoun (word `k`), perhaps an adverb, and a verb of the
    /// wrong person or number: `he say`, `they also attaches`, `we was`.
    fn pronoun_verb(&self, k: usize) -> Option<Finding> {
        let pronoun = self.word(k);
        let third = ["he", "she", "it"]
            .iter()
            .any(|p| pronoun.eq_ignore_ascii_case(p));
        let mut v = k + 1;
        self.next(k)?;
        if ADVERBS.contains(&self.word(v)) {
            self.next(v)?;
            v += 1;
        }
        let verb = self.word(v);
        // the verb's spelling first: no lookup for most (`he said`, `they are`)
        // and the verb lists: a lexical verb must be a base form they know
        // (after he/she/it) or end like a third person (after they/we/I)
        let lex = lexicon();
        let may_disagree = if third {
            matches!(
                verb,
                "are" | "am" | "were" | "have" | "do" | "aren" | "weren" | "haven" | "don"
            ) || !(verb.ends_with('s') || verb.ends_with("ed"))
                && lex.auxiliary(verb).is_none()
                && (lex.is_bare_verb(verb) || lex.verb(verb).is_some())
        } else {
            matches!(
                verb,
                "is" | "am" | "are" | "was" | "has" | "does" | "isn" | "wasn" | "hasn" | "doesn"
            ) || verb.ends_with('s')
                && !verb.ends_with("ss")
                && !verb.ends_with("us")
                && lex.auxiliary(verb).is_none()
        };
        if !may_disagree || !is_lower(verb) {
            return None;
        }
        let lower = pronoun.to_ascii_lowercase();
        // `didn't he`, `doesn’t it`: a question
        let before = self.text[..self.words[k].0].trim_end_matches(' ');
        if before.ends_with("n't") || before.ends_with("n’t") {
            return None;
        }
        if k > 0 && self.joined(k - 1) {
            let prev = self.word(k - 1);
            if pronoun_not_subject_after(prev)
                || (pronoun == "I" && !is_lower(prev))
                || tags(prev).is_some_and(|t| {
                    (t.is_preposition() && !t.is_conjunction())
                        || (lower == "it" && t.is_verb() && !t.is_conjunction())
                })
            {
                return None;
            }
        }
        let negative = {
            let after = &self.text[self.words[v].1..];
            after.starts_with("'t") || after.starts_with("’t")
        };
        let subjunctive = || subjunctive_before(self.text, self.words, k);
        let were_to = self.next(v) == Some("to");
        let fix: String = match lower.as_str() {
            "he" | "she" | "it" => match verb {
                "are" | "am" => "is".into(),
                "were" if !subjunctive() && !were_to => "was".into(),
                "have" if !subjunctive() => "has".into(),
                "do" if !subjunctive() => "does".into(),
                "aren" if negative => "isn".into(),
                "weren" if negative && !subjunctive() && !were_to => "wasn".into(),
                "haven" if negative => "hasn".into(),
                "don" if negative => "doesn".into(),
                _ if self.is_bare_only(verb) && !subjunctive() => third_of(verb),
                _ => return None,
            },
            "they" | "we" => match verb {
                "is" | "am" => "are".into(),
                "was" => "were".into(),
                "has" => "have".into(),
                "does" => "do".into(),
                "isn" if negative => "aren".into(),
                "wasn" if negative => "weren".into(),
                "hasn" if negative => "haven".into(),
                "doesn" if negative => "don".into(),
                _ if self.is_third_only(v) => base_of_third(verb)?,
                _ => return None,
            },
            _ => match verb {
                "is" | "are" => "am".into(),
                "has" => "have".into(),
                "does" => "do".into(),
                _ if self.is_third_only(v) => base_of_third(verb)?,
                _ => return None,
            },
        };
        Some(self.finding(
            k,
            v,
            concat(&["`", pronoun, " ", verb, "`: the verb takes `", &fix, "` after `", pronoun, "`"]),
            &fix,
        ))
    }

    /// A verb's base form that is nothing else after a pronoun: not a past
    /// (`put`, `read`), an auxiliary, an adjective or an adverb.
    fn is_bare_only(&self, verb: &str) -> bool {
        !NOT_AFTER_PRONOUN.contains(&verb)
            && tags(verb).is_some_and(|t| {
                t.is_verb_base()
                    && !t.is_verb_3sg()
                    && !t.is_past()
                    && !t.is_participle()
                    && !t.is_auxiliary()
                    && !t.is_adjective()
                    && !t.is_adverb()
                    && !t.is_preposition()
                    && !t.is_conjunction()
                    && !t.is_determiner()
                    && !t.is_pronoun()
            })
    }

    /// A third-person verb (word `v`) that is not a base form, and not a plural
    /// noun in apposition (`we parents worry`, `we parents all worry`).
    fn is_third_only(&self, v: usize) -> bool {
        let verb = self.word(v);
        let verb_next = || {
            let quantifier = matches!(self.next(v), Some("all" | "both" | "each"));
            let n = if quantifier { v + 1 } else { v };
            self.next(n).and_then(tags).is_some_and(|n| n.is_verb())
        };
        tags(verb).is_some_and(|t| {
            let apposition = t.is_plural_noun() && verb_next();
            t.is_verb_3sg() && !t.is_verb_base() && !t.is_auxiliary() && !apposition
        })
    }

    /// `this type of incidents`: a singular `type`, `kind` or `sort` (word `k`)
    /// before a plural noun.
    fn type_of_plural(&self, k: usize) -> Option<Finding> {
        let det = self.prev(k)?;
        if !["this", "This", "that", "That"].contains(&det) || self.next(k) != Some("of") {
            return None;
        }
        let noun = self.next(k + 1)?;
        if !is_lower(noun) || !is_plural_only_noun(noun) {
            return None;
        }
        // a plural that modifies the noun after it (`this kind of sports car`)
        let modifier = self.next(k + 2).and_then(tags).is_some_and(|t| {
            t.is_noun() && !t.is_auxiliary() && !t.is_verb_3sg() && !t.is_past()
        });
        if modifier {
            return None;
        }
        let singular = singular_of(noun)?;
        let kind = self.word(k);
        Some(self.finding(
            k - 1,
            k + 2,
            concat(&["`", det, " ", kind, " of` takes a singular noun: `", &singular, "`"]),
            &singular,
        ))
    }

    /// `a number of people was` (takes a plural verb), `the number of cases
    /// are` (takes a singular verb).
    fn number_of(&self, k: usize) -> Option<Finding> {
        let det = self.prev(k)?.to_ascii_lowercase();
        if self.next(k) != Some("of") {
            return None;
        }
        // the noun, perhaps after an adjective (`a number of local shops`)
        let mut n = k + 2;
        self.next(k + 1)?;
        if !is_plural_only_noun(self.word(n)) && tags(self.word(n)).is_some_and(|t| t.is_adjective())
        {
            self.next(n)?;
            n += 1;
        }
        let noun = self.word(n);
        if !is_lower(noun) || !tags(noun).is_some_and(|t| t.is_plural_noun()) {
            return None;
        }
        let verb = self.next(n)?;
        let (number, other) = be_or_have(verb)?;
        let message = match (det.as_str(), number) {
            ("a", Number::Singular) => "`a number of` takes a plural verb: `",
            ("the", Number::Plural) => "`the number of` takes a singular verb: `",
            _ => return None,
        };
        Some(self.finding(k - 1, n + 1, concat(&[message, other, "`"]), other))
    }
}
