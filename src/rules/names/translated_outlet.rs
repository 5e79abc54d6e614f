//! The `names/translated-outlet` rule: a news outlet whose name is the source language's word
//! for "news" translated into the English word, then used as a name with no article and no
//! other name word (`he told News on Monday`): cs Novinky, ru Vesti, tr Haberler, es
//! Noticias, ar Akhbar all become a bare `News`.

use crate::analysis::document::Document;
use crate::analysis::wordlex::lookup;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// A bare `News` as the outlet someone spoke to: `he told News on Monday`.
pub struct TranslatedOutlet;

static TRANSLATED_OUTLET: RuleMeta = RuleMeta {
    id: "names/translated-outlet",
    category: Category::Names,
    severity: Severity::Info,
    triggers: crate::Triggers::words(|| OUTLET_WORDS.to_vec()),
    default_enabled: true,
    summary: "an outlet's name translated as a common word (`he told News on Monday` for a paper called `News` in its language)",
    flags: &[
        Example {
            text: "\"We will not resign,\" the minister told News on Tuesday.",
            fixed: "\"We will not resign,\" the minister told News on Tuesday.",
        },
        Example {
            text: "According to News, the deal was signed in May.",
            fixed: "According to News, the deal was signed in May.",
        },
        Example {
            text: "In an interview with Newspaper, she said that prices would fall.",
            fixed: "In an interview with Newspaper, she said that prices would fall.",
        },
    ],
    passes: &[
        "The minister told Sky News on Tuesday that he would stay.",
        "She told the News that the deal was signed.",
        "According to News Corp, sales rose.",
        "He told News agency reporters about it.",
        "News of the deal spread. They spoke to News 24 later.",
        "Sign up to News alerts.",
        "The story was reported by News Limited staff.",
    ],
};

/// The English words an outlet's translated name comes out as.
const OUTLET_WORDS: &[&str] = &["News", "Newspaper"];

/// The words before the bare name that make it the outlet someone spoke to or quotes:
/// the word right before it, and (for a preposition) the word before that.
fn speaks_to(before: &str, before_that: &str) -> bool {
    match before {
        "told" | "tells" | "tell" | "telling" => true,
        "to" => matches!(
            before_that,
            "according" | "said" | "says" | "spoke" | "speaking" | "talking" | "interview" | "statement"
        ),
        "with" => matches!(before_that, "interview" | "interviews" | "conversation"),
        "by" => matches!(before_that, "quoted" | "cited" | "reported" | "published"),
        _ => false,
    }
}

impl Rule for TranslatedOutlet {
    fn meta(&self) -> &'static RuleMeta {
        &TRANSLATED_OUTLET
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let words = doc.words();
        for k in doc.trigger_words(TRANSLATED_OUTLET.id) {
            let word = doc.word(k);
            if !OUTLET_WORDS.contains(&word) || k == 0 {
                continue;
            }
            let spaced = |a: usize| &text[words[a].1..words[a + 1].0] == " ";
            let before = doc.word(k - 1);
            let before_that = if k >= 2 && spaced(k - 2) { doc.word(k - 2) } else { "" };
            let before_that = before_that.to_ascii_lowercase();
            if !spaced(k - 1) || !speaks_to(&before.to_ascii_lowercase(), &before_that) {
                continue;
            }
            if !ends_the_name(doc, k) || doc.is_protected(words[k].0..words[k].1) {
                continue;
            }
            out.push(TRANSLATED_OUTLET.finding(
                words[k].0..words[k].1,
                format!(
                    "a bare `{word}` as an outlet's name reads as its name translated as a common word (cs Novinky, ru Vesti, tr Haberler, es Noticias): write the outlet's own name"
                ),
            ));
        }
    }
}

/// Whether the name ends at word `k`: punctuation follows it, or a word that cannot continue
/// a name (a preposition, a conjunction, `that`), not a capitalised word or a digit.
fn ends_the_name(doc: &Document<'_>, k: usize) -> bool {
    let text = doc.text();
    let end = doc.words()[k].1;
    match text[end..].chars().next() {
        None => true,
        Some(',' | '.' | ';' | ':' | ')' | '!' | '?') => true,
        Some(' ') => {
            let Some(next) = doc.words().get(k + 1) else {
                return true;
            };
            if next.0 != end + 1 {
                return false;
            }
            let next = &text[next.0..next.1];
            next.starts_with(|c: char| c.is_ascii_lowercase())
                && lookup(next).is_some_and(|t| {
                    (t.is_preposition() || t.is_conjunction() || t.is_adverb()) && !t.is_noun()
                })
        }
        _ => false,
    }
}
