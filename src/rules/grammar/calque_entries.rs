//! The calque table shared by `grammar/calque` and `grammar/learner-calque`:
//! each entry's pattern, key words and guard, and the check that runs them.

use crate::analysis::document::Document;
use crate::finding::{Edit, Finding, Fix};
use crate::rules::RuleMeta;
use crate::text::hash::{FastMap, KeyFilter};
use once_cell::sync::{Lazy, OnceCell};
use regex_automata::meta::Regex;
use regex_automata::Input;
use std::borrow::Cow;

/// One calque: a case-insensitive pattern over ASCII word boundaries, the
/// replacement (with `$1`-style groups; empty for a hint only), and what to say.
struct Entry {
    /// Whether non-native human writers produce it as often as MT does: such
    /// entries belong to grammar/learner-calque, off by default.
    learner: bool,
    /// Words one of which every match contains (lower case): the rule runs the
    /// pattern only near them.
    keys: &'static [&'static str],
    pattern: &'static str,
    replacement: &'static str,
    message: &'static str,
}

const fn e(
    keys: &'static [&'static str],
    pattern: &'static str,
    replacement: &'static str,
    message: &'static str,
) -> Entry {
    Entry {
        learner: false,
        keys,
        pattern,
        replacement,
        message,
    }
}

/// An entry of grammar/learner-calque (see [`Entry::learner`]).
const fn l(
    keys: &'static [&'static str],
    pattern: &'static str,
    replacement: &'static str,
    message: &'static str,
) -> Entry {
    Entry {
        learner: true,
        ..e(keys, pattern, replacement, message)
    }
}

/// The curated entries. Each was checked against clean/wmt22 and the human
/// references of the biomedical MQM set: none fires there.
const ENTRIES: &[Entry] = &[
    // French, Spanish, Italian, Portuguese: "ça fait trois ans que", "hace tres años que"
    e(&["makes"], r"\bit makes (\w+) (years|months|weeks|days) (?:that|since)\b", "it has been $1 $2 since", "`it makes N years that` is a calque (fr ça fait, es hace); `it has been N years since`"),
    e(&["years"], r"\b(he|she) (?:has|had) (\d{1,3}) years(?: old)?\b(?: (?:of|to|in|left|ahead|ago|since|for|on|at|with|as|behind|before)\b)?", "", "`has N years` (fr avoir, es tener) gives an age in English as `is N (years old)`"),
    e(&["years"], r"\bI have (\d{1,3}) years\b(?: (?:of|to|in|left|ahead|ago|since|for|on|at|with|as|behind|before)\b)?", "", "`I have N years` (fr j'ai, es tengo) gives an age in English as `I am N`"),
    e(&["measure"], r"\bin the measure (?:that|in which)\b", "insofar as", "`in the measure that` is a calque (fr dans la mesure où); `insofar as`"),
    e(&["evidence"], r"\bput in evidence\b", "", "`put in evidence` is a calque (fr mettre en évidence, it mettere in evidenza); `highlight` or `show`"),
    e(&["enter", "enters", "entered", "entering"], r"\b(ente(?:r|rs|red|ring)) in(?:to)? the (room|building|house|office|hall|church|stadium)\b", "$1 the $2", "`enter in the room` is a calque (fr entrer dans); one enters the room"),
    e(&["assist", "assisted", "assists", "assisting"], r"\bassist(ed|s|ing)? (?:to|at) the (meeting|conference|ceremony|summit|event|concert|session|funeral|wedding|match|game)\b", "attend$1 the $2", "`assist at the meeting` is a false friend (fr assister à, es asistir a); `attend the meeting`"),
    e(&["frame"], r"\bin the frame of\b", "within the framework of", "`in the frame of` is a calque (fr dans le cadre de, de im Rahmen); `within the framework of` or `as part of`"),
    e(&["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], r"\bthe (\d{1,2}) of (January|February|March|April|May|June|July|August|September|October|November|December)\b", "$1 $2", "`the 25 of May` is a calque (es el 25 de mayo, fr le 25 mai); `25 May` or `May 25`"),
    e(&["walk", "photo", "photograph", "picture", "shower", "nap"], r"\bmak(e|es|ing) a (walk|photo|photograph|picture|shower|nap)\b", "tak$1 a $2", "`make a walk/photo` is a calque (de einen Spaziergang machen, fr faire une photo); `take a walk/photo`"),
    e(&["made"], r"\bmade a (walk|photo|photograph)\b", "took a $1", "`made a walk/photo` is a calque; `took a walk/photo`"),
    e(&["mistake"], r"\bdo a mistake\b", "make a mistake", "one makes a mistake (es hacer un error, fr faire une erreur)"),
    e(&["mistake"], r"\bdoes a mistake\b", "makes a mistake", "one makes a mistake"),
    e(&["mistake"], r"\bdid a mistake\b", "made a mistake", "one makes a mistake"),
    e(&["mistake"], r"\bdoing a mistake\b", "making a mistake", "one makes a mistake"),
    e(&["question"], r"\bmake (?:a|the) question\b", "ask a question", "`make a question` is a calque (es hacer una pregunta, it fare una domanda); `ask a question`"),
    e(&["question"], r"\bmakes (?:a|the) question\b", "asks a question", "`make a question` is a calque (es hacer una pregunta); `ask a question`"),
    e(&["question"], r"\bmaking (?:a|the) question\b", "asking a question", "`make a question` is a calque (es hacer una pregunta); `ask a question`"),
    e(&["light", "lights", "television", "radio"], r"\bopen(ed|s)? the (lights?|television|radio)\b", "turn$1 on the $2", "`open the light` is a calque (zh 开灯, el, he, ar); `turn on the light`"),
    e(&["light", "lights"], r"\bclose the (lights?)\b", "turn off the $1", "`close the light` is a calque (zh 关灯, el, he, ar); `turn off the light`"),
    e(&["light", "lights"], r"\bclosed the (lights?)\b", "turned off the $1", "`close the light` is a calque; `turn off the light`"),
    e(&["light", "lights"], r"\bcloses the (lights?)\b", "turns off the $1", "`close the light` is a calque; `turn off the light`"),
    e(&["agreement", "deal", "consensus"], r"\breach(ed|es|ing)? to (an? (?:agreement|deal|consensus))\b", "reach$1 $2", "one reaches an agreement, without `to` (fr parvenir à)"),
    e(&["hunger", "thirst"], r"\b(have|has|had) (hunger|thirst)\b", "", "`have hunger/thirst` is a calque (fr avoir faim, es tener hambre); `be hungry/thirsty`"),
    e(&["next"], r"\bin the next days\b", "in the coming days", "`in the next days` is a calque (fr dans les prochains jours, es en los próximos días); `in the coming days`"),
    e(&["purpose", "aim", "objective"], r"\bwith the (?:purpose|aim|objective) to\b", "", "`with the purpose to` is a calque (fr dans le but de, es con el fin de); `to`, `in order to` or `with the aim of`"),
    e(&["walk"], r"\bg(ive|ave|iving) a walk\b", "", "`give a walk` is a calque (es dar un paseo, pt dar uma volta); `take a walk`, `go for a walk`"),
    e(&["sport", "sports"], r"\bmak(e|es|ing) sports?\b(?: (?:of|car|cars|drink|drinks|fans|news|club|clubs)\b)?", "", "`make sport` is a calque (de Sport machen, fr faire du sport); `do sport`, `exercise`"),
    e(&["attention"], r"\bmake attention\b", "pay attention", "`make attention` is a calque (fr faire attention); `pay attention`"),
    e(&["attention"], r"\bmakes attention\b", "pays attention", "`make attention` is a calque (fr faire attention); `pay attention`"),
    e(&["attention"], r"\bmaking attention\b", "paying attention", "`make attention` is a calque (fr faire attention); `pay attention`"),
    e(&["sensible"], r"\bsensible (data|information|skin|topic|issue|subject)\b", "sensitive $1", "`sensible` is a false friend here (fr/es sensible, de sensibel); `sensitive`"),
    e(&["eventual"], r"\ban eventual (risk|attack|war|conflict|escalation|return|agreement|strike|invasion)\b", "a possible $1", "`eventual` is a false friend here (fr éventuel, de eventuell, es eventual); `possible`"),
    // durations: fr depuis / es desde hace, fr pendant
    l(&["since"], r"\bsince (\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|many) (years|months|weeks|days|hours|decades)\b(?: (?:ago|old|later|earlier|before|after|prior)\b)?", "for $1 $2", "`since three years` is a calque (fr depuis trois ans, es desde hace tres años); a duration takes `for`"),
    l(&["since"], r"\bsince (?:a )?long time\b", "for a long time", "`since a long time` is a calque (fr depuis longtemps); `for a long time`"),
    l(&["during"], r"\bduring (\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|many) (years|months|weeks|days|hours|decades)\b(?: (?:of|in|at|on|under|as|when|that|before|after|since)\b)?", "", "`during three years` reads as a calque (fr pendant, es durante); a length of time usually takes `for`"),
    e(&["years", "months", "weeks", "days"], r"\bit(?:'s| has| is) been (\w+) (years|months|weeks|days) that\b", "it has been $1 $2 since", "`it has been N years that` is a calque (fr ça fait N ans que); `it has been N years since`"),
    e(&["last"], r"\bin the last days\b(?: (?:of|before|leading|when|that|preceding|until)\b)?", "in recent days", "`in the last days` is a calque (fr ces derniers jours, es en los últimos días); `in recent days`"),
    e(&["days"], r"\ball the days\b(?: (?:of|that|when|since|before|after|until|in|at)\b)?", "every day", "`all the days` is a calque (fr tous les jours, es todos los días); `every day`"),
    // prepositions and valency
    l(&["depend", "depends", "depended", "depending"], r"\b(depend(?:s|ed|ing)?) of\b", "$1 on", "`depend of` is a calque (fr dépendre de, es depender de); `depend on`"),
    l(&["discuss", "discusses", "discussed", "discussing"], r"\b(discuss(?:es|ed|ing)?) about\b", "$1", "`discuss about` repeats the preposition (fr discuter de, zh 讨论); one discusses something"),
    e(&["despite"], r"\bdespite of\b", "despite", "`despite of` mixes two constructions (es a pesar de, fr malgré); `despite` or `in spite of`"),
    e(&["concerns"], r"\bin what concerns\b", "as regards", "`in what concerns` is a calque (pt no que concerne, es en lo que concierne, fr en ce qui concerne); `as regards` or `regarding`"),
    e(&["base"], r"\b(?:in|on) base (?:of|to)\b", "based on", "`in base of` is a calque (es en base a, pt com base em); `based on`"),
    l(&["according"], r"\baccording to me\b", "in my opinion", "`according to me` is a calque (fr selon moi, es según yo, it secondo me); `in my view`"),
    // light verbs
    e(&["effort"], r"\bdo an effort\b", "make an effort", "one makes an effort (fr faire un effort, es hacer un esfuerzo)"),
    e(&["effort"], r"\bdoes an effort\b", "makes an effort", "one makes an effort"),
    e(&["effort"], r"\bdid an effort\b", "made an effort", "one makes an effort"),
    e(&["effort"], r"\bdoing an effort\b", "making an effort", "one makes an effort"),
    e(&["party"], r"\bmak(e|es|ing) a party\b", "throw$1 a party", "`make a party` is a calque (fr faire une fête, es hacer una fiesta); `throw a party`"),
    e(&["party"], r"\bmade a party\b", "threw a party", "`make a party` is a calque; `throw a party`"),
    e(&["attention"], r"\bputs attention\b", "pays attention", "`put attention` is a calque (es poner atención); `pay attention`"),
    e(&["attention"], r"\bputting attention\b", "paying attention", "`put attention` is a calque (es poner atención); `pay attention`"),
    e(&["attention"], r"\bput attention\b", "", "`put attention` is a calque (es poner atención); `pay attention` (or `paid`, in the past)"),
    e(&["reason"], r"\b(?:I|you|he|she|we|they) (?:have|has|had) reason\b(?: (?:to|for|enough|not|behind|why|in|of|and|but)\b)?", "", "`he has reason` is a calque (fr avoir raison, es tener razón, it avere ragione): `he is right`"),
    e(&["agree"], r"\b(I) am agree\b", "$1 agree", "`I am agree` is a calque (fr je suis d'accord, es estoy de acuerdo); `I agree`"),
    e(&["agree"], r"\b(we|they|you) are agree\b", "$1 agree", "`we are agree` is a calque (fr nous sommes d'accord, es estamos de acuerdo); `we agree`"),
    // miss, not lose, a bus (fr perdre le bus, es perder el autobús)
    e(&["bus", "train", "plane", "flight"], r"\blose the (bus|train|plane|flight)\b", "miss the $1", "one misses a bus or flight (fr perdre, es perder); `miss the bus`"),
    e(&["bus", "train", "plane", "flight"], r"\bloses the (bus|train|plane|flight)\b", "misses the $1", "one misses a bus or flight; `misses the bus`"),
    e(&["bus", "train", "plane", "flight"], r"\blost the (bus|train|plane|flight)\b", "missed the $1", "one misses a bus or flight; `missed the bus`"),
    e(&["bus", "train", "plane", "flight"], r"\blosing the (bus|train|plane|flight)\b", "missing the $1", "one misses a bus or flight; `missing the bus`"),
    // uncountable nouns pluralised (fr informations, conseils; es equipos)
    l(&["informations", "advices", "equipments", "furnitures", "knowledges", "feedbacks"], r"\b(information|advice|equipment|furniture|knowledge|feedback)s\b", "$1", "an uncountable noun does not take -s in English (fr informations, es informaciones)"),
];

/// Whether the match's trailing guard (a following word that makes it English) fired:
/// entries end in an optional group of such words; if it matched, the entry stays silent.
fn guarded(m: &str, pattern: &str) -> bool {
    pattern.ends_with(r"\b)?") && {
        let last = m.rsplit(' ').next().unwrap_or("");
        let tail = pattern.rsplit("(?: (?:").next().unwrap_or("");
        tail.trim_end_matches(r")\b)?")
            .split('|')
            .any(|w| w.eq_ignore_ascii_case(last))
    }
}

/// Each entry's pattern, the entries each key word leads to, and a filter a
/// word must pass before the lookup (cheaper than hashing every word).
/// Each pattern is compiled when its key word first turns up, so a run pays
/// only for the entries its texts need.
#[allow(clippy::type_complexity)]
static COMPILED: Lazy<(
    Vec<OnceCell<Regex>>,
    FastMap<&'static str, Vec<usize>>,
    KeyFilter,
)> = Lazy::new(|| {
    let each = ENTRIES.iter().map(|_| OnceCell::new()).collect();
    let mut by_key: FastMap<&'static str, Vec<usize>> = FastMap::default();
    for (i, x) in ENTRIES.iter().enumerate() {
        for k in x.keys {
            by_key.entry(k).or_default().push(i);
        }
    }
    let filter: KeyFilter = by_key.keys().copied().collect();
    (each, by_key, filter)
});

/// Every key word of the entries (lower case).
pub(super) fn key_words() -> impl Iterator<Item = &'static str> {
    ENTRIES.iter().flat_map(|x| x.keys.iter().copied())
}

/// Entry `i`'s pattern, compiled on first use: case-insensitive, with ASCII
/// word boundaries, word characters and digits (English text needs no more,
/// and the Unicode classes make each pattern ten times dearer to build).
fn pattern(i: usize) -> &'static Regex {
    COMPILED.0[i].get_or_init(|| {
        let p = ENTRIES[i]
            .pattern
            .replace(r"\b", r"(?-u:\b)")
            .replace(r"\w", "[0-9A-Za-z_]")
            .replace(r"\d", "[0-9]");
        crate::rules::unfiltered_regex(&format!("(?i){p}"), true).expect("calque pattern")
    })
}

/// How far before and after a key word a match may reach.
const REACH: usize = 64;
/// Runs the entries whose `learner` flag is `learner`, reporting as `meta`.
pub(super) fn check_entries(
    doc: &Document<'_>,
    out: &mut Vec<Finding>,
    learner: bool,
    meta: &'static RuleMeta,
) {
    let text = doc.text();
    let (_, by_key, filter) = &*COMPILED;
    let mut buf = [0u8; 16];
    let words = doc.words();
    // every key word in the text, as (entry, start, end)
    let mut keys: Vec<(usize, usize, usize)> = Vec::new();
    for k in doc.trigger_words(meta.id) {
        let (ks, ke) = words[k];
        let word = &text[ks..ke];
        if !filter.may_contain(word) {
            continue;
        }
        let Some(entries) = crate::text::ascii_lower(word, &mut buf).and_then(|w| by_key.get(w))
        else {
            continue;
        };
        let mine = entries.iter().filter(|&&i| ENTRIES[i].learner == learner);
        keys.extend(mine.map(|&i| (i, ks, ke)));
    }
    keys.sort_unstable();
    // the stretch around a key, cut at spaces so that word boundaries hold
    let window = |ks: usize, ke: usize| {
        window_start(text, ks.saturating_sub(REACH), ks)
            ..window_end(text, (ke + REACH).min(text.len()), ke)
    };
    let mut found = Vec::new();
    // each entry's pattern runs once over each run of overlapping windows of its
    // keys (not once per key: on text dense with keys the windows overlap)
    let mut a = 0;
    while a < keys.len() {
        let i = keys[a].0;
        let mut span = window(keys[a].1, keys[a].2);
        let mut z = a + 1;
        while z < keys.len() && keys[z].0 == i {
            let next = window(keys[z].1, keys[z].2);
            if next.start > span.end {
                break;
            }
            span.end = span.end.max(next.end);
            z += 1;
        }
        let group = &keys[a..z];
        a = z;
        let entry = &ENTRIES[i];
        let (from, hay) = (span.start, &text[span.clone()]);
        let mut next_key = 0; // the first key of the group not wholly before the match
        for m in pattern(i).find_iter(hay) {
            let range = from + m.start()..from + m.end();
            let matched = &hay[m.range()];
            while group.get(next_key).is_some_and(|k| k.2 <= range.start) {
                next_key += 1;
            }
            if next_key == group.len() {
                break; // no key left that a match could touch
            }
            // a match touches a key, within that key's window
            let touches = group[next_key..]
                .iter()
                .take_while(|k| k.1 < range.end)
                .any(|&(_, ks, ke)| {
                    let w = window(ks, ke);
                    w.start <= range.start && range.end <= w.end
                });
            // (the runs of windows do not overlap: no match is found twice)
            if !touches {
                continue;
            }
            if guarded(matched, entry.pattern) || doc.is_protected(range.clone()) {
                continue;
            }
            let mut f = meta.finding(range.clone(), entry.message);
            // keep a capital at the start (`Make a photo` -> `Take a photo`)
            let capital = matched.starts_with(|c: char| c.is_ascii_uppercase());
            let rep: Option<Cow<'static, str>> = if entry.replacement.is_empty() {
                None
            } else if !entry.replacement.contains('$') {
                // no groups to fill in: the replacement as it stands
                Some(Cow::Borrowed(entry.replacement))
            } else {
                // the groups: the same match, searched from its start
                let re = pattern(i);
                let mut caps = re.create_captures();
                re.search_captures(&Input::new(hay).range(m.start()..), &mut caps);
                caps.is_match().then(|| {
                    let mut rep = String::new();
                    caps.interpolate_string_into(hay, entry.replacement, &mut rep);
                    Cow::Owned(rep)
                })
            };
            let rep = rep.map(|rep| {
                if capital {
                    Cow::Owned(rep[..1].to_ascii_uppercase() + &rep[1..])
                } else {
                    rep
                }
            });
            if let Some(rep) = rep {
                f = f.with_fix(Fix::review(Edit::new(range, rep)));
            }
            found.push(f);
        }
    }
    found.sort_by_key(|f| f.span.start);
    out.append(&mut found);
}

/// Whether byte `c` can be part of a word for `\b` (letters, digits, `_`, and
/// the bytes of non-ASCII characters).
fn wordish(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// `i` moved forward, but not past `limit` (a word start), until it does not
/// cut a word in two: a match cannot begin inside a cut word.
fn window_start(text: &str, mut i: usize, limit: usize) -> usize {
    let b = text.as_bytes();
    while i > 0 && i < limit && wordish(b[i - 1]) && wordish(b[i]) {
        i += 1;
    }
    i
}

/// `i` moved back, but not before `limit` (a word end), until it does not cut a word.
fn window_end(text: &str, mut i: usize, limit: usize) -> usize {
    let b = text.as_bytes();
    while i < b.len() && i > limit && wordish(b[i - 1]) && wordish(b[i]) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_compile() {
        assert_eq!(COMPILED.0.len(), ENTRIES.len());
        for i in 0..ENTRIES.len() {
            let _ = pattern(i);
        }
        assert!(ENTRIES.len() >= 60);
        for x in ENTRIES {
            for k in x.keys {
                assert!(
                    x.pattern
                        .to_ascii_lowercase()
                        .contains(&k[..4.min(k.len())]),
                    "{k}"
                );
            }
        }
    }
}
