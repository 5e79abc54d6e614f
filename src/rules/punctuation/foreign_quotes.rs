//! The `punctuation/foreign-quotes` rule: guillemets or low-9 quotation marks around English text;
//! English uses “ ”.

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, floor_boundary, skip_hspace, skip_hspace_back};
use std::borrow::Cow;

/// Quotation marks of other languages in English prose: `«paix»`, `„Frieden“`, `»so«`.
pub struct ForeignQuotes;

static FOREIGN_QUOTES: RuleMeta = RuleMeta {
    id: "punctuation/foreign-quotes",
    category: Category::Punctuation,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "guillemets or low-9 quotation marks around English text; English uses “ ”",
    flags: &[
        Example {
            text: "He called it « a historic step » on Monday.",
            fixed: "He called it “a historic step” on Monday.",
        },
        Example {
            text: "The paper said „nothing will change“ soon.",
            fixed: "The paper said “nothing will change” soon.",
        },
        Example {
            text: "They wanted «peace» and »bread« now.",
            fixed: "They wanted “peace” and “bread” now.",
        },
        Example {
            text: "A ‹small› word.",
            fixed: "A ‘small’ word.",
        },
    ],
    passes: &[
        "The motto « Liberté, égalité, fraternité » is French; so is « je ne regrette rien ».",
        "Russians call it «спецоперация» in print.",
        "Home » News » World",
        "She shouted „Wir sind das Volk“ with them.",
        "He called it “a historic step” on Monday.",
    ],
};

/// Function words of French, German, Spanish, Italian and Portuguese that are not English words.
/// Compared case-sensitively: these are lower-case in running text (`Le Monde` is a name).
pub(super) const FOREIGN_STOPWORDS: &[&str] = &[
    "auf", "aux", "ce", "cette", "che", "como", "das", "del", "dem", "der", "du", "ein", "eine",
    "el", "elle", "es", "est", "et", "für", "gli", "ich", "il", "ils", "ist", "je", "la", "las",
    "le", "les", "los", "mit", "ne", "nicht", "nous", "não", "os", "para", "pas", "por", "pour",
    "que", "qui", "sind", "sont", "sur", "una", "und", "une", "uno", "vous", "wir", "zu", "è", "é",
];

fn looks_foreign(s: &str) -> bool {
    if s.chars()
        .any(|c| crate::text::is_alphabetic(c) && !crate::text::is_latin(c))
    {
        return true;
    }
    let (mut foreign, mut accented, mut words) = (0, 0, 0);
    for w in s.split(|c: char| !crate::text::is_alphanumeric(c) && c != '\'') {
        if w.is_empty() {
            continue;
        }
        words += 1;
        if is_foreign_stopword(w) {
            foreign += 1;
        }
        if !w.is_ascii() {
            accented += 1;
        }
    }
    // function words of another language, or mostly accented words (`Liberté, égalité`)
    foreign >= 1 || (accented >= 2 && accented * 2 >= words)
}

impl Rule for ForeignQuotes {
    fn meta(&self) -> &'static RuleMeta {
        &FOREIGN_QUOTES
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let mut from = 0;
        let mut foreign_line_cache: Option<(usize, bool)> = None;
        let b = text.as_bytes();
        let opener_from = |from: usize| {
            memchr::memchr2_iter(0xC2, 0xE2, b.get(from..)?)
                .map(|p| from + p)
                // « and » are C2 AB and C2 BB; „ ‹ ‚ are E2 80 9E, B9 and 9A (a
                // test of the bytes: most E2 are the common curly quotes)
                .find(|&q| {
                    matches!(
                        (b[q], b.get(q + 1), b.get(q + 2)),
                        (0xC2, Some(0xAB | 0xBB), _) | (0xE2, Some(0x80), Some(0x9E | 0xB9 | 0x9A))
                    )
                })
        };
        while let Some(q) = opener_from(from) {
            let open = char_at(text, q).unwrap_or(' ');
            let qe = q + open.len_utf8();
            from = qe;
            let (closers, single): (&[char], bool) = match open {
                '«' => (&['»'], false),
                '»' => (&['«'], false),
                '„' => (&['“', '”'], false),
                '‹' => (&['›'], true),
                _ => (&['‘', '’'], true),
            };
            let line = doc.line_at(q);
            // a quotation of more than 400 chars is no `« word »`; the bound keeps the scan linear
            let window_end = floor_boundary(text, line.end.min(qe + 1600));
            let Some(crel) = text[qe..window_end].find(closers) else {
                continue;
            };
            let c = qe + crel;
            let close = char_at(text, c).unwrap_or(' ');
            let ce = c + close.len_utf8();
            let inner_start = skip_hspace(text, qe);
            let inner_end = skip_hspace_back(text, c);
            if inner_end <= inner_start || text[inner_start..inner_end].chars().count() > 400 {
                continue;
            }
            // `Home » News »` is a breadcrumb: a `»` opener must hug its word
            if open == '»' && inner_start != qe {
                continue;
            }
            if looks_foreign(&text[inner_start..inner_end]) {
                continue;
            }
            // whether the line is in another language, computed once per line
            let foreign_line = match foreign_line_cache {
                Some((start, v)) if start == line.start => v,
                _ => {
                    let v = looks_foreign_line(&text[line.clone()]);
                    foreign_line_cache = Some((line.start, v));
                    v
                }
            };
            if foreign_line {
                continue;
            }
            let (o, cl) = if single {
                ("‘", "’")
            } else {
                ("“", "”")
            };
            let fix = Fix::safe([Edit::new(q..inner_start, o), Edit::new(inner_end..ce, cl)]);
            out.push(
                FOREIGN_QUOTES
                    .finding(q..ce, foreign_quotes_message(open, close))
                    .with_fix(fix),
            );
            from = ce;
        }
    }
}

/// Whether `w` is one of [`FOREIGN_STOPWORDS`] (a key filter first: most words are not).
fn is_foreign_stopword(w: &str) -> bool {
    static FILTER: once_cell::sync::Lazy<crate::text::hash::KeyFilter> =
        once_cell::sync::Lazy::new(|| FOREIGN_STOPWORDS.iter().copied().collect());
    FILTER.may_contain(w) && FOREIGN_STOPWORDS.binary_search(&w).is_ok()
}

/// The message for a pair of foreign quotation marks (a constant for each pair the rule finds).
fn foreign_quotes_message(open: char, close: char) -> Cow<'static, str> {
    Cow::Borrowed(match (open, close) {
        ('«', '»') => "`«…»` are not English quotation marks; use `“…”`",
        ('»', '«') => "`»…«` are not English quotation marks; use `“…”`",
        ('„', '“') => "`„…“` are not English quotation marks; use `“…”`",
        ('„', '”') => "`„…”` are not English quotation marks; use `“…”`",
        ('‹', '›') => "`‹…›` are not English quotation marks; use `‘…’`",
        ('‚', '‘') => "`‚…‘` are not English quotation marks; use `‘…’`",
        ('‚', '’') => "`‚…’` are not English quotation marks; use `‘…’`",
        _ => return Cow::Owned(format!("`{open}…{close}` are not English quotation marks")),
    })
}

/// A line where other languages' function words outnumber English ones.
pub(super) fn looks_foreign_line(line: &str) -> bool {
    let (mut en, mut fo) = (0, 0);
    let mut count = |w: &str| {
        let english = matches!(
            w,
            "a" | "an"
                | "and"
                | "are"
                | "as"
                | "at"
                | "be"
                | "by"
                | "for"
                | "from"
                | "in"
                | "is"
                | "it"
                | "of"
                | "on"
                | "that"
                | "the"
                | "this"
                | "to"
                | "was"
                | "with"
        );
        if english {
            en += 1;
        } else if is_foreign_stopword(w) {
            fo += 1;
        }
    };
    // the maximal runs of letters and digits (the pieces of a split at every
    // other char, less the empty ones), a byte at a time for ASCII
    let b = line.as_bytes();
    let mut start = None;
    let mut i = 0;
    while i < b.len() {
        let (alnum, len) = if b[i] < 0x80 {
            (b[i].is_ascii_alphanumeric(), 1)
        } else {
            match char_at(line, i) {
                Some(c) => (crate::text::is_alphanumeric(c), c.len_utf8()),
                None => (false, 1),
            }
        };
        match (alnum, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                count(&line[s..i]);
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(s) = start {
        count(&line[s..]);
    }
    fo > en
}
