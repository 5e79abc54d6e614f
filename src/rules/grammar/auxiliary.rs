//! The check shared by `grammar/auxiliary-verb-form` and
//! `grammar/tense-after-auxiliary`: an auxiliary and the verb form after it.

use crate::analysis::document::Document;
use crate::analysis::lexicon::{lexicon, Auxiliary};
use crate::finding::{Edit, Finding, Fix};
use crate::rules::RuleMeta;
use crate::text::concat;

use super::words::{base_of_past, is_lower, tags};

pub(super) const FINITE: &[&str] = &["am", "are", "did", "does", "has", "is", "was", "were"];
/// Words before a modal that make it a noun (`free will is`, `the can is`).
pub(super) const NOUN_MARKERS: &[&str] = &[
    "a", "free", "good", "her", "his", "ill", "its", "my", "own", "the", "their", "this", "your",
];

/// The words the auxiliary rules visit: the auxiliaries (data/auxiliaries.txt).
pub(super) fn auxiliary_words() -> Vec<&'static str> {
    lexicon().auxiliary_words().collect()
}

/// The -ing form's base, for a fix; a guess from spelling when the verb is unknown.
fn base_for_fix(word: &str) -> String {
    if let Some(b) = lexicon().base_of(word) {
        return b;
    }
    let stem = word.strip_suffix("ing").unwrap_or(word);
    let b = stem.as_bytes();
    if b.len() >= 3
        && b[b.len() - 1] == b[b.len() - 2]
        && !matches!(b[b.len() - 1], b's' | b'l' | b'z')
    {
        return stem[..stem.len() - 1].to_string();
    }
    stem.to_string()
}

/// Whether the modal at word `k` follows a subject (a personal pronoun, `who`,
/// or a capitalised word), and is not an elliptical `everything we can to…`
/// (`do all they could to help`: the verb of `can` is left out) or a noun
/// (`all armed might to`).
fn modal_has_subject(doc: &Document<'_>, k: usize) -> bool {
    let Some(prev) = doc.word_at(k).and_then(|modal| modal.prev()) else {
        return false;
    };
    let prev = prev.text();
    let pronoun = matches!(
        prev,
        "I" | "you"
            | "You"
            | "he"
            | "He"
            | "she"
            | "She"
            | "it"
            | "It"
            | "we"
            | "We"
            | "they"
            | "They"
            | "who"
    );
    let named = prev.as_bytes()[0].is_ascii_uppercase() && !pronoun;
    // a common noun (`the mayor can to`), not an adjective (`armed might to`)
    let noun = super::words::is_lower(prev)
        && super::words::tags(prev)
            .is_some_and(|t| t.is_noun() && !t.is_adjective() && !t.is_verb());
    let elliptical = (k.saturating_sub(5)..k - 1).any(|j| {
        matches!(
            doc.word_at(j).map(|w| w.lower()).as_deref().unwrap_or(""),
            "all"
                | "anything"
                | "as"
                | "most"
                | "best"
                | "everything"
                | "much"
                | "nothing"
                | "something"
                | "what"
                | "whatever"
        )
    });
    (pronoun || named || noun) && !elliptical
}

/// The shared check: `tense` selects the second-language shapes (finite be +
/// bare verb, modal + past, have + past), otherwise the MT-merge shapes (do-support
/// + finite, modal + finite, be/been/being + bare verb).
pub(super) fn auxiliary_forms(
    doc: &Document<'_>,
    out: &mut Vec<Finding>,
    meta: &'static RuleMeta,
    tense: bool,
) {
    let text = doc.text();
    let lex = lexicon();
    let words = doc.words();
    let w = |k: usize| crate::analysis::document::word_in(text, words, k);
    let joined = |k: usize| crate::analysis::document::joined_in(text, words, k);
    // only auxiliaries open a candidate: the words that may be one, then the test
    for k in doc.trigger_words(meta.id) {
        let aux = w(k);
        let Some(kind) = lex.auxiliary(aux).filter(|_| joined(k)) else {
            continue;
        };
        let (modal, be_form) = (kind == Auxiliary::Modal, kind == Auxiliary::Be);
        // skip `not` / `n't`
        let mut v = k + 1;
        let mut negated = false;
        if w(v) == "not" && joined(v) {
            negated = true;
            v += 1;
        }
        let verb = w(v);
        let (vs, ve) = words[v];
        let c = Candidate {
            doc,
            text,
            words,
            meta,
            k,
            v,
            aux,
            verb,
            vs,
            ve,
            start: words[k].0,
            // the word before, as written (compared without regard to ASCII case)
            prev: (k > 0).then(|| w(k - 1)),
            negated,
        };
        let shape = if tense { None } else { c.lexicon_shapes(kind) };
        let finding = match aux {
            _ if shape.is_some() => shape,
            "do" | "does" | "did"
                if !tense
                    && negated
                    && FINITE.contains(&verb)
                    && !matches!(verb, "did" | "does") =>
            {
                c.do_not_before_finite()
            }
            m if !tense
                && verb == "to"
                && m != "will"
                && modal
                && c.modal_to_before_bare_verb() =>
            {
                c.modal_with_to()
            }
            _ if modal && !prev_is_noun_marker(c.prev) && !after_possessive(c.text, c.start) => {
                c.modal_before_inflected_verb(tense)
            }
            "has" | "have" | "had" if tense && !negated => c.have_before_past(),
            be if be_form
                && (if tense {
                    lex.is_verb_only(verb)
                } else {
                    lex.is_bare_verb(verb)
                })
                && (tense != matches!(be, "be" | "been" | "being")) =>
            {
                c.be_before_bare_verb()
            }
            _ => None,
        };
        if let Some(f) = finding {
            if !doc.is_protected(f.span.clone()) {
                out.push(f);
            }
        }
    }
}

/// Words that open a free relative or a clause with no object, after which a
/// form of `be` ends a subject (`what it is will depend`, `all that is must
/// pass`; `that` counts only just before it: `it is that he is can go`).
const FREE_RELATIVE: &[&str] = &[
    "all",
    "anything",
    "everything",
    "how",
    "however",
    "nothing",
    "something",
    "what",
    "whatever",
    "when",
    "where",
    "wherever",
    "whether",
    "which",
    "whichever",
    "who",
    "whoever",
    "whom",
    "why",
];

/// Adjectives of the noun `will` (`the political will necessary`).
pub(super) const WILL_ADJECTIVES: &[&str] = &[
    "collective",
    "divine",
    "free",
    "general",
    "good",
    "ill",
    "iron",
    "national",
    "own",
    "political",
    "popular",
    "public",
    "sovereign",
    "strong",
];

/// Whether a possessive (`the senator's`, `the senators’`) ends just before
/// `start`: what follows is a noun (`the senator's will was read`), no auxiliary.
fn after_possessive(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    before.len() < start
        && (["'s", "’s", "s'", "s’"].iter().any(|p| before.ends_with(p)))
        && before
            .trim_end_matches(['\'', '’', 's'])
            .ends_with(|c: char| c.is_alphabetic())
}

/// Whether the word before a modal makes it a noun (`free will`, `the can`).
fn prev_is_noun_marker(prev: Option<&str>) -> bool {
    prev.is_some_and(|p| NOUN_MARKERS.iter().any(|n| n.eq_ignore_ascii_case(p)))
}

/// An auxiliary (word `k`) and the word after it, past a `not` (word `v`):
/// what each shape of [`auxiliary_forms`] reads.
struct Candidate<'d, 't> {
    doc: &'d Document<'t>,
    text: &'d str,
    words: &'d [(usize, usize)],
    meta: &'static RuleMeta,
    k: usize,
    v: usize,
    aux: &'d str,
    verb: &'d str,
    /// The verb's span.
    vs: usize,
    ve: usize,
    /// Where the auxiliary starts.
    start: usize,
    /// The word before the auxiliary, as written.
    prev: Option<&'d str>,
    negated: bool,
}

impl Candidate<'_, '_> {
    /// The shapes read on the word lexicon: `is been`, `has be`, `will been`,
    /// `did wrote`, `did not goes`, `will accessible`, `have working`.
    fn lexicon_shapes(&self, kind: Auxiliary) -> Option<Finding> {
        let (aux, verb) = (self.aux, self.verb);
        if !is_lower(aux) || !is_lower(verb) {
            return None;
        }
        match (kind, verb) {
            (Auxiliary::Be, "been") if FINITE.contains(&aux) => {
                let have = match aux {
                    "is" => "has",
                    "are" | "am" => "have",
                    _ => "had",
                };
                Some(self.replace_aux(have, "`been` follows a form of `have`, not `be`"))
            }
            (Auxiliary::Have, "be") => {
                Some(self.replace_verb("been", "`have` takes the participle `been`"))
            }
            (Auxiliary::Modal, "been") => {
                if self.aux == "will" {
                    Some(self.replace_verb("be", "a modal takes the bare verb `be`"))
                } else {
                    Some(self.insert_before_verb("have ", "a modal takes `have been`, not `been`"))
                }
            }
            (Auxiliary::Be, _)
                if lexicon().auxiliary(verb) == Some(Auxiliary::Modal)
                    && !self.negated
                    && FINITE.contains(&aux) =>
            {
                self.be_before_modal()
            }
            // (the verb lists first: most words after an auxiliary are verbs
            // they know, and need no look-up in the word lexicon)
            _ if lexicon().is_bare_verb(verb) || lexicon().auxiliary(verb).is_some() => None,
            (Auxiliary::Do, _) => self.do_before_inflected(),
            (Auxiliary::Modal, _) if lexicon().verb(verb).is_none() => {
                self.modal_before_adjective()
            }
            (Auxiliary::Have, _) if verb.ends_with("ing") => self.have_before_ing(),
            _ => None,
        }
    }

    /// The auxiliary replaced by `by`.
    fn replace_aux(&self, by: &str, why: &str) -> Finding {
        let (s, e) = self.words[self.k];
        self.meta
            .finding(
                self.start..self.ve,
                concat(&["`", self.aux, " ", self.verb, "`: ", why]),
            )
            .with_fix(Fix::unsafe_fix(Edit::new(s..e, by.to_string())))
    }

    /// The verb replaced by `by`.
    fn replace_verb(&self, by: &str, why: &str) -> Finding {
        self.meta
            .finding(
                self.start..self.ve,
                concat(&["`", self.aux, " ", self.verb, "`: ", why]),
            )
            .with_fix(Fix::unsafe_fix(Edit::new(self.vs..self.ve, by.to_string())))
    }

    /// `insert` put before the verb.
    fn insert_before_verb(&self, insert: &str, why: &str) -> Finding {
        self.meta
            .finding(
                self.start..self.ve,
                concat(&["`", self.aux, " ", self.verb, "`: ", why]),
            )
            .with_fix(Fix::unsafe_fix(Edit::new(
                self.vs..self.vs,
                insert.to_string(),
            )))
    }

    /// `did wrote`, `did not went`, `does not goes`: do-support takes the
    /// base form. Without `not`, only after a pronoun that opens its clause
    /// (`what she did changed`, `the work they did helped` are other clauses).
    fn do_before_inflected(&self) -> Option<Finding> {
        if !self.negated && !self.opens_clause() {
            return None;
        }
        let t = tags(self.verb)?;
        if t.is_verb_base() || t.is_auxiliary() || t.is_noun() && !t.is_past() && !self.negated {
            return None;
        }
        let base = if t.is_past() {
            base_of_past(self.verb)?
        } else if t.is_verb_3sg() && self.negated {
            lexicon().base_ref(self.verb)?.to_string()
        } else {
            return None;
        };
        if !self.negated && !self.opens_clause() {
            return None;
        }
        Some(self.replace_verb(&base, "after a form of `do` the verb takes its base form"))
    }

    /// Whether the auxiliary follows a subject pronoun that opens a clause
    /// (`They did wrote`, `, and he did went`).
    fn opens_clause(&self) -> bool {
        let Some(subject) = self.prev.filter(|_| self.k > 0 && self.joined(self.k - 1)) else {
            return false;
        };
        if !matches!(
            subject.to_ascii_lowercase().as_str(),
            "he" | "she" | "they" | "we" | "i"
        ) {
            return false;
        }
        let k = self.k - 1;
        k == 0
            || !self.joined(k - 1)
            || matches!(
                &self.text[self.words[k - 1].0..self.words[k - 1].1],
                "and" | "but" | "that" | "because" | "so"
            )
    }

    /// `will accessible`: a modal before an adjective that is nothing else
    /// takes `be`. Not after an adjective (`the political will necessary`),
    /// a noun marker (`free will`) or a possessive.
    fn modal_before_adjective(&self) -> Option<Finding> {
        let t = tags(self.verb)?;
        // (the word lexicon lists many adjectives as nouns too; a verb in it or
        // in data/verbs.tsv follows a modal as it should: `would equal`)
        // (a word after it that is only a noun: `a tin can full of nails`
        // reads as a noun phrase; `next`, `soon` are adjectives or adverbs too)
        let noun_next = || {
            self.next_word().and_then(tags).is_some_and(|n| {
                n.is_noun() && !n.is_adjective() && !n.is_preposition() && !n.is_adverb()
            })
        };
        let known_verb =
            t.is_verb() || lexicon().verb(self.verb).is_some() || lexicon().is_bare_verb(self.verb);
        // `should`, `would`, `could`, `shall` are never nouns: no noun phrase
        // (`a tin can full of`, `military might of`) to tell apart
        let never_noun = matches!(self.aux, "should" | "would" | "could" | "shall");
        // (`how should new members…`: a question's subject)
        let noun_before_noun = t.is_noun() && noun_next();
        // a noun or adjective before a verb: an adverb the lexicon lacks (`should first
        // be`, `will forever remember`)
        let verb_next = t.is_noun()
            && self
                .next_word()
                .and_then(tags)
                .is_some_and(|n| n.is_verb_base() || n.is_auxiliary());
        let adjective_only = t.is_adjective()
            && !known_verb
            && !noun_before_noun
            && !t.is_adverb()
            && !t.is_preposition()
            && !t.is_determiner()
            && !t.is_pronoun()
            && !t.is_conjunction()
            && !self.verb.ends_with("ly");
        let will_noun = self.aux == "will"
            && self
                .prev
                .is_some_and(|p| WILL_ADJECTIVES.iter().any(|a| a.eq_ignore_ascii_case(p)));
        if !adjective_only
            || verb_next
            || will_noun
            || prev_is_noun_marker(self.prev)
            || after_possessive(self.text, self.start)
            || !never_noun && self.next_word().is_some_and(|n| n == "of")
        {
            return None;
        }
        Some(self.insert_before_verb("be ", "a modal before an adjective takes `be`"))
    }

    /// `she is can continue`: a finite `be` before a modal and its bare verb,
    /// the traces of two verb phrases merged; the fix drops the `be` form. Not
    /// after a free relative or a relative clause that ends at the `be` form
    /// (`what it is will depend`, `all that is must pass`), nor before the
    /// noun `will power`.
    fn be_before_modal(&self) -> Option<Finding> {
        let word = |j: usize| crate::analysis::document::word_in(self.text, self.words, j);
        // the modal's verb, past a `not`
        let mut v = self.v + 1;
        if !self.joined(self.v) {
            return None;
        }
        if word(v) == "not" {
            if !self.joined(v) {
                return None;
            }
            v += 1;
        }
        let verb = word(v);
        let is_verb = is_lower(verb)
            && (lexicon().is_bare_verb(verb)
                || matches!(verb, "be" | "have")
                || tags(verb).is_some_and(|t| t.is_verb_base()));
        if !is_verb || (self.verb == "will" && verb == "power") {
            return None;
        }
        let (first, _) = self.doc.word_at(self.k)?.sentence_words();
        let opener = (first.max(self.k.saturating_sub(8))..self.k).any(|j| {
            FREE_RELATIVE
                .iter()
                .any(|o| o.eq_ignore_ascii_case(word(j)))
        }) || (self.k > 0 && matches!(word(self.k - 1), "that" | "there"));
        if opener {
            return None;
        }
        Some(
            self.meta
                .finding(
                    self.start..self.ve,
                    concat(&[
                        "`",
                        self.aux,
                        " ",
                        self.verb,
                        "`: a form of `be` cannot stand before a modal",
                    ]),
                )
                .with_fix(Fix::unsafe_fix(Edit::new(
                    self.start..self.vs,
                    String::new(),
                ))),
        )
    }

    /// `have working on it`: `have` before an -ing form takes `been`. An -ing
    /// word that is also a noun (`has funding for`, `have working groups`)
    /// only before a word that cannot follow such a noun (`on`, `hard`).
    fn have_before_ing(&self) -> Option<Finding> {
        let t = tags(self.verb)?;
        if !t.is_ing() {
            return None;
        }
        let next = self.next_word();
        let verb_only = !t.is_noun();
        let clear = next.is_some_and(|n| {
            matches!(
                n,
                "on" | "with" | "hard" | "together" | "closely" | "since" | "around" | "out" | "up"
            )
        });
        let next_is_noun = next
            .and_then(tags)
            .is_some_and(|n| n.is_noun() && !n.is_preposition());
        if !(clear || verb_only && !next_is_noun && next.is_some() || self.duration_follows()) {
            return None;
        }
        Some(self.insert_before_verb("been ", "`have` before an -ing form takes `been`"))
    }

    /// Whether the -ing word is followed, within its clause, by a preposition
    /// and then a duration (`has living in the city for ten years`, `since
    /// May`): the present perfect continuous, not a noun (`has parking in the
    /// basement for 200 cars` names no span of time).
    fn duration_follows(&self) -> bool {
        let word = |j: usize| self.words.get(j).map(|w| &self.text[w.0..w.1]);
        let prep = word(self.v + 1)
            .and_then(tags)
            .is_some_and(|t| t.is_preposition());
        if !prep || !self.joined(self.v) {
            return false;
        }
        // at most six words on, in the same sentence
        let mut j = self.v + 1;
        while j < self.v + 7 && self.joined(j) {
            j += 1;
            match word(j) {
                Some("since") => return true,
                Some("for") => {
                    let unit = |k: usize| {
                        word(k).is_some_and(|u| {
                            matches!(
                                u.trim_end_matches('s'),
                                "year" | "month" | "week" | "day" | "hour" | "decade"
                            )
                        })
                    };
                    return unit(j + 2) || unit(j + 3) && word(j + 1) == Some("a");
                }
                _ => {}
            }
        }
        false
    }

    /// Whether word `k` is joined to the next (no sentence mark between them).
    fn joined(&self, k: usize) -> bool {
        crate::analysis::document::joined_in(self.text, self.words, k)
    }

    /// The word after the verb, when joined to it.
    fn next_word(&self) -> Option<&str> {
        self.words
            .get(self.v + 1)
            .filter(|_| self.joined(self.v))
            .map(|n| &self.text[n.0..n.1])
    }

    /// Do-support takes the base form: `did not are` -> `was not` / `did not push`.
    fn do_not_before_finite(&self) -> Option<Finding> {
        let (text, words, aux, verb, v) = (self.text, self.words, self.aux, self.verb, self.v);
        let (start, vs, ve) = (self.start, self.vs, self.ve);
        let past = aux == "did";
        let subject = self.prev.unwrap_or("").to_ascii_lowercase();
        let subject = subject.as_str();
        let be = match (verb, past, subject) {
            ("has", _, _) => None,
            (_, true, "i" | "he" | "she" | "it") => Some("was"),
            (_, true, _) => Some(if matches!(verb, "is" | "was" | "am") {
                "was"
            } else {
                "were"
            }),
            (_, false, "he" | "she" | "it") => Some("is"),
            (_, false, "i") => Some("am"),
            (_, false, _) => Some(if verb == "is" { "is" } else { "are" }),
        };
        let next_ing = words
            .get(v + 1)
            .filter(|_| self.joined(v))
            .map(|n| &text[n.0..n.1])
            .filter(|n| n.ends_with("ing") && n.len() > 5);
        let mut f = self.meta.finding(
            start..ve,
            concat(&["`", aux, " not` takes a bare verb, not `", verb, "`"]),
        );
        if verb == "has" {
            f = f.with_fix(Fix::unsafe_fix(Edit::new(vs..ve, "have")));
        } else if let Some(be) = be {
            f = f.with_fix(Fix::unsafe_fix(Edit::new(start..ve, format!("{be} not"))));
        }
        if let Some(ing) = next_ing {
            let nv = words[v + 1];
            f = f.with_fix(Fix::unsafe_fix(Edit::new(vs..nv.1, base_for_fix(ing))));
        }
        Some(f)
    }

    /// Whether a modal with a subject stands before `to` and a bare verb (`can
    /// to go`; not `will`: `the political will to act`).
    fn modal_to_before_bare_verb(&self) -> bool {
        let lex = lexicon();
        modal_has_subject(self.doc, self.k)
            && self.joined(self.v)
            && self.words.get(self.v + 1).is_some_and(|n| {
                let next = &self.text[n.0..n.1];
                lex.is_bare_verb(next)
                    || lex.is_irregular_base(next)
                    || tags(next)
                        .is_some_and(|t| t.is_verb_base() && !t.is_noun() && !t.is_adjective())
            })
    }

    /// A modal takes the bare verb, without `to`: `can to go`.
    fn modal_with_to(&self) -> Option<Finding> {
        let m = self.aux;
        let nv = self.words[self.v + 1];
        let next = &self.text[nv.0..nv.1];
        Some(
            self.meta
                .finding(
                    self.start..nv.1,
                    concat(&[
                        "`",
                        m,
                        " to ",
                        next,
                        "`: a modal takes the bare verb, `",
                        m,
                        " ",
                        next,
                        "`",
                    ]),
                )
                .with_fix(Fix::unsafe_fix(Edit::delete(self.vs..nv.0))),
        )
    }

    /// A modal takes the base form: `will goes`, `can has`, `will not are`;
    /// with `tense`, not a past form either: `might left`.
    fn modal_before_inflected_verb(&self, tense: bool) -> Option<Finding> {
        let (lex, m, verb, negated) = (lexicon(), self.aux, self.verb, self.negated);
        // (borrowed from the lexicon: the fix allocates nothing)
        let base: Option<&'static str> = match verb {
            _ if tense => lex.irregular_base(verb).filter(|bv| {
                lex.is_bare_verb(bv) && !lex.is_participle_of(bv, verb)
                    || matches!(
                        verb,
                        "made" | "left" | "went" | "took" | "gave" | "saw" | "said"
                    )
            }),
            "is" | "are" | "am" | "was" | "were" | "has" | "does" | "did" => match verb {
                "has" => Some("have"),
                "does" | "did" => Some("do"),
                _ => Some("be"),
            },
            _ if verb.ends_with('s') && !verb.ends_with("ss") => {
                lex.base_ref(verb).filter(|bv| *bv != verb)
            }
            _ => None,
        };
        base.map(|bv| {
            let open = modal_message_open(m, negated);
            let message = if open.is_empty() {
                let neg = if negated { "not " } else { "" };
                concat(&["`", m, "` takes a bare verb: `", m, " ", neg, bv, "`"])
            } else {
                concat(&[open, bv, "`"])
            };
            self.meta
                .finding(self.start..self.ve, message)
                .with_fix(Fix::unsafe_fix(Edit::new(self.vs..self.ve, bv)))
        })
    }

    /// `have` takes the participle: `has went` -> `has gone`.
    fn have_before_past(&self) -> Option<Finding> {
        let (lex, aux, verb) = (lexicon(), self.aux, self.verb);
        lex.irregular_base(verb).and_then(|base| {
            let part = lex.participle(base);
            (!lex.is_participle_of(base, verb)).then(|| {
                self.meta
                    .finding(
                        self.start..self.ve,
                        concat(&["`", aux, "` takes the participle: `", aux, " ", &part, "`"]),
                    )
                    .with_fix(Fix::unsafe_fix(Edit::new(self.vs..self.ve, part.clone())))
            })
        })
    }

    /// `be` takes -ing or a participle, not the bare verb: `be fight`, `are know`.
    fn be_before_bare_verb(&self) -> Option<Finding> {
        let (lex, be, verb) = (lexicon(), self.aux, self.verb);
        let (start, vs, ve) = (self.start, self.vs, self.ve);
        // a pseudo-cleft (`what we must do is make`) takes the bare verb
        // (looked for in the same sentence, at most 8 words back)
        let cleft = is_pseudo_cleft(self.text.as_bytes(), self.words, self.k);
        let go = verb == "go"
            && self
                .words
                .get(self.v + 1)
                .is_none_or(|_| !self.joined(self.v));
        let let_be = self.prev.is_some_and(|p| p.eq_ignore_ascii_case("it")) && be == "be";
        if cleft || go || let_be || self.doc.is_protected(start..ve) {
            return None;
        }
        let next = self.next_word();
        let passive = matches!(next, Some("to" | "by" | "as" | "for"));
        let (ing, part) = lex.ing_and_participle(verb);
        let [open, after, or, close] = be_message_parts(be);
        let message = concat(&[open, verb, after, &ing, or, &part, close]);
        let ing = Edit::new(vs..ve, ing);
        let part = Edit::new(vs..ve, part);
        let (first, second) = if passive { (part, ing) } else { (ing, part) };
        Some(
            self.meta
                .finding(start..ve, message)
                .with_fix(Fix::unsafe_fix(first))
                .with_fix(Fix::unsafe_fix(second)),
        )
    }
}

/// Whether a form of `do` stands among the 8 words before word `k`, in its
/// sentence (`what we must do is make`): a pseudo-cleft takes the bare verb.
fn is_pseudo_cleft(b: &[u8], words: &[(usize, usize)], k: usize) -> bool {
    // the nearest form of `do` first (most words are none), then whether a
    // sentence ends between it and word `k`
    let from = k.saturating_sub(8);
    let Some(d) = (from..k).rev().find(|&j| {
        matches!(
            &b[words[j].0..words[j].1],
            b"do" | b"does" | b"did" | b"done"
        )
    }) else {
        return false;
    };
    // (the sentence marks are ASCII: a byte test finds them)
    !b[words[d].1..words[k].0]
        .iter()
        .any(|c| matches!(c, b'.' | b'!' | b'?' | b'\n'))
}

/// The constant start of the message for a modal + a verb not in its base
/// form, up to the base form (`` `will` takes a bare verb: `will ``): three
/// pieces to join instead of eight. Empty for a modal not listed here.
fn modal_message_open(modal: &str, negated: bool) -> &'static str {
    macro_rules! open {
        ($($m:literal)|*) => {
            match (modal, negated) {
                $(
                    ($m, false) => concat!("`", $m, "` takes a bare verb: `", $m, " "),
                    ($m, true) => concat!("`", $m, "` takes a bare verb: `", $m, " not "),
                )*
                _ => "",
            }
        };
    }
    open!("can" | "could" | "may" | "might" | "must" | "shall" | "should" | "will" | "would")
}

/// The constant pieces of the message for `be` + bare verb, around the verb,
/// its -ing form and its participle: seven pieces to join instead of fifteen.
fn be_message_parts(be: &str) -> [&'static str; 4] {
    macro_rules! parts {
        ($($be:literal)|*) => {
            match be {
                $($be => [
                    concat!("`", $be, " "),
                    concat!("`: after `", $be, "` a verb takes -ing or the participle (`", $be, " "),
                    concat!("`, `", $be, " "),
                    "`)",
                ],)*
                // (not reached: the rule passes the forms above)
                _ => ["`", "`: after a form of `be` a verb takes -ing or the participle (`", "`, `", "`)"],
            }
        };
    }
    parts!("am" | "are" | "be" | "been" | "being" | "is" | "was" | "were")
}
