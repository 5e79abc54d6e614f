//! The `grammar/reporting-verb` rule: a reporting verb with a source language's construction
//! (`informed Xi to speak`, `explained him that`, `said him that`, `demanded Lima to pay`),
//! and a verb that needs a person as object put after a quotation as if it were `said`
//! (`"We will win," assured the mayor`).

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// The reporting verbs whose constructions grammar/reporting-verb checks.
pub(super) const REPORTING_VERBS: &[&str] = &[
    "assured",
    "demand",
    "demanded",
    "demands",
    "explain",
    "explained",
    "explains",
    "inform",
    "informed",
    "informs",
    "said",
    "say",
    "says",
    "told",
];

/// Verbs of stating read only after a quotation, where MT inverts them with
/// their subject as English does `said` (`”, specify the police`): pasts of
/// news and the plural present (their other forms have word shapes common in
/// news, `clarified` as `continued`, `indicates` as `interests`).
const STATED_AFTER_QUOTE: &[&str] = &["indicated", "specified", "specify", "underlined"];

/// Object pronouns.
pub(super) const OBJECT_PRONOUNS: &[&str] = &["her", "him", "me", "them", "us"];
/// Determiners and the like: after `informed X to`, these start a noun phrase, not a verb.
pub(super) const NOT_A_VERB: &[&str] = &[
    "a", "an", "her", "his", "its", "my", "our", "that", "the", "their", "these", "this", "those",
    "your",
];
/// Time words that may follow `said` (`said Friday that`).
pub(super) const TIME_WORDS: &[&str] = &[
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
    triggers: crate::Triggers::words(|| [REPORTING_VERBS, STATED_AFTER_QUOTE].concat()),
    default_enabled: true,
    summary: "a reporting verb with a source language's construction (`informed Xi to speak`, `explained him that`, `said him that`, `, specify the police` after a quotation)",
    flags: &[
        Example { text: "Kirby informed Xi to speak with Kyiv.", fixed: "Kirby urged Xi to speak with Kyiv." },
        Example { text: "The envoy informed them to leave at once.", fixed: "The envoy urged them to leave at once." },
        Example { text: "The mayor informed the unions to return to work.", fixed: "The mayor urged the unions to return to work." },
        Example { text: "She explained him that the plan failed.", fixed: "She explained to him that the plan failed." },
        Example { text: "He said me that it was late.", fixed: "He told me that it was late." },
        Example { text: "The minister said Macron that he agreed.", fixed: "The minister told Macron that he agreed." },
        Example { text: "A spokesman said Reuters that the plant was shut.", fixed: "A spokesman told Reuters that the plant was shut." },
        Example { text: "\u{201c}We will win,\u{201d} assured the mayor of the town.", fixed: "\u{201c}We will win,\u{201d} said the mayor of the town." },
        Example { text: "\"The road is closed\", informed the Ministry of Transport.", fixed: "\"The road is closed\", said the Ministry of Transport." },
        Example { text: "\u{201c}Two men were held\u{201d}, specify the police.", fixed: "\u{201c}Two men were held\u{201d}, say the police." },
        Example { text: "\"The dam will hold,\" underlined the engineer in charge.", fixed: "\"The dam will hold,\" said the engineer in charge." },
        Example { text: "The union demanded the Ministry to pay the wages.", fixed: "The union demanded that the Ministry pay the wages." },
        Example { text: "She demands them to leave at once.", fixed: "She demands that they leave at once." },
        Example { text: "Lima demanded the city council to reopen the dock.", fixed: "Lima demanded that the city council reopen the dock." },
    ],
    passes: &[
        "Kirby informed Xi that he would speak, and informed them of the plan.",
        "He was well informed to the point of boredom; she informed him to the effect that it was over.",
        "They informed the press to the best of their knowledge, and informed the unions of the plan.",
        "She explained them well; he explained the plan to him.",
        "He said Friday that it was late; she said yesterday that it was.",
        "“Go,” said Macron, “that is all.” He said that that was true.",
        "They demanded the right to vote and the power to act; she demanded to know.",
        "\u{201c}Run\u{201d} tells the story of a nurse; \u{201c}Go,\u{201d} he told the mayor.",
        "\u{201c}We will win,\u{201d} she assured the mayor.",
        "\u{201c}Soon,\u{201d} the police specified; the report indicated the cause and underlined the risk.",
        "He demanded the money to pay his debts, and demanded Lima to the last.",
    ],
};

impl Rule for ReportingVerb {
    fn meta(&self) -> &'static RuleMeta {
        &REPORTING
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let words = doc.words();
        let joined = |k: usize| crate::analysis::document::joined_in(text, words, k);
        for k in doc.trigger_words(REPORTING.id) {
            // a verb after a quotation (its gap read first: a few bytes)
            if let Some(f) = inverted_after_quote(doc, k) {
                if !doc.is_protected(f.span.clone()) {
                    out.push(f);
                }
                continue;
            }
            // a reporting verb, its object and the word after, one phrase
            let Some(verb) = doc.word_at(k) else { continue };
            if !crate::text::in_list(REPORTING_VERBS, verb.text().as_bytes()) {
                continue;
            }
            // (`assured` and `told` have no other check)
            if matches!(verb.text(), "assured" | "told") {
                continue;
            }
            let Some(obj) = verb.next_in_phrase() else {
                continue;
            };
            let Some(third) = obj.next_in_phrase() else {
                continue;
            };
            let (s, os, oe) = (verb.span().start, obj.span().start, obj.span().end);
            let (verb, obj, third) = (verb.text(), obj.text(), third.text());
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
                                .with_fix(Fix::unsafe_fix(Edit::new(s..words[k].1, urged)))
                        })
                    })
                }
                "demanded" | "demands" | "demand" => demand_to(doc, k),
                "explained" | "explains" | "explain" if OBJECT_PRONOUNS.contains(&obj) && matches!(third, "that" | "how" | "why" | "what" | "the") => Some(
                    REPORTING
                        .finding(s..oe, format!("`{verb} {obj}`: one explains something to someone; `{verb} to {obj}`"))
                        .with_fix(Fix::unsafe_fix(Edit::insert(os, "to "))),
                ),
                // (an outlet that takes `the`, `said FT that`, is names/outlet-article's: `told the FT`)
                "said" | "says" | "say" if person && third == "that" && !doc.names().get(obj).is_some_and(|e| e.kind.is_media() && e.takes_the) => {
                    let told = match verb {
                        "said" => "told",
                        "says" => "tells",
                        _ => "tell",
                    };
                    Some(
                        REPORTING
                            .finding(s..oe, format!("`{verb} {obj} that`: one tells someone something; `{told} {obj} that`"))
                            .with_fix(Fix::unsafe_fix(Edit::new(s..words[k].1, told))),
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

/// Nouns that take an infinitive of their own (`the right to vote`, `the
/// money to pay`): after `demanded`, the thing demanded, not a person.
pub(super) const INFINITIVE_NOUNS: &[&str] = &[
    "ability",
    "access",
    "authority",
    "chance",
    "courage",
    "freedom",
    "funds",
    "means",
    "money",
    "opportunity",
    "permission",
    "power",
    "powers",
    "resources",
    "right",
    "rights",
    "strength",
    "time",
    "tools",
];

/// `demanded X to do` (the object and an infinitive, as in Romance and Slavic
/// `exigir a X que`, `потребовал от X`): English demands that X do. The
/// object is a pronoun, a name of one to three capitalised words (after
/// `the` or not), or `the` and one or two lower-case words ending in a noun;
/// the fix puts `that` before it (a pronoun in its subject form) and drops
/// the `to`.
fn demand_to(doc: &Document<'_>, k: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let w = |j: usize| crate::analysis::document::word_in(text, words, j);
    let joined = |j: usize| crate::analysis::document::joined_in(text, words, j);
    let capitalised = |j: usize| w(j).as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    let lower = |j: usize| w(j).bytes().all(|c| c.is_ascii_lowercase());
    let obj = k + 1;
    // the word index of the `to`, and the object's subject form for a pronoun
    let (to_at, subject) = match w(obj) {
        "him" => (obj + 1, Some("he")),
        "her" if w(obj + 1) == "to" => (obj + 1, Some("she")),
        "them" => (obj + 1, Some("they")),
        "us" => (obj + 1, Some("we")),
        "me" => (obj + 1, Some("I")),
        "you" => (obj + 1, Some("you")),
        "the" | "its" | "their" => {
            let name = (obj + 1..obj + 4).take_while(|&j| capitalised(j)).count();
            if name > 0 {
                (obj + 1 + name, None)
            } else {
                let nouns = (obj + 1..obj + 3).take_while(|&j| lower(j) && w(j) != "to").count();
                let head = w(obj + nouns);
                let noun = super::words::tags(head).is_some_and(|t| t.is_noun());
                if nouns == 0 || !noun || INFINITIVE_NOUNS.contains(&head) {
                    return None;
                }
                (obj + 1 + nouns, None)
            }
        }
        _ if capitalised(obj) && w(obj) != "I" && !TIME_WORDS.contains(&w(obj)) => {
            let name = (obj..obj + 3).take_while(|&j| capitalised(j)).count();
            (obj + name, None)
        }
        _ => return None,
    };
    // one phrase from the verb to the infinitive, whose verb is a lower-case base form
    if (k..=to_at).any(|j| !joined(j)) || w(to_at) != "to" {
        return None;
    }
    let verb = w(to_at + 1);
    if !lower(to_at + 1) || !super::words::tags(verb).is_some_and(|t| t.is_verb_base()) || NOT_A_VERB.contains(&verb) {
        return None;
    }
    let (s, os, oe) = (words[k].0, words[obj].0, words[to_at - 1].1);
    let object = &text[os..oe];
    let that = match subject {
        Some(pronoun) => Edit::new(os..oe, format!("that {pronoun}")),
        None => Edit::insert(os, "that "),
    };
    let finding = REPORTING
        .finding(
            s..words[to_at].1,
            format!("`{} {object} to {verb}` is not English: one demands that someone do something", w(k)),
        )
        .with_fix(Fix::unsafe_fix([that, Edit::delete(words[to_at].0..words[to_at + 1].0)]));
    Some(finding)
}

/// Verbs that need a person as object (`assured the mayor` says whom she
/// assured) or a thing (`specified the police` reads as what was specified;
/// French `précise`, Spanish `indicó`, Italian `sottolinea`), with the
/// reporting verb English puts after a quotation instead
/// (the pasts of news; `tells` and `assures` are left out, since words of
/// their shapes are common and they are rare there).
const OBJECT_VERBS_AS_SAID: &[(&str, &str)] = &[
    ("assured", "said"),
    ("indicated", "said"),
    ("informed", "said"),
    ("informs", "says"),
    ("specified", "said"),
    ("specify", "say"),
    ("told", "said"),
    ("underlined", "said"),
];

/// `"We will win," assured the mayor`: a verb that takes a person as object
/// (Spanish `aseguró el alcalde`, French `a assuré le maire`, Portuguese
/// `informou o ministério`) put after a quotation and its comma, inverted
/// with its subject as `said` is. English reads the subject as the object
/// (whom was assured?); the fix is `said`. A title in quotation marks
/// (`"Run" tells the story`) has no comma and is left alone.
fn inverted_after_quote(doc: &Document<'_>, k: usize) -> Option<Finding> {
    let (text, words) = (doc.text(), doc.words());
    let w = |j: usize| crate::analysis::document::word_in(text, words, j);
    let before = &text[words[k.checked_sub(1)?].1..words[k].0];
    let quoted = matches!(
        before,
        ",\u{201d} " | "\u{201d}, " | ",\" " | "\", " | ",\u{2019} " | "\u{2019}, "
    );
    if !quoted {
        return None;
    }
    let &(_, said) = OBJECT_VERBS_AS_SAID.iter().find(|(v, _)| *v == w(k))?;
    // the subject after the verb: `the` and a word, or a capitalised name
    let subject = w(k + 1);
    let inverted = crate::analysis::document::joined_in(text, words, k)
        && (subject == "the" || subject.as_bytes().first().is_some_and(u8::is_ascii_uppercase))
        && subject != "I";
    if !inverted {
        return None;
    }
    let span = words[k].0..words[k + 1].1;
    Some(
        REPORTING
            .finding(
                span,
                format!("`{}` after a quotation reads as taking `{subject} ...` as its object; English reports with `{said}` here", w(k)),
            )
            .with_fix(Fix::unsafe_fix(Edit::new(words[k].0..words[k].1, said))),
    )
}
