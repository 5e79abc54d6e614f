//! The `untranslated/source-function-word` rule: a short function word of the source language
//! left between English words (`the Greens y the Socialists`, `farmers “ et ” fishermen`), and
//! the Spanish abbreviation of the United States (`EE. UU.`).

use crate::analysis::document::Document;
use crate::analysis::wordlex::lookup;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, char_before};

/// A source language's conjunction, article or preposition between English words:
/// `the Greens y the Socialists`.
pub struct SourceFunctionWord;

static SOURCE_FUNCTION_WORD: RuleMeta = RuleMeta {
    id: "untranslated/source-function-word",
    category: Category::Untranslated,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| SOURCE_WORDS.to_vec()),
    default_enabled: true,
    summary: "a source language's function word left between English words (`the Greens y the Socialists`, `EE. UU.`)",
    flags: &[
        Example {
            text: "The vote united the Greens y the Socialists for once.",
            fixed: "The vote united the Greens y the Socialists for once.",
        },
        Example {
            text: "Dockers “ et ” drivers walked out on Monday.",
            fixed: "Dockers “ et ” drivers walked out on Monday.",
        },
        Example {
            text: "Nurses und teachers gathered outside the hall.",
            fixed: "Nurses und teachers gathered outside the hall.",
        },
        Example {
            text: "Talks between Jakarta dan Canberra resumed this week.",
            fixed: "Talks between Jakarta dan Canberra resumed this week.",
        },
        Example {
            text: "The envoy of EE. UU. landed in Quito at dawn.",
            fixed: "The envoy of EE. UU. landed in Quito at dawn.",
        },
        Example {
            text: "The US government UU announced new tariffs.",
            fixed: "The US government UU announced new tariffs.",
        },
        Example {
            text: "Bakers och butchers raised their prices.",
            fixed: "Bakers och butchers raised their prices.",
        },
        Example {
            text: "“Everyone knows how slow [da reforma] has been,” she said.",
            fixed: "“Everyone knows how slow [da reforma] has been,” she said.",
        },
        Example {
            text: "“The people [no Senado] will decide it,” he told reporters.",
            fixed: "“The people [no Senado] will decide it,” he told reporters.",
        },
        Example {
            text: "“We heard the speech [em Brasília] on the radio,” one voter said.",
            fixed: "“We heard the speech [em Brasília] on the radio,” one voter said.",
        },
        Example {
            text: "“That whole speech [do Ramos] was a show,” the senator said.",
            fixed: "“That whole speech [do Ramos] was a show,” the senator said.",
        },
        Example {
            text: "“The plan [del gobierno] will fail,” the mayor said.",
            fixed: "“The plan [del gobierno] will fail,” the mayor said.",
        },
        Example {
            text: "“Nobody trusts the minister [des impôts] any more,” they said.",
            fixed: "“Nobody trusts the minister [des impôts] any more,” they said.",
        },
    ],
    passes: &[
        "Jones et al. repeated the survey in 2021.",
        "The painter moved to Rio de Janeiro and met Vincent van Gogh's heirs.",
        "The group is de facto in charge, and that is a tour de force.",
        "The band played “Amor y Paz” and then “Sturm und Drang” at the end.",
        "Plot the values of y against x, then the value of x, y and z.",
        "I've said we're ready; the y-axis shows the rate.",
        "She quoted the slogan “pan y trabajo” twice.",
        "Students at UU and the Utrecht campus enrolled.",
        "“He [the president] will not resign,” the aide said.",
        "“There will be [no further] talks,” she said, and “we do [not] agree.”",
        "“They voted for [Die Linke] again,” a member of the party said.",
        "“I never said [do it now],” he said of the order.",
        "The array index [la] and the cell [no Republicans] hold the values.",
        "She cited Silva [da Costa] and the note [en route] twice.",
        "The striker, Pedro [dos Santos], scored twice.",
    ],
};

/// Short function words of source languages that are no English words (French, Spanish,
/// Portuguese, Italian, German, Dutch, Czech, Indonesian, Turkish, Swedish), sorted; words that
/// are English too (`a`, `e`, `o`, `con`, `per`, `van`, `die`, `den`, `pour`, `para`, `med`,
/// `som`…) are left out.
const SOURCE_WORDS: &[&str] = &[
    "aber", "aussi", "avec", "dan", "dans", "das", "de", "degli", "del", "della", "delle",
    "dem", "dengan", "der", "des", "dari", "di", "een", "eine", "et", "het", "ile", "ini", "inte",
    "ist", "itu", "jsou", "juga", "ke", "las", "los", "maar", "mais", "mit", "molto", "muy",
    "nicht", "niet", "och", "oder", "ook", "os", "ou", "pero", "por", "segundo", "sehr", "sind",
    "sont", "sur", "uma", "una", "und", "une", "untuk", "ve", "y", "yang", "zu",
];

/// Particles of names (`de Klerk`, `van Gogh`, `della Robbia`, `dos Santos`): silent before a
/// capital.
const PARTICLES: &[&str] = &[
    "da", "das", "de", "degli", "del", "della", "delle", "dem", "der", "des", "di", "do", "dos",
    "du", "la", "las", "le", "los",
];

/// Phrases English borrowed whole, with one of the words above in them.
const LOAN_PHRASES: &[&str] = &[
    "coup de grace",
    "cri de coeur",
    "cul de sac",
    "de facto",
    "de jure",
    "de luxe",
    "de minimis",
    "de novo",
    "de rigueur",
    "de trop",
    "eau de cologne",
    "eau de toilette",
    "esprit de corps",
    "et al",
    "et cetera",
    "fleur de lis",
    "hors de combat",
    "joie de vivre",
    "mise en scene",
    "nom de guerre",
    "nom de plume",
    "pas de deux",
    "por favor",
    "tour de force",
];

/// English function words: a conjunction of another language does not follow them (`of y in
/// x` is algebra).
const ENGLISH_FUNCTION: &[&str] = &[
    "a", "about", "after", "against", "an", "and", "are", "as", "at", "be", "been", "before",
    "between", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has",
    "have", "he", "her", "his", "if", "in", "into", "is", "it", "its", "may", "might", "must",
    "my", "no", "nor", "not", "of", "on", "or", "our", "over", "per", "she", "should", "so",
    "than", "that", "the", "their", "then", "these", "they", "this", "those", "to", "under",
    "via", "was", "we", "were", "which", "who", "will", "with", "would", "you", "your",
];

/// A neighbour of the candidate word on its line.
#[derive(Clone, Copy)]
enum Neighbour<'t> {
    /// A quotation mark.
    Quote,
    /// A word (letters of any script, joined by `'`, `’`, `-` or `.`).
    Word(&'t str),
}

impl Rule for SourceFunctionWord {
    fn meta(&self) -> &'static RuleMeta {
        &SOURCE_FUNCTION_WORD
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let words = doc.words();
        for k in doc.trigger_words(SOURCE_FUNCTION_WORD.id) {
            let (s, e) = words[k];
            let word = &text[s..e];
            if SOURCE_WORDS.binary_search(&word).is_ok()
                && is_stranded(doc, s, e)
                && !doc.is_protected(s..e)
            {
                out.push(SOURCE_FUNCTION_WORD.finding(
                    s..e,
                    format!("`{word}` is a function word of another language: left untranslated?"),
                ));
            }
        }
        us_abbreviation(doc, out);
        bracketed_source_phrase(doc, out);
    }
}

/// Articles, prepositions and their contractions that open a phrase of a source language and
/// never an English one (Portuguese, Spanish, French, Italian, German), sorted.
const PHRASE_OPENERS: &[&str] = &[
    "ao", "aos", "au", "aux", "da", "dal", "dalla", "das", "degli", "del", "della", "delle",
    "dem", "der", "des", "do", "dos", "du", "el", "les", "los", "nas", "nel", "nella", "pela",
    "pelo", "sul", "sulla", "vom", "zum", "zur",
];

/// Function words of those languages that English writes too (`no`, `la`, `die`): they open a
/// source phrase only before a word the lexicon does not know.
const AMBIGUOUS_OPENERS: &[&str] = &["al", "am", "com", "con", "den", "die", "em", "en", "la", "le", "na", "no", "nos"];

/// An editor's insertion in square brackets left in the source language inside an English
/// sentence: `[do Congresso]`, `[da reforma]` (two to four words, the first a source article or
/// preposition in lower case, none of the others an English word in lower case).
fn bracketed_source_phrase(doc: &Document<'_>, out: &mut Vec<Finding>) {
    let text = doc.text();
    let mut lines = super::EnglishLines::default();
    for open in memchr::memchr_iter(b'[', text.as_bytes()) {
        let Some(len) = text[open..].find(']') else {
            break;
        };
        let close = open + len;
        let inside = &text[open + 1..close];
        if inside.len() > 60 || inside.contains(['\n', '[']) {
            continue;
        }
        let words: Vec<&str> = inside.split(' ').collect();
        if !(2..=4).contains(&words.len()) || words.iter().any(|w| !w.chars().all(char::is_alphabetic) || w.is_empty()) {
            continue;
        }
        let first = words[0];
        let opener = PHRASE_OPENERS.binary_search(&first).is_ok()
            || AMBIGUOUS_OPENERS.binary_search(&first).is_ok();
        // after an opener, words the lexicon does not know; a capital after a particle of
        // names completes a name written before the bracket (`Silva [da Costa]`), while after a
        // common word it is the source's `of` (`the chat [do Lula]`, Lula's chat)
        let after_name = text[..open]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
        let source = opener
            && words[1..].iter().all(|w| {
                if w.starts_with(char::is_uppercase) {
                    // a name (`Lula`), unless English writes the word in lower case
                    lookup(&w.to_lowercase()).is_none() && !(PARTICLES.contains(&first) && after_name)
                } else {
                    lookup(w).is_none()
                }
            });
        if !source || !lines.at(doc, open) || doc.is_protected(open..close + 1) {
            continue;
        }
        out.push(SOURCE_FUNCTION_WORD.finding(
            open..close + 1,
            format!("`{}` is in another language: an insertion left untranslated?", &text[open..=close]),
        ));
    }
}

/// Whether the source word at `s..e` stands between English words as one of them would.
fn is_stranded(doc: &Document<'_>, s: usize, e: usize) -> bool {
    let text = doc.text();
    let word = &text[s..e];
    let joins = |c: Option<char>| {
        c.is_some_and(|c| matches!(c, '.' | '-' | '/' | '\'' | '’' | '−' | '_' | '@'))
    };
    if joins(char_before(text, s)) || joins(char_at(text, e)) {
        return false; // an abbreviation, an address, `I've`, `y-axis`
    }
    let (Some(prev), Some(next)) = (neighbour_before(text, s), neighbour_after(text, e)) else {
        return false;
    };
    let english = |n: Neighbour<'_>| match n {
        Neighbour::Quote => true,
        Neighbour::Word(w) => {
            SOURCE_WORDS.binary_search(&w.to_lowercase().as_str()).is_err()
                && (lookup(w).is_some()
                    || (w.starts_with(char::is_uppercase) && w.chars().count() <= 4))
        }
    };
    if !english(prev) || !english(next) {
        return false; // among other words of the source language: a title or a name kept
    }
    if let Neighbour::Word(p) = prev {
        if ENGLISH_FUNCTION.contains(&p.to_lowercase().as_str()) {
            return false;
        }
    }
    if let Neighbour::Word(n) = next {
        if PARTICLES.contains(&word) && n.starts_with(char::is_uppercase) {
            return false; // `de Gaulle`, `van Gogh`
        }
    }
    if word.len() == 1 {
        // a letter: a variable unless both neighbours are words of two letters or more
        let short = |n: Neighbour<'_>| matches!(n, Neighbour::Word(w) if w.chars().count() < 2);
        if short(prev) || short(next) || !gap_is_space(text, s, e) {
            return false;
        }
    }
    !in_loan_phrase(text, s, e) && !in_title_quote(doc, s)
}

/// Whether only spaces separate the word at `s..e` from both its neighbours.
fn gap_is_space(text: &str, s: usize, e: usize) -> bool {
    text[..s].ends_with(' ') && text[e..].starts_with(' ')
}

/// The token before `s` on its line, across spaces and commas only.
fn neighbour_before(text: &str, s: usize) -> Option<Neighbour<'_>> {
    let mut i = s;
    loop {
        let c = char_before(text, i)?;
        match c {
            ' ' | ',' => i -= 1,
            '“' | '”' | '"' | '«' | '»' => return Some(Neighbour::Quote),
            c if c.is_alphabetic() => break,
            _ => return None,
        }
    }
    let end = i;
    while let Some(c) = char_before(text, i) {
        let joined = matches!(c, '\'' | '’' | '-' | '.')
            && char_before(text, i - c.len_utf8()).is_some_and(char::is_alphabetic);
        if c.is_alphabetic() || joined {
            i -= c.len_utf8();
        } else {
            break;
        }
    }
    Some(Neighbour::Word(&text[i..end]))
}

/// The token after `e` on its line, across spaces and commas only.
fn neighbour_after(text: &str, e: usize) -> Option<Neighbour<'_>> {
    let mut i = e;
    loop {
        let c = char_at(text, i)?;
        match c {
            ' ' | ',' => i += 1,
            '“' | '”' | '"' | '«' | '»' => return Some(Neighbour::Quote),
            c if c.is_alphabetic() => break,
            _ => return None,
        }
    }
    let start = i;
    while let Some(c) = char_at(text, i) {
        let joined = matches!(c, '\'' | '’' | '-' | '.')
            && char_at(text, i + c.len_utf8()).is_some_and(char::is_alphabetic);
        if c.is_alphabetic() || joined {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    Some(Neighbour::Word(&text[start..i]))
}

/// Whether the word at `s..e` is part of a loan phrase (`et al.`, `tour de force`).
fn in_loan_phrase(text: &str, s: usize, e: usize) -> bool {
    let word = &text[s..e];
    LOAN_PHRASES.iter().any(|phrase| {
        phrase.split(' ').enumerate().any(|(n, w)| {
            if w != word {
                return false;
            }
            let before: usize = phrase.split(' ').take(n).map(|w| w.len() + 1).sum();
            let Some(start) = s.checked_sub(before) else {
                return false;
            };
            let end = start + phrase.len();
            end <= text.len()
                && text.is_char_boundary(start)
                && text.is_char_boundary(end)
                && text[start..end].eq_ignore_ascii_case(phrase)
                && !char_before(text, start).is_some_and(char::is_alphanumeric)
                && !char_at(text, end).is_some_and(char::is_alphanumeric)
        })
    })
}

/// Whether the offset `i` lies inside a quotation on its line that holds no English function
/// word: a title or a slogan quoted in its own language (`“pan y trabajo”`).
fn in_title_quote(doc: &Document<'_>, i: usize) -> bool {
    let text = doc.text();
    let line = doc.line_at(i);
    let before = &text[line.start..i];
    let after = &text[i..line.end];
    let open = match before.rfind(['“', '”', '"', '«', '»']) {
        Some(k) => k,
        None => return false,
    };
    let mark = char_at(before, open).unwrap_or(' ');
    let opens = match mark {
        '“' | '«' => true,
        '"' => before.matches('"').count() % 2 == 1,
        _ => false,
    };
    if !opens {
        return false;
    }
    let Some(close) = after.find(['”', '"', '»', '“']) else {
        return false;
    };
    let inside = &text[line.start + open..i + close];
    let mut words = inside.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
    // a quotation of the word alone (`“ et ”`) is no title
    inside.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).count() >= 2
        && !words.any(|w| ENGLISH_FUNCTION.contains(&w.to_lowercase().as_str()))
}

/// The Spanish abbreviation of the United States left as it is: `EE. UU.`, `EE.UU.`, `EEUU`,
/// and a bare `UU` after `US`, `USA` or `U.S.` earlier in its sentence.
fn us_abbreviation(doc: &Document<'_>, out: &mut Vec<Finding>) {
    let text = doc.text();
    for i in memchr::memmem::find_iter(text.as_bytes(), "UU") {
        if char_before(text, i).is_some_and(|c| c.is_alphanumeric() && c != 'E')
            || char_at(text, i + 2).is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let head = &text[crate::text::floor_boundary(text, i.saturating_sub(4))..i];
        let start = ["EE. ", "EE.", "EE"]
            .iter()
            .find(|p| {
                head.ends_with(*p)
                    && !char_before(text, i - p.len()).is_some_and(char::is_alphanumeric)
            })
            .map(|p| i - p.len());
        let start = match start {
            Some(start) => start,
            None => {
                if char_before(text, i).is_some_and(char::is_alphanumeric)
                    || !after_us_in_sentence(text, i)
                {
                    continue;
                }
                i
            }
        };
        let end = if text[i + 2..].starts_with('.') {
            i + 3
        } else {
            i + 2
        };
        if doc.is_protected(start..end) {
            continue;
        }
        out.push(SOURCE_FUNCTION_WORD.finding(
            start..end,
            format!(
                "`{}` is the Spanish abbreviation of the United States",
                &text[start..end]
            ),
        ));
    }
}

/// Whether `US`, `USA` or `U.S.` stands as a word in the sentence before `i` (up to 60 bytes).
fn after_us_in_sentence(text: &str, i: usize) -> bool {
    let from = crate::text::floor_boundary(text, i.saturating_sub(60));
    let window = &text[from..i];
    let window = match window.rfind(['!', '?', '\n']) {
        Some(k) => &window[k + 1..],
        None => window,
    };
    window
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .any(|w| matches!(w.trim_end_matches('.'), "US" | "USA" | "U.S"))
}
