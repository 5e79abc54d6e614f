//! A document-level score: how likely a text is to be machine-translated, from a
//! scan's findings and the text's length.
//!
//! # How the score is computed
//!
//! Every finding is evidence, weighted by what it proves about the pipeline
//! that produced the text ([`evidence_weight`]): a machine-translation disclaimer
//! or scraped-page debris is strong evidence (3 points), most artifacts one point,
//! an artifact that careful human writers also leave half a point. Clean edited
//! text has a few slips too, so an allowance of half a point per 1,000 words is
//! subtracted; what remains, the excess evidence `x`, maps to a score in [0, 1):
//!
//! ```text
//! score = 1 - exp(-x / 1.5)          (0 when x <= 0)
//! ```
//!
//! A disclaimer alone lifts the score to at least 0.95. The verdict
//! `machine_translated` is `score >= 0.5`, i.e. about one point of excess
//! evidence: two independent artifacts in a short article, or one piece of page
//! debris. One slip in an edited article is not enough.

use crate::finding::{Category, Finding};

/// The evidence behind a document's score.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentScore {
    /// Words in the text (runs of letters or digits).
    pub words: usize,
    /// How many findings the score counts.
    pub findings: usize,
    /// Findings per category, in category order, only categories with findings.
    pub by_category: Vec<(Category, usize)>,
    /// Findings per 1,000 words.
    pub per_1000_words: f64,
    /// Whether a machine-translation disclaimer was found.
    pub disclaimer: bool,
    /// Weighted evidence, before the allowance for clean text.
    pub evidence: f64,
    /// The score in [0, 1]: how likely the text was machine-translated.
    pub score: f64,
    /// The verdict: `score >= 0.5`.
    pub machine_translated: bool,
}

/// The weight of one finding as evidence of machine translation.
pub fn evidence_weight(f: &Finding) -> f64 {
    match (f.category, f.rule) {
        (Category::Boilerplate, _) => 3.0,
        (Category::Repetition, _) => 0.5,
        (_, "encoding/invisible-character" | "encoding/replacement-character") => 0.5,
        _ => 1.0,
    }
}

/// Counts words: runs of letters and digits, where an apostrophe between letters
/// (`Zoë’s`) and a point or comma between digits (`3.5`, `1,000`) stay inside a word.
pub fn count_words(text: &str) -> usize {
    let mut n = 0;
    let mut prev: Option<char> = None;
    let mut in_word = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let joins = match c {
            '\'' | '’' => {
                prev.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic)
            }
            '.' | ',' => {
                prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit())
            }
            _ => false,
        };
        let w = crate::text::is_alphanumeric(c) || (joins && in_word);
        if w && !in_word {
            n += 1;
        }
        in_word = w;
        prev = Some(c);
    }
    n
}

/// Scores a text from the findings of scanning it.
///
/// ```
/// use mtlint::{score, Detector};
/// let text = "Rain fell.\nThis page has been robot translated, sorry for typos if any.\n";
/// let s = score(text, &Detector::new().scan(text));
/// assert!(s.disclaimer && s.machine_translated && s.score >= 0.95);
///
/// let clean = "Rain fell on the harbour all day, and the ferries stayed in port.";
/// assert!(!score(clean, &Detector::new().scan(clean)).machine_translated);
/// ```
pub fn score(text: &str, findings: &[Finding]) -> DocumentScore {
    let words = count_words(text);
    let mut by_category: Vec<(Category, usize)> = Vec::new();
    let mut evidence = 0.0;
    let mut disclaimer = false;
    for f in findings {
        evidence += evidence_weight(f);
        disclaimer |= f.rule == "boilerplate/mt-disclaimer";
        match by_category.iter_mut().find(|(c, _)| *c == f.category) {
            Some((_, n)) => *n += 1,
            None => by_category.push((f.category, 1)),
        }
    }
    by_category.sort();
    let allowance = 0.5 * words as f64 / 1000.0;
    let excess = evidence - allowance;
    let mut value = if excess > 0.0 {
        1.0 - (-excess / 1.5).exp()
    } else {
        0.0
    };
    if disclaimer {
        value = value.max(0.95);
    }
    DocumentScore {
        words,
        findings: findings.len(),
        by_category,
        per_1000_words: if words == 0 {
            0.0
        } else {
            findings.len() as f64 * 1000.0 / words as f64
        },
        disclaimer,
        evidence,
        score: value,
        machine_translated: value >= 0.5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Detector;

    #[test]
    fn words_are_counted() {
        assert_eq!(count_words(""), 0);
        assert_eq!(count_words("Zoë’s 12 cats, and 3.5 dogs"), 6);
        assert_eq!(count_words("a,b 1,000 x.y"), 5);
    }

    #[test]
    fn one_slip_in_a_long_article_is_not_machine_translation() {
        let text =
            "The council met on Tuesday and agreed the plan. ".repeat(40) + "It was the the end.";
        let s = score(&text, &Detector::new().scan(&text));
        assert_eq!(s.findings, 1);
        assert!(!s.machine_translated, "{s:?}");
    }

    #[test]
    fn several_artifacts_are() {
        let text = "The ministerâ€™s plan costs 150,5 billion euros. .\nBack to top button";
        let s = score(text, &Detector::new().scan(text));
        assert!(s.machine_translated && s.score > 0.9, "{s:?}");
        assert!(s
            .by_category
            .iter()
            .any(|(c, _)| *c == Category::Boilerplate));
    }
}
