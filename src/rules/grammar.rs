//! Grammar that no edited English contains, left when MT maps a source
//! construction word by word: an auxiliary followed by the wrong verb form
//! (`be fight`, `did not are`, `will goes`, `has went`), and reporting verbs
//! built like the source's (`informed Xi to speak`, `explained him that`).

use crate::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::lexicon::{lexicon, Auxiliary};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::concat;

const FINITE: &[&str] = &["am", "are", "did", "does", "has", "is", "was", "were"];
/// Words before a modal that make it a noun (`free will is`, `the can is`).
const NOUN_MARKERS: &[&str] = &[
    "a", "free", "good", "her", "his", "ill", "its", "my", "own", "the", "their", "this", "your",
];

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

/// An auxiliary followed by a verb form it cannot take.
pub struct AuxiliaryVerbForm;

static AUX: RuleMeta = RuleMeta {
    id: "grammar/auxiliary-verb-form",
    category: Category::Grammar,
    severity: Severity::Error,
    default_enabled: true,
    summary: "an auxiliary followed by a form it cannot take (`be fight`, `did not are`, `will goes`, `has went`)",
    flags: &[
        Example { text: "They appear to be fight the urge.", fixed: "They appear to be fighting the urge." },
        Example { text: "if he did not are pushing hard", fixed: "if he was not pushing hard" },
        Example { text: "The talks will goes on.", fixed: "The talks will go on." },
        Example { text: "The plan can has no effect.", fixed: "The plan can have no effect." },
        Example { text: "It would be make sense to wait.", fixed: "It would be making sense to wait." },
        Example { text: "Russia does not has the money.", fixed: "Russia does not have the money." },
        Example { text: "The deal will not are signed.", fixed: "The deal will not be signed." },
        Example { text: "Farmers can to sell the grain now.", fixed: "Farmers can sell the grain now." },
    ],
    passes: &[
        "The political will to act was there; she ought to go and they have to leave.",
        "We must do everything we can to hold them to account, with all armed might to spare.",
        "The doors will be open and the entry free; she will be present.",
        "What we must do is make a plan; all I want to do is help.",
        "They help them fight; let it be; all systems are go.",
        "Free will is a gift, the can is empty, and the will was read.",
        "What he did was brave, and what it does is clean.",
        "Steps have been taken; she had gone; they were known; we have gotten it and learnt it.",
        "She has went home; he might left; seven versions are know to exist.",
    ],
};

impl Rule for AuxiliaryVerbForm {
    fn meta(&self) -> &'static RuleMeta {
        &AUX
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        auxiliary_forms(doc, out, &AUX, false);
    }
}

/// A finite `be`, a modal or `have` followed by a past or bare form: `is send`,
/// `could made`, `has went`. Off by default: translators writing in a second
/// language leave these as often as MT does.
pub struct TenseAfterAuxiliary;

static TENSE: RuleMeta = RuleMeta {
    id: "grammar/tense-after-auxiliary",
    category: Category::Grammar,
    severity: Severity::Warning,
    default_enabled: false,
    summary: "a finite `be`, a modal or `have` before the wrong tense (`are know`, `could made`, `has went`); common in second-language writing too",
    flags: &[
        Example { text: "Seven versions are know to exist.", fixed: "Seven versions are known to exist." },
        Example { text: "She has went home.", fixed: "She has gone home." },
        Example { text: "He might left it there.", fixed: "He might leave it there." },
        Example { text: "We had saw the cases.", fixed: "We had seen the cases." },
        Example { text: "The lamp is send in March.", fixed: "The lamp is sending in March." },
    ],
    passes: &[
        "Steps have been taken; she had gone; they were known; we have gotten it and learnt it.",
        "What we must do is make a plan; what he did was brave.",
        "It has showed promise; the will was read; all systems are go.",
        "He might leave it there; they could make it.",
        "The plan is sound, and they are free.",
    ],
};

impl Rule for TenseAfterAuxiliary {
    fn meta(&self) -> &'static RuleMeta {
        &TENSE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        auxiliary_forms(doc, out, &TENSE, true);
    }
}

/// Whether the modal at word `k` follows a subject (a personal pronoun, `who`,
/// or a capitalised word), and is not an elliptical `everything we can to…`
/// (`do all they could to help`: the verb of `can` is left out) or a noun
/// (`all armed might to`).
fn modal_has_subject(doc: &Document<'_>, k: usize) -> bool {
    if k == 0 {
        return false;
    }
    let prev = doc.word(k - 1);
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
    let elliptical = (k.saturating_sub(5)..k - 1).any(|j| {
        matches!(
            doc.word(j).to_ascii_lowercase().as_str(),
            "all"
                | "anything"
                | "as"
                | "best"
                | "everything"
                | "much"
                | "nothing"
                | "something"
                | "what"
                | "whatever"
        )
    });
    (pronoun || named) && !elliptical
}

/// The shared check: `tense` selects the second-language shapes (finite be +
/// bare verb, modal + past, have + past), otherwise the MT-merge shapes (do-support
/// + finite, modal + finite, be/been/being + bare verb).
fn auxiliary_forms(
    doc: &Document<'_>,
    out: &mut Vec<Finding>,
    meta: &'static RuleMeta,
    tense: bool,
) {
    {
        let text = doc.text();
        let lex = lexicon();
        let words = doc.words();
        let w = |k: usize| crate::document::word_in(text, words, k);
        let joined = |k: usize| crate::document::joined_in(text, words, k);
        // only auxiliaries open a candidate: the words that may be one, then the test
        for k in doc.tagged(crate::tags::Tag::Auxiliary) {
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
            let start = words[k].0;
            // the word before, as written (compared without regard to ASCII case)
            let prev = (k > 0).then(|| w(k - 1));
            let finding = match aux {
                // do-support takes the base form: `did not are` -> `was not` / `did not push`
                "do" | "does" | "did"
                    if !tense
                        && negated
                        && FINITE.contains(&verb)
                        && !matches!(verb, "did" | "does") =>
                {
                    let past = aux == "did";
                    let subject = prev.unwrap_or("").to_ascii_lowercase();
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
                        .filter(|_| joined(v))
                        .map(|n| &text[n.0..n.1])
                        .filter(|n| n.ends_with("ing") && n.len() > 5);
                    let mut f = meta.finding(
                        start..ve,
                        concat(&["`", aux, " not` takes a bare verb, not `", verb, "`"]),
                    );
                    if verb == "has" {
                        f = f.with_fix(Fix::review(Edit::new(vs..ve, "have")));
                    } else if let Some(be) = be {
                        f = f.with_fix(Fix::review(Edit::new(start..ve, format!("{be} not"))));
                    }
                    if let Some(ing) = next_ing {
                        let nv = words[v + 1];
                        f = f.with_fix(Fix::review(Edit::new(vs..nv.1, base_for_fix(ing))));
                    }
                    Some(f)
                }
                // a modal takes the base form: `will goes`, `can has`, `will not are`
                // a modal takes the bare verb, without `to`: `can to go` (not `will`:
                // `the political will to act`)
                m if !tense
                    && !negated
                    && verb == "to"
                    && m != "will"
                    && modal
                    && modal_has_subject(doc, k)
                    && joined(v)
                    && words.get(v + 1).is_some_and(|n| {
                        let next = &text[n.0..n.1];
                        lex.is_bare_verb(next) || lex.is_irregular_base(next)
                    }) =>
                {
                    let nv = words[v + 1];
                    let next = &text[nv.0..nv.1];
                    Some(
                        meta.finding(
                            start..nv.1,
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
                        .with_fix(Fix::review(Edit::delete(vs..nv.0))),
                    )
                }
                m if modal
                    && !prev.is_some_and(|p| {
                        NOUN_MARKERS.iter().any(|n| n.eq_ignore_ascii_case(p))
                    }) =>
                {
                    // (borrowed from the lexicon: the fix allocates nothing)
                    let base: Option<&'static str> = match verb {
                        _ if tense => lex.irregular_base(verb).filter(|bv| {
                            lex.is_bare_verb(bv) && !lex.is_participle_of(bv, verb)
                                || matches!(
                                    verb,
                                    "made" | "left" | "went" | "took" | "gave" | "saw" | "said"
                                )
                        }),
                        "is" | "are" | "am" | "was" | "were" | "has" | "does" | "did" => match verb
                        {
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
                        meta.finding(start..ve, message)
                            .with_fix(Fix::review(Edit::new(vs..ve, bv)))
                    })
                }
                // have takes the participle: `has went` -> `has gone`
                "has" | "have" | "had" if tense && !negated => {
                    lex.irregular_base(verb).and_then(|base| {
                        let part = lex.participle(base);
                        (!lex.is_participle_of(base, verb)).then(|| {
                            meta.finding(
                                start..ve,
                                concat(&[
                                    "`",
                                    aux,
                                    "` takes the participle: `",
                                    aux,
                                    " ",
                                    &part,
                                    "`",
                                ]),
                            )
                            .with_fix(Fix::review(Edit::new(vs..ve, part.clone())))
                        })
                    })
                }
                // be takes -ing or a participle, not the bare verb: `be fight`, `are know`
                be if be_form
                    && (if tense {
                        lex.is_verb_only(verb)
                    } else {
                        lex.is_bare_verb(verb)
                    })
                    && (tense != matches!(be, "be" | "been" | "being")) =>
                {
                    // a pseudo-cleft (`what we must do is make`) takes the bare verb
                    // (looked for in the same sentence, at most 8 words back)
                    let cleft = is_pseudo_cleft(text.as_bytes(), words, k);
                    let go = verb == "go" && words.get(v + 1).is_none_or(|_| !joined(v));
                    let let_be = prev.is_some_and(|p| p.eq_ignore_ascii_case("it")) && be == "be";
                    if cleft || go || let_be || doc.is_protected(start..ve) {
                        None
                    } else {
                        let next = words
                            .get(v + 1)
                            .filter(|_| joined(v))
                            .map(|n| &text[n.0..n.1]);
                        let passive = matches!(next, Some("to" | "by" | "as" | "for"));
                        let (ing, part) = lex.ing_and_participle(verb);
                        let [open, after, or, close] = be_message_parts(be);
                        let message = concat(&[open, verb, after, &ing, or, &part, close]);
                        let ing = Edit::new(vs..ve, ing);
                        let part = Edit::new(vs..ve, part);
                        let (first, second) = if passive { (part, ing) } else { (ing, part) };
                        Some(
                            meta.finding(start..ve, message)
                                .with_fix(Fix::review(first))
                                .with_fix(Fix::review(second)),
                        )
                    }
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

/// Object pronouns.
const OBJECT_PRONOUNS: &[&str] = &["her", "him", "me", "them", "us"];
/// Determiners and the like: after `informed X to`, these start a noun phrase, not a verb.
const NOT_A_VERB: &[&str] = &[
    "a", "an", "her", "his", "its", "my", "our", "that", "the", "their", "these", "this", "those",
    "your",
];
/// Time words that may follow `said` (`said Friday that`).
const TIME_WORDS: &[&str] = &[
    "April",
    "August",
    "December",
    "February",
    "Friday",
    "January",
    "July",
    "June",
    "March",
    "May",
    "Monday",
    "November",
    "October",
    "Saturday",
    "September",
    "Sunday",
    "Thursday",
    "Today",
    "Tuesday",
    "Wednesday",
    "Yesterday",
];

/// A reporting verb built like the source language's: `informed Xi to speak`,
/// `explained him that`, `said him that`.
pub struct ReportingVerb;

static REPORTING: RuleMeta = RuleMeta {
    id: "grammar/reporting-verb",
    category: Category::Grammar,
    severity: Severity::Warning,
    default_enabled: true,
    summary: "a reporting verb with a source language's construction (`informed Xi to speak`, `explained him that`, `said him that`)",
    flags: &[
        Example { text: "Kirby informed Xi to speak with Kyiv.", fixed: "Kirby urged Xi to speak with Kyiv." },
        Example { text: "The envoy informed them to leave at once.", fixed: "The envoy urged them to leave at once." },
        Example { text: "The mayor informed the unions to return to work.", fixed: "The mayor urged the unions to return to work." },
        Example { text: "She explained him that the plan failed.", fixed: "She explained to him that the plan failed." },
        Example { text: "He said me that it was late.", fixed: "He told me that it was late." },
        Example { text: "The minister said Macron that he agreed.", fixed: "The minister told Macron that he agreed." },
    ],
    passes: &[
        "Kirby informed Xi that he would speak, and informed them of the plan.",
        "He was well informed to the point of boredom; she informed him to the effect that it was over.",
        "They informed the press to the best of their knowledge, and informed the unions of the plan.",
        "She explained them well; he explained the plan to him.",
        "He said Friday that it was late; she said yesterday that it was.",
        "“Go,” said Macron, “that is all.” He said that that was true.",
    ],
};

impl Rule for ReportingVerb {
    fn meta(&self) -> &'static RuleMeta {
        &REPORTING
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let words = doc.words();
        let w = |k: usize| crate::document::word_in(text, words, k);
        let joined = |k: usize| crate::document::joined_in(text, words, k);
        for k in doc.tagged(crate::tags::Tag::Reporting) {
            if !crate::text::in_list(crate::tags::REPORTING_VERBS, w(k).as_bytes())
                || !joined(k)
                || k + 2 >= words.len()
                || !joined(k + 1)
            {
                continue;
            }
            let (verb, obj, third) = (w(k), w(k + 1), w(k + 2));
            let (s, os, oe) = (words[k].0, words[k + 1].0, words[k + 1].1);
            let person = OBJECT_PRONOUNS.contains(&obj)
                || (obj.as_bytes()[0].is_ascii_uppercase()
                    && obj.len() >= 2
                    && !TIME_WORDS.contains(&obj)
                    && obj != "I");
            let finding = match verb {
                "informed" | "informs" | "inform" => {
                    // the object: a pronoun or name, or a determiner and a noun (`the unions`)
                    let to_at = if person && third == "to" {
                        Some(k + 2)
                    } else if matches!(obj, "the" | "its" | "their" | "his" | "her" | "our" | "all")
                        && joined(k + 2)
                        && words.get(k + 3).is_some_and(|n| &text[n.0..n.1] == "to")
                        && third.bytes().all(|c| c.is_ascii_lowercase())
                        && !NOT_A_VERB.contains(&third)
                    {
                        Some(k + 3)
                    } else {
                        None
                    };
                    to_at.and_then(|t| {
                        let next = words.get(t + 1).filter(|_| joined(t)).map(|n| &text[n.0..n.1]);
                        let verbish = next.is_some_and(|n| n.bytes().all(|c| c.is_ascii_lowercase()) && !NOT_A_VERB.contains(&n));
                        verbish.then(|| {
                            let urged = match verb {
                                "informed" => "urged",
                                "informs" => "urges",
                                _ => "urge",
                            };
                            let object = &text[os..words[t - 1].1];
                            REPORTING
                                .finding(s..words[t].1, format!("`{verb} {object} to` is not English: one informs someone of something; `{urged} {object} to` or `told {object} to`"))
                                .with_fix(Fix::review(Edit::new(s..words[k].1, urged)))
                        })
                    })
                }
                "explained" | "explains" | "explain" if OBJECT_PRONOUNS.contains(&obj) && matches!(third, "that" | "how" | "why" | "what" | "the") => Some(
                    REPORTING
                        .finding(s..oe, format!("`{verb} {obj}`: one explains something to someone; `{verb} to {obj}`"))
                        .with_fix(Fix::review(Edit::insert(os, "to "))),
                ),
                "said" | "says" | "say" if person && third == "that" && !doc.names().get(obj).is_some_and(|e| e.kind.is_media()) => {
                    let told = match verb {
                        "said" => "told",
                        "says" => "tells",
                        _ => "tell",
                    };
                    Some(
                        REPORTING
                            .finding(s..oe, format!("`{verb} {obj} that`: one tells someone something; `{told} {obj} that`"))
                            .with_fix(Fix::review(Edit::new(s..words[k].1, told))),
                    )
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
}

#[cfg(test)]
mod tests {
    #[test]
    fn word_lists_are_sorted() {
        for list in [
            super::FINITE,
            super::NOUN_MARKERS,
            super::OBJECT_PRONOUNS,
            super::NOT_A_VERB,
            super::TIME_WORDS,
        ] {
            crate::text::assert_sorted(list);
        }
    }
}
