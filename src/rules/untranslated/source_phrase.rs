//! The `untranslated/source-phrase` rule: a few lower-case words of the source language left in
//! an English sentence (`the rise of the taxa de juros`, `a fund für kleine firms`), told from
//! English by a function word of that language next to a word English does not have, or by a
//! letter with a diacritic in a word English does not have (`the previdência reform`).

use crate::analysis::document::Document;
use crate::analysis::wordlex::lookup;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, char_before};

/// Lower-case words of another language inside an English sentence: `the taxa de juros rose`.
pub struct SourcePhrase;

static SOURCE_PHRASE: RuleMeta = RuleMeta {
    id: "untranslated/source-phrase",
    category: Category::Untranslated,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| FUNCTION_WORDS.to_vec()),
    default_enabled: true,
    summary: "lower-case words of another language left in an English sentence (`the rise of the taxa de juros`)",
    flags: &[
        Example {
            text: "Savers watched the rise of the taxa de juros this spring.",
            fixed: "Savers watched the rise of the taxa de juros this spring.",
        },
        Example {
            text: "The city opened a fund für kleine firms on Monday.",
            fixed: "The city opened a fund für kleine firms on Monday.",
        },
        Example {
            text: "Farmers asked for help dengan harga of fertiliser.",
            fixed: "Farmers asked for help dengan harga of fertiliser.",
        },
        Example {
            text: "The bill on the previdência reform passed the lower house.",
            fixed: "The bill on the previdência reform passed the lower house.",
        },
        Example {
            text: "Inspectors checked the wagons della ferrovia near the border.",
            fixed: "Inspectors checked the wagons della ferrovia near the border.",
        },
        Example {
            text: "The mayor spoke about the budżet miasta at the meeting.",
            fixed: "The mayor spoke about the budżet miasta at the meeting.",
        },
    ],
    passes: &[
        "Her chat, like the cutsâ€™ effect, was lost in the page.",
        "The towns of Svaz měst a obcí met the minister on Friday.",
        "The council is de facto in charge; see the rules et seq. for more.",
        "The actress Ana de Armas flew to Rio de Janeiro on Friday.",
        "Forces described by van der Waals hold the film together.",
        "The story ran in Le Monde and Die Zeit, and Dos Equis sponsored it.",
        "She ordered a café au lait and a crème brûlée after the coq au vin.",
        "The phrase “taxa de juros” means the interest rate.",
        "The word saudade (longing) has no English twin.",
        "The study was repeated in vitro by Jones et al. last year.",
        "He played the hit “Amor de mis amores” at the end of the show.",
        "The post office Česká pošta is slow, a spokesman of česká pošta said.",
        "She wore a dress from Dolce and the piñata broke at the fiesta.",
        "Among recent shōnen manga, the series sold well.",
        "they sang rio de janeiro all night long in the bar",
        "The group Sdružení nezávislých kandidátů won the vote in the town.",
        "Two seats went to Vršané – nezávislí kandidáti won the rest.",
        "Her debut album Männer sind auch nur Menschen sold well.",
        "It was a tour de force, a coup de grâce and a fait accompli.",
    ],
};

/// Function words of source languages that are no English words (articles, prepositions,
/// conjunctions, pronouns, auxiliaries of Portuguese, Spanish, French, Italian, German, Czech,
/// Polish, Indonesian and Turkish), in ASCII, sorted: the words the rule is woken by.
const FUNCTION_WORDS: &[&str] = &[
    "aber", "adalah", "agli", "akan", "alla", "alle", "anche", "ao", "aos",
    "atau", "au", "auch", "aus", "avec", "bagi", "bahwa", "bei", "beim",
    "bir", "ces", "cette", "che", "chez", "comme", "como", "da", "dagli",
    "daha", "dal", "dalam", "dalla", "dalle", "dan", "dans", "dari", "das",
    "dass", "de", "degli", "dei", "del", "della", "delle", "dello", "dem",
    "dengan", "depois", "depuis", "der", "des", "desde", "di", "dla", "du",
    "durch", "eine", "einem", "einen", "einer", "eines", "el", "entre", "esta",
    "este", "et", "gegen", "gibi", "gli", "hasta", "ile", "ils", "ini",
    "ist", "itu", "jako", "jsou", "juga", "kepada", "la", "las", "le",
    "les", "leur", "leurs", "los", "mais", "mit", "muito", "muy", "nach",
    "nas", "nebo", "nei", "nel", "nella", "nelle", "nicht", "nie", "noch",
    "oder", "olarak", "oleh", "oraz", "ou", "pada", "pela", "pelas", "pelo",
    "pelos", "pero", "podle", "por", "porque", "przez", "que", "questa", "questo",
    "sehr", "selon", "sind", "sobre", "sono", "sont", "sua", "suas", "sudah",
    "sul", "sulla", "sur", "telah", "tersebut", "tidak", "uma", "umas", "una",
    "unas", "und", "une", "unos", "untuk", "ve", "vers", "veya", "vom",
    "von", "wird", "wurde", "zum", "zur", "zwischen",
];

/// The same with letters English does not write, sorted (found as the neighbours of a word).
const MARKED_FUNCTION_WORDS: &[&str] = &[
    "está", "estão", "für", "için", "już", "já", "která", "které", "který",
    "która", "które", "który", "não", "où", "più", "před", "při", "również",
    "się", "también", "também", "też", "très", "während", "çok", "être", "über",
    "że",
];

/// Phrases English borrowed whole, with one of the words above and a word the lexicon lacks.
const LOAN_PHRASES: &[&str] = &[
    "a la carte", "a la mode", "alle vongole", "au contraire", "au courant", "au fait",
    "au gratin", "au jus", "au lait", "au naturel", "au pair", "au revoir", "chili con carne",
    "coq au vin", "coup de foudre", "coup de grace", "coup de theatre", "creme de cassis",
    "creme de la creme", "creme de menthe", "cri de coeur", "cul de sac", "da capo", "dal segno",
    "de facto", "de jure", "de luxe", "de minimis", "de novo", "de profundis", "de rigueur",
    "de trop", "dolce far niente", "du jour", "dulce de leche", "eau de vie", "et cetera",
    "et seq", "fin de siecle", "fleur de lis", "hors de combat", "joie de vivre",
    "la dolce vita", "mise en place", "mise en scene", "nom de guerre", "nom de plume",
    "ooh la la", "pain au chocolat", "pain de mie", "pas de deux", "pastel de nata",
    "pico de gallo", "piece de resistance", "pied a terre", "pomme de terre", "que sera",
    "tour de force", "tra la la",
];

/// Loanwords English writes with their accents that the lexicon does not know (with or
/// without them).
const LOANWORDS: &[&str] = &[
    "aperçu", "arrière", "bête", "brûlée", "déclassé", "déjà", "époque", "fraîche", "maître",
    "mâché", "pensée", "siècle", "tête",
];

/// Words that say the next words are mentioned, not used (`the word saudade`).
const MENTION_WORDS: &[&str] = &[
    "called", "dubbed", "expression", "hashtag", "motto", "named", "noun", "phrase", "slogan",
    "term", "title", "verb", "word",
];

/// How many words a run may hold: a longer one is a quoted title or a sentence of its own.
const MAX_RUN: usize = 4;

/// What a word of a run is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A function word of a source language.
    Function,
    /// A lower-case word the lexicon does not know, without letters English does not write.
    Unknown,
    /// A lower-case word the lexicon does not know, with a letter English does not write.
    Marked,
}

impl Rule for SourcePhrase {
    fn meta(&self) -> &'static RuleMeta {
        &SOURCE_PHRASE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let words = doc.words();
        let mut lines = super::EnglishLines::default();
        let mut past = 0;
        let mut searches = 0;
        let mut look = |s: usize, past: &mut usize, out: &mut Vec<Finding>| {
            if s < *past {
                return;
            }
            // (a capitalised word is no run's: a name, `Zürich`)
            if !char_at(text, s).is_some_and(char::is_lowercase) {
                *past = word_end(text, s);
                return;
            }
            let Some(run) = run_around(text, s) else {
                return;
            };
            *past = run.end;
            if run.is_source()
                && lines.at(doc, s)
                && !mentioned(doc, &run)
                && !doc.is_protected(run.start..run.end)
                && !named_elsewhere(text, &run, &mut searches)
            {
                out.push(SOURCE_PHRASE.finding(
                    run.start..run.end,
                    format!(
                        "`{}` reads as words of another language: left untranslated?",
                        &text[run.start..run.end]
                    ),
                ));
            }
        };
        // the function words, then the words with a letter English does not write
        let mut listed = doc
            .trigger_words(SOURCE_PHRASE.id)
            .filter(|&k| is_function_word(doc.word(k)))
            .map(|k| words[k].0)
            .peekable();
        // the first bytes of the letters U+00C0 to U+017F in UTF-8 (among the marks: the
        // punctuation and the first bytes of non-ASCII chars)
        let b = text.as_bytes();
        let mut marked = doc
            .marks()
            .iter()
            .copied()
            .filter(|&i| (0xC3..=0xC5).contains(&b[i]) && char_at(text, i).is_some_and(is_marked_letter))
            .peekable();
        loop {
            let next = match (listed.peek(), marked.peek()) {
                (Some(&a), Some(&m)) if a <= m => listed.next(),
                (Some(_), Some(_)) | (None, Some(_)) => marked.next(),
                (Some(_), None) => listed.next(),
                (None, None) => None,
            };
            let Some(i) = next else { break };
            let s = word_start(text, i);
            look(s, &mut past, out);
        }
    }
}

/// What stands before a run.
#[derive(Clone, Copy)]
enum Before<'t> {
    /// An English word (possibly across a comma): in lower case, or capitalised but no name
    /// (`She`, `Palestinian`), or a possessive `'s`.
    English(&'t str),
    /// Another word: a name, a word of another language.
    Other,
    /// No word: the line's start, a bracket, a quotation mark.
    Nothing,
}

/// A run of words of another language and what is around it.
struct Run<'t> {
    start: usize,
    end: usize,
    words: Vec<(&'t str, Kind)>,
    /// What stands before the run.
    before: Before<'t>,
    /// The word after the run, if one stands there after one space.
    next: Option<&'t str>,
    /// The text after the run up to the line's end.
    after: &'t str,
}

impl Run<'_> {
    /// Whether the run holds a source function word next to an unknown word, or a marked word,
    /// and stands after an English word, short and outside a loan phrase.
    fn is_source(&self) -> bool {
        let kinds: Vec<Kind> = self.words.iter().map(|&(_, k)| k).collect();
        let paired = kinds.windows(2).any(|w| {
            matches!(
                (w[0], w[1]),
                (Kind::Function, Kind::Unknown | Kind::Marked)
                    | (Kind::Unknown | Kind::Marked, Kind::Function)
            )
        });
        // a word with a letter English does not write (a function word too: `że`, `não`)
        let marked = self.words.iter().any(|&(w, _)| w.chars().any(is_marked_letter));
        // after an English word, or after a mark with an English word following
        let english_next = self
            .next
            .is_some_and(|w| w.starts_with(char::is_lowercase) && lookup(w).is_some());
        let before = match self.before {
            Before::English(w) => w,
            Before::Nothing if english_next => "",
            _ => return false,
        };
        (paired || marked)
            && self.words.len() <= MAX_RUN
            && !MENTION_WORDS.contains(&before.to_lowercase().as_str())
            && !self.in_loan_phrase(before)
    }

    /// Whether the run, with the words before and after it, holds a loan phrase (`café au
    /// lait`), compared without accents.
    fn in_loan_phrase(&self, before: &str) -> bool {
        let mut all = vec![unaccented(before).to_lowercase()];
        all.extend(self.words.iter().map(|&(w, _)| unaccented(w)));
        all.extend(self.next.map(|w| unaccented(w).to_lowercase()));
        LOAN_PHRASES.iter().any(|phrase| {
            let parts: Vec<&str> = phrase.split(' ').collect();
            all.windows(parts.len()).any(|window| window.iter().zip(&parts).all(|(a, b)| a == b))
        })
    }
}

/// The run of source-language words around the word starting at `s`: the words joined to it by
/// single spaces that are source function words or lower-case words the lexicon does not know
/// (at most [`MAX_RUN`] + 1 on each side, so a long foreign passage costs linear time).
fn run_around(text: &str, s: usize) -> Option<Run<'_>> {
    let e = word_end(text, s);
    let first = kind_at(text, s, e)?;
    let mut words = vec![(&text[s..e], first)];
    let (mut start, mut end) = (s, e);
    while words.len() <= MAX_RUN + 1 {
        let Some((ps, pe)) = word_before(text, start) else {
            break;
        };
        let w = &text[ps..pe];
        match kind_at(text, ps, pe).or_else(|| conjunction_letter(text, w, ps)) {
            Some(kind) => {
                words.insert(0, (w, kind));
                start = ps;
            }
            None => break,
        }
    }
    let before = before_run(text, start);
    let mut next = None;
    while words.len() <= MAX_RUN + 1 {
        let Some((ns, ne)) = word_after(text, end) else {
            break;
        };
        let w = &text[ns..ne];
        match kind_at(text, ns, ne) {
            Some(kind) => {
                words.push((w, kind));
                end = ne;
            }
            None => {
                next = Some(w);
                break;
            }
        }
    }
    let line_end = text[end..].find('\n').map_or(text.len(), |k| end + k);
    Some(Run {
        start,
        end,
        words,
        before,
        next,
        after: &text[end..line_end],
    })
}

/// What stands before the run starting at `start`: the word before it across one space (or a
/// comma and a space), judged English or not.
fn before_run(text: &str, start: usize) -> Before<'_> {
    let head = &text[..start];
    // no word: a line's or a sentence's start, else a mark that may follow a name (the
    // text's own start is not read as a line's: what comes before a text is unknown)
    let opens = {
        let t = head.trim_end_matches([' ', '"', '“', '‘', '(']);
        t.ends_with(['\n', '.', '!', '?', ':'])
    };
    let Some(head) = head.strip_suffix(' ') else {
        return if opens { Before::Nothing } else { Before::Other };
    };
    if head.ends_with("'s") || head.ends_with("’s") {
        return Before::English("'s");
    }
    let head = head.strip_suffix(',').unwrap_or(head);
    let pe = head.len();
    let ps = word_start(text, pe);
    if ps == pe {
        return if opens { Before::Nothing } else { Before::Other };
    }
    let w = &text[ps..pe];
    let english = if w.starts_with(char::is_lowercase) {
        lookup(w).is_some()
    } else {
        // capitalised: a common word at a sentence's start, or an adjective of a people
        match crate::analysis::wordlex::lookup_as_written(w) {
            Some(tags) => !tags.is_empty() && !tags.is_proper_noun(),
            None => lookup(w).is_some(),
        }
    };
    if english {
        Before::English(w)
    } else {
        Before::Other
    }
}

/// Whether `w` is one of [`FUNCTION_WORDS`] (looked up as a packed word among packed words:
/// the rule is asked about thousands of words of their shapes in a long text).
fn is_function_word(w: &str) -> bool {
    static PACKED: once_cell::sync::Lazy<Vec<u64>> = once_cell::sync::Lazy::new(|| {
        let mut packed: Vec<u64> = FUNCTION_WORDS
            .iter()
            .filter_map(|w| crate::text::pack_word(w.as_bytes()))
            .collect();
        packed.sort_unstable();
        packed
    });
    crate::text::pack_word(w.as_bytes()).is_some_and(|key| PACKED.binary_search(&key).is_ok())
}

/// A one-letter word (`a`, `e`, `i`, `y`…, the conjunctions and prepositions of several
/// languages) after a word of another language or a capitalised word the lexicon lacks: part
/// of the run (`Svaz měst a obcí`), not the English article.
fn conjunction_letter(text: &str, w: &str, s: usize) -> Option<Kind> {
    if w.len() != 1 || !w.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let (ps, pe) = word_before(text, s)?;
    let p = &text[ps..pe];
    let foreign = kind_of(p).is_some() || (p.starts_with(char::is_uppercase) && lookup(p).is_none());
    foreign.then_some(Kind::Function)
}

/// [`kind_of`] the word at `s..e` of `text`, unless a symbol outside ASCII is glued to it
/// (`couldï»¿`): a word run into mojibake is a broken encoding, not another language.
fn kind_at(text: &str, s: usize, e: usize) -> Option<Kind> {
    let symbol = |c: char| !c.is_ascii() && !c.is_alphanumeric() && !"’‘“”–—".contains(c);
    let glued = text[e..].chars().next().is_some_and(symbol)
        || text[..s].chars().next_back().is_some_and(symbol);
    if glued {
        return None;
    }
    kind_of(&text[s..e])
}

/// What a word is in a run, `None` for a word that is none of the kinds (an English word, a
/// capitalised word, a letter).
fn kind_of(w: &str) -> Option<Kind> {
    if w.chars().count() < 2 || !w.chars().all(|c| c.is_lowercase()) {
        return None;
    }
    if is_function_word(w) || MARKED_FUNCTION_WORDS.binary_search(&w).is_ok() {
        return Some(Kind::Function);
    }
    if w.chars().count() < 3 || lookup(w).is_some() || is_name(w) {
        return None;
    }
    if w.is_ascii() {
        return Some(Kind::Unknown);
    }
    // a loanword the lexicon knows without its accents (`detente`), or with macrons only
    // (romanised Japanese: `shōnen`)
    let bare = unaccented(w);
    if lookup(&bare).is_some()
        || is_name(&bare)
        || LOANWORDS.contains(&w)
        || !w.chars().any(is_marked_letter)
    {
        return None;
    }
    Some(Kind::Marked)
}

/// Whether the lexicon knows the word capitalised, as a name (`janeiro` in a text written in
/// lower case).
fn is_name(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let capitalised: String = first.to_uppercase().chain(chars).collect();
    crate::analysis::wordlex::lookup_as_written(&capitalised).is_some()
}

/// The word without its accents: decomposed, without the combining marks.
fn unaccented(w: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    w.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

/// A Latin letter with a diacritic of the languages the rule knows (Latin-1 and Latin
/// Extended-A), the macron vowels of romanised Japanese left out.
fn is_marked_letter(c: char) -> bool {
    // (every char of the range is a letter but `×` and `÷`)
    matches!(c, '\u{C0}'..='\u{17F}')
        && !matches!(c, '×' | '÷' | 'ā' | 'ē' | 'ī' | 'ō' | 'ū' | 'Ā' | 'Ē' | 'Ī' | 'Ō' | 'Ū' | 'æ' | 'Æ')
}

/// Whether a char is part of a word for this rule (a letter of any script).
fn is_word_char(c: char) -> bool {
    c.is_alphabetic()
}

/// The start of the word holding byte `i`.
fn word_start(text: &str, i: usize) -> usize {
    let mut s = i;
    while let Some(c) = char_before(text, s) {
        if !is_word_char(c) {
            break;
        }
        s -= c.len_utf8();
    }
    s
}

/// The end of the word starting at `s`.
fn word_end(text: &str, s: usize) -> usize {
    let mut e = s;
    while let Some(c) = char_at(text, e) {
        if !is_word_char(c) {
            break;
        }
        e += c.len_utf8();
    }
    e
}

/// The word before `s` when one space alone stands between them.
fn word_before(text: &str, s: usize) -> Option<(usize, usize)> {
    if char_before(text, s) != Some(' ') {
        return None;
    }
    let pe = s - 1;
    let ps = word_start(text, pe);
    (ps < pe && !glued_before(text, ps)).then_some((ps, pe))
}

/// The word after `e` when one space alone stands between them.
fn word_after(text: &str, e: usize) -> Option<(usize, usize)> {
    if char_at(text, e) != Some(' ') {
        return None;
    }
    let ns = e + 1;
    let ne = word_end(text, ns);
    (ns < ne && !glued_after(text, ne)).then_some((ns, ne))
}

/// Whether the word starting at `s` is joined to a word or number before it (`I've`, `x-ray`).
fn glued_before(text: &str, s: usize) -> bool {
    match char_before(text, s) {
        Some(c) if c.is_alphanumeric() => true,
        Some(c) if is_joiner(c) => {
            char_before(text, s - c.len_utf8()).is_some_and(char::is_alphanumeric)
        }
        _ => false,
    }
}

/// Whether the word ending at `e` is joined to a word or number after it (`di-`, `a.b`).
fn glued_after(text: &str, e: usize) -> bool {
    match char_at(text, e) {
        Some(c) if c.is_alphanumeric() => true,
        Some(c) if is_joiner(c) => char_at(text, e + c.len_utf8()).is_some_and(char::is_alphanumeric),
        _ => false,
    }
}

/// A char that joins a word to another (`I've`, `Jean-Luc`, `a.b`, a path).
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '/' | '_' | '@') || c.is_ascii_digit()
}

/// Whether the run is mentioned on purpose: quoted on its line, glossed in brackets after it
/// (`saudade (longing)`), glued to other words, or on a line written all in lower case (where
/// names lost their capitals too).
fn mentioned(doc: &Document<'_>, run: &Run<'_>) -> bool {
    let text = doc.text();
    let symbol = |c: Option<char>| {
        c.is_some_and(|c| !c.is_ascii() && !c.is_whitespace() && !"“”‘’«»„–—…".contains(c))
    };
    let glued = glued_before(text, run.start)
        || glued_after(text, run.end)
        || symbol(char_at(text, run.end))
        || symbol(char_before(text, run.start));
    if glued || run.after.trim_start().starts_with('(') {
        return true;
    }
    let line = doc.line_at(run.start);
    let before = &text[line.start..run.start];
    if !text[line.clone()].contains(char::is_uppercase) {
        return true;
    }
    // the quotation around the run: its opening mark in `before`, its closing one in `after`
    let opening = if before.matches('"').count() % 2 == 1 {
        before.rfind('"').zip(run.after.find('"'))
    } else {
        None
    };
    let opening = opening.or_else(|| {
        let o = before.rfind(['“', '«', '„', '‘'])?;
        let closing: &[char] = if before[o..].starts_with('‘') { &['’'] } else { &['”', '»', '“'] };
        if before[o..].chars().skip(1).any(|c| closing.contains(&c)) {
            return None;
        }
        Some((o, run.after.find(closing)?))
    });
    let Some((o, c)) = opening else {
        return false;
    };
    // a title or a phrase quoted in its language, unless the quotation is English speech
    let inside = before[o..].split(|c: char| !c.is_alphabetic()).chain(run.after[..c].split(|c: char| !c.is_alphabetic()));
    !inside.into_iter().any(|w| ENGLISH_MARKERS.contains(&w))
}

/// Small English words that make a quotation English speech rather than a quoted title.
const ENGLISH_MARKERS: &[&str] = &[
    "and", "are", "be", "but", "can", "for", "from", "has", "have", "he", "is", "it", "not", "of",
    "that", "the", "they", "this", "to", "was", "we", "were", "will", "with", "would", "you",
];

/// Whether a marked word of the run is written capitalised elsewhere in the text: part of a
/// name the writer also spells with its capital (`Česká pošta`, then `česká pošta`). Each
/// text is searched for at most a few such words, so a page in another language costs
/// linear time; past those, the run is passed over.
fn named_elsewhere(text: &str, run: &Run<'_>, searches: &mut usize) -> bool {
    const MAX_SEARCHES: usize = 16;
    for &(w, kind) in &run.words {
        if kind != Kind::Marked {
            continue;
        }
        if *searches >= MAX_SEARCHES {
            return true;
        }
        *searches += 1;
        let mut chars = w.chars();
        let Some(first) = chars.next() else {
            continue;
        };
        let capitalised: String = first.to_uppercase().chain(chars).collect();
        if memchr::memmem::find(text.as_bytes(), capitalised.as_bytes()).is_some() {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_lists_are_sorted_and_no_english_words() {
        crate::text::assert_sorted(FUNCTION_WORDS);
        crate::text::assert_sorted(MARKED_FUNCTION_WORDS);
        assert!(FUNCTION_WORDS.iter().all(|w| is_function_word(w)), "a word longer than 8 bytes");
        assert!(!is_function_word("the") && !is_function_word("said"));
        for w in FUNCTION_WORDS.iter().chain(MARKED_FUNCTION_WORDS) {
            // (`de`, `el`, `la`, `le` the lexicon lists for names and loans: `de facto`)
            assert!(lookup(w).is_none() || ["de", "el", "la", "le"].contains(w), "{w} is English");
        }
    }
}
