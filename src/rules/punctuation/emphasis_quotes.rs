//! The `punctuation/emphasis-quotes` rule: a name put in quotation marks after the word
//! that says what it is (`the newspaper “Morning Star”`, `the app “TaxiNow”`), and the other
//! short quotations near it (`the daily “Star”`, `chants of “anti-war”`, `the “Health
//! Agency” said`): quotation marks as emphasis, the habit of MT from Arabic, Persian and
//! German news. English writes such names and words bare; the quotations are listed for
//! review, with no fix (the marks may also be a quotation of someone's words).

use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// A quoted name after a noun naming its kind, and the short quotations around it.
pub struct EmphasisQuotes;

static EMPHASIS_QUOTES: RuleMeta = RuleMeta {
    id: "punctuation/emphasis-quotes",
    category: Category::Punctuation,
    severity: Severity::Info,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a name in quotation marks after the noun saying what it is (`the newspaper “Morning Star”`) and the short quotations near it, quotes as emphasis",
    flags: &[
        Example {
            text: "The report appeared in the newspaper “Evening Courier” on Monday.",
            fixed: "The report appeared in the newspaper “Evening Courier” on Monday.",
        },
        Example {
            text: "Riders booked through the app “RideFast” last year.",
            fixed: "Riders booked through the app “RideFast” last year.",
        },
        Example {
            text: "The agency “Northern Press” said prices rose.\nCrowds held “anti-war” banners in the square.",
            fixed: "The agency “Northern Press” said prices rose.\nCrowds held “anti-war” banners in the square.",
        },
        Example {
            text: "The daily \"Morning Post\" wrote about the port.\nThe \"Water Board\" raised its fees.",
            fixed: "The daily \"Morning Post\" wrote about the port.\nThe \"Water Board\" raised its fees.",
        },
        Example {
            text: "The satellites “Falcon One” and “Orbit” were launched.\nThe “national” team won.",
            fixed: "The satellites “Falcon One” and “Orbit” were launched.\nThe “national” team won.",
        },
    ],
    passes: &[
        "The report appeared in the Evening Courier on Monday.",
        "She called the plan “reckless” and left.",
        "The film “Night Train” opens on Friday.",
        "Earvin “Magic” Johnson visited the school.",
        "“We are ready,” the coach told the newspaper.",
        "The company “sold nothing”, a spokesman told the daily “evening” edition.",
        "The newspaper's editor, “Lena Park”, is new; the channel's “Night Desk” show ended.",
        "The word “Orbit” is a brand.",
        "She starred in the series, “Night Desk”, and in a film, “Orbit”.",
    ],
};

/// Nouns that name what kind of thing a name is, after which English writes the name bare
/// (`the newspaper Evening Courier`): media, companies and products, not works.
const KIND_NOUNS: &[&str] = &[
    "agency", "app", "bank", "brand", "channel", "company", "daily", "firm", "magazine",
    "network", "newspaper", "newspapers", "platform", "portal", "satellite", "satellites", "station",
    "vaccine", "website",
];

/// Words after which a quotation is a title, a term or a nickname (`the film “Dune”`, `the
/// word “yes”`), or someone's words (`called it “rash”`).
const TITLE_OR_WORDS: &[&str] = &[
    "album", "article", "as", "book", "called", "calls", "column", "documentary", "dubbed",
    "entitled", "episode", "film", "motto", "movie", "named", "nicknamed", "novel", "opera",
    "phrase", "play", "poem", "program", "programme", "said", "says", "series", "show", "slogan",
    "song", "termed", "title", "titled", "word", "words",
];

/// How far (in bytes) from a quoted name after its kind the other short quotations are
/// listed: about a dozen lines of headlines.
const NEARBY: usize = 1100;

/// A short quotation: its span (quotes included) and whether it is a name after its kind.
struct Short {
    span: std::ops::Range<usize>,
    named_kind: bool,
}

impl Rule for EmphasisQuotes {
    fn meta(&self) -> &'static RuleMeta {
        &EMPHASIS_QUOTES
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let shorts = short_quotations(text);
        let anchors: Vec<usize> = shorts
            .iter()
            .filter(|s| s.named_kind)
            .map(|s| s.span.start)
            .collect();
        if anchors.is_empty() {
            return;
        }
        let mut a = 0;
        for s in &shorts {
            while a + 1 < anchors.len() && anchors[a + 1] <= s.span.start {
                a += 1;
            }
            let near = |k: usize| anchors.get(k).is_some_and(|&x| x.abs_diff(s.span.start) <= NEARBY);
            if !(s.named_kind || near(a) || near(a + 1)) || doc.is_protected(s.span.clone()) {
                continue;
            }
            let message = if s.named_kind {
                "a name in quotation marks after the noun that says what it is; English writes the name bare"
            } else {
                "a word or name in quotation marks for emphasis, as the text does nearby; English writes it bare"
            };
            out.push(EMPHASIS_QUOTES.finding(s.span.clone(), message));
        }
    }
}

/// The text's short quotations in order: one to three words in `“”` or `""` on one line,
/// with no mark of a clause inside, that are no title, term, nickname or quoted words.
/// Straight quotes pair in order, the pairing starting again at a line break.
fn short_quotations(text: &str) -> Vec<Short> {
    let bytes = text.as_bytes();
    let on_one_line = |from: usize, to: usize| memchr::memchr(b'\n', &bytes[from..to]).is_none();
    let mut out = Vec::new();
    let mut straight_open: Option<usize> = None;
    let mut curly_open: Option<usize> = None;
    // `“` is E2 80 9C, `”` E2 80 9D: their last byte, then the two before
    for i in memchr::memchr3_iter(b'"', 0x9C, 0x9D, bytes) {
        let (open, close) = match bytes[i] {
            b'"' => match straight_open {
                Some(o) if on_one_line(o, i) => {
                    straight_open = None;
                    ((o, o + 1), (i, i + 1))
                }
                _ => {
                    straight_open = Some(i);
                    continue;
                }
            },
            last if i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80 => {
                if last == 0x9C {
                    curly_open = Some(i - 2);
                    continue;
                }
                match curly_open.take() {
                    Some(o) => ((o, o + 3), (i - 2, i + 1)),
                    None => continue,
                }
            }
            _ => continue,
        };
        // short first (the line test reads the span)
        if close.0 - open.1 > 48 || !on_one_line(open.1, close.0) {
            continue;
        }
        let inner = &text[open.1..close.0];
        if let Some(named_kind) = classify(text, open.0, close.1, inner) {
            out.push(Short {
                span: open.0..close.1,
                named_kind,
            });
        }
    }
    out
}

/// `Some(true)` for a name after its kind, `Some(false)` for another short quotation that
/// may be emphasis, `None` for anything else.
fn classify(text: &str, open: usize, end: usize, inner: &str) -> Option<bool> {
    let core = inner.strip_suffix('.').unwrap_or(inner);
    let words = core.split(' ').count();
    if core.is_empty()
        || core.len() > 40
        || words > 3
        || !core.starts_with(|c: char| c.is_alphabetic())
        || core.contains([',', ';', ':', '!', '?', '“', '”', '"', '(', ')'])
        || core.ends_with(' ')
    {
        return None;
    }
    // the word before, across a comma (`her series, “Night Desk”`)
    let head = text[..open].trim_end_matches([' ', ',']).len();
    let previous = crate::text::prev_ascii_word(text, head);
    let mut lower = [0u8; 16];
    let previous = crate::text::ascii_lower(previous, &mut lower).unwrap_or("");
    if crate::text::in_list(TITLE_OR_WORDS, previous.as_bytes()) {
        return None;
    }
    let name = core
        .split(' ')
        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    // a nickname between a first and a last name: `Earvin “Magic” Johnson`
    let capital_before = crate::text::prev_ascii_word(text, open).starts_with(|c: char| c.is_ascii_uppercase());
    let after = &text[end..];
    let capital_after = after
        .strip_prefix(' ')
        .is_some_and(|a| a.starts_with(|c: char| c.is_uppercase()));
    if name && capital_before && capital_after {
        return None;
    }
    Some(name && crate::text::in_list(KIND_NOUNS, previous.as_bytes()))
}
