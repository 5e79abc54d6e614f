//! Calques: constructions copied word by word from the source language
//! (`since three years`, `assisted at the meeting`, `make a photo`), each a
//! curated entry with its own guard, measured against clean English before
//! inclusion.

use crate::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use once_cell::sync::Lazy;
use regex::{Regex, RegexSet};

/// One calque: a case-insensitive pattern over ASCII word boundaries, the
/// replacement (with `$1`-style groups; empty for a hint only), and what to say.
struct Entry {
    pattern: &'static str,
    replacement: &'static str,
    message: &'static str,
}

const fn e(pattern: &'static str, replacement: &'static str, message: &'static str) -> Entry {
    Entry {
        pattern,
        replacement,
        message,
    }
}

/// The curated entries. Each was checked against clean/wmt22 and the human
/// references of the biomedical MQM set: none fires there.
const ENTRIES: &[Entry] = &[
    // French, Spanish, Italian, Portuguese: "ça fait trois ans que", "hace tres años que"
    e(r"\bit makes (\w+) (years|months|weeks|days) (?:that|since)\b", "it has been $1 $2 since", "`it makes N years that` is a calque (fr ça fait, es hace); `it has been N years since`"),
    e(r"\b(he|she) (?:has|had) (\d{1,3}) years(?: old)?\b(?: (?:of|to|in|left|ahead|ago|since|for|on|at|with|as|behind|before)\b)?", "", "`has N years` (fr avoir, es tener) gives an age in English as `is N (years old)`"),
    e(r"\bI have (\d{1,3}) years\b(?: (?:of|to|in|left|ahead|ago|since|for|on|at|with|as|behind|before)\b)?", "", "`I have N years` (fr j'ai, es tengo) gives an age in English as `I am N`"),
    e(r"\bin the measure (?:that|in which)\b", "insofar as", "`in the measure that` is a calque (fr dans la mesure où); `insofar as`"),
    e(r"\bput in evidence\b", "", "`put in evidence` is a calque (fr mettre en évidence, it mettere in evidenza); `highlight` or `show`"),
    e(r"\b(ente(?:r|rs|red|ring)) in(?:to)? the (room|building|house|office|hall|church|stadium)\b", "$1 the $2", "`enter in the room` is a calque (fr entrer dans); one enters the room"),
    e(r"\bassist(ed|s|ing)? (?:to|at) the (meeting|conference|ceremony|summit|event|concert|session|funeral|wedding|match|game)\b", "attend$1 the $2", "`assist at the meeting` is a false friend (fr assister à, es asistir a); `attend the meeting`"),
    e(r"\bin the frame of\b", "within the framework of", "`in the frame of` is a calque (fr dans le cadre de, de im Rahmen); `within the framework of` or `as part of`"),
    e(r"\bthe (\d{1,2}) of (January|February|March|April|May|June|July|August|September|October|November|December)\b", "$1 $2", "`the 25 of May` is a calque (es el 25 de mayo, fr le 25 mai); `25 May` or `May 25`"),
    e(r"\bmak(e|es|ing) a (walk|photo|photograph|picture)\b", "tak$1 a $2", "`make a walk/photo` is a calque (de einen Spaziergang machen, fr faire une photo); `take a walk/photo`"),
    e(r"\bmade a (walk|photo|photograph)\b", "took a $1", "`made a walk/photo` is a calque; `took a walk/photo`"),
    e(r"\bdo a mistake\b", "make a mistake", "one makes a mistake (es hacer un error, fr faire une erreur)"),
    e(r"\bdoes a mistake\b", "makes a mistake", "one makes a mistake"),
    e(r"\bdid a mistake\b", "made a mistake", "one makes a mistake"),
    e(r"\bdoing a mistake\b", "making a mistake", "one makes a mistake"),
    e(r"\bmake (?:a|the) question\b", "ask a question", "`make a question` is a calque (es hacer una pregunta, it fare una domanda); `ask a question`"),
    e(r"\bmakes (?:a|the) question\b", "asks a question", "`make a question` is a calque (es hacer una pregunta); `ask a question`"),
    e(r"\bmaking (?:a|the) question\b", "asking a question", "`make a question` is a calque (es hacer una pregunta); `ask a question`"),
    e(r"\bopen(ed|s)? the (lights?)\b", "turn$1 on the $2", "`open the light` is a calque (zh 开灯, el, he, ar); `turn on the light`"),
    e(r"\bclose the (lights?)\b", "turn off the $1", "`close the light` is a calque (zh 关灯, el, he, ar); `turn off the light`"),
    e(r"\bclosed the (lights?)\b", "turned off the $1", "`close the light` is a calque; `turn off the light`"),
    e(r"\bcloses the (lights?)\b", "turns off the $1", "`close the light` is a calque; `turn off the light`"),
    e(r"\breach(ed|es|ing)? to (an? (?:agreement|deal|consensus))\b", "reach$1 $2", "one reaches an agreement, without `to` (fr parvenir à)"),
    e(r"\b(have|has|had) (hunger|thirst)\b", "", "`have hunger/thirst` is a calque (fr avoir faim, es tener hambre); `be hungry/thirsty`"),
    e(r"\bin the next days\b", "in the coming days", "`in the next days` is a calque (fr dans les prochains jours, es en los próximos días); `in the coming days`"),
    e(r"\bwith the (?:purpose|aim|objective) to\b", "", "`with the purpose to` is a calque (fr dans le but de, es con el fin de); `to`, `in order to` or `with the aim of`"),
    e(r"\bg(ive|ave|iving) a walk\b", "", "`give a walk` is a calque (es dar un paseo, pt dar uma volta); `take a walk`, `go for a walk`"),
    e(r"\bmak(e|es|ing) sports?\b(?: (?:of|car|cars|drink|drinks|fans|news|club|clubs)\b)?", "", "`make sport` is a calque (de Sport machen, fr faire du sport); `do sport`, `exercise`"),
    e(r"\bmake attention\b", "pay attention", "`make attention` is a calque (fr faire attention); `pay attention`"),
    e(r"\bmakes attention\b", "pays attention", "`make attention` is a calque (fr faire attention); `pay attention`"),
    e(r"\bmaking attention\b", "paying attention", "`make attention` is a calque (fr faire attention); `pay attention`"),
    e(r"\bsensible (data|information|skin|topic|issue|subject)\b", "sensitive $1", "`sensible` is a false friend here (fr/es sensible, de sensibel); `sensitive`"),
    e(r"\ban eventual (risk|attack|war|conflict|escalation|return|agreement|strike|invasion)\b", "a possible $1", "`eventual` is a false friend here (fr éventuel, de eventuell, es eventual); `possible`"),
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

static COMPILED: Lazy<(RegexSet, Vec<Regex>)> = Lazy::new(|| {
    let pats: Vec<String> = ENTRIES
        .iter()
        .map(|x| format!("(?i){}", x.pattern.replace(r"\b", r"(?-u:\b)")))
        .collect();
    let set = RegexSet::new(&pats).expect("calque patterns");
    let each = pats
        .iter()
        .map(|p| Regex::new(p).expect("calque pattern"))
        .collect();
    (set, each)
});

/// A construction copied from the source language (`since three years`, `assisted
/// at the meeting`, `make a photo`).
pub struct Calque;

static CALQUE: RuleMeta = RuleMeta {
    id: "grammar/calque",
    category: Category::Grammar,
    severity: Severity::Warning,
    default_enabled: true,
    summary: "a construction copied word by word from the source language (`assisted at the meeting`, `make a photo`, `the 25 of May`)",
    flags: &[
        Example { text: "The minister assisted at the summit in Rome.", fixed: "The minister attended the summit in Rome." },
        Example { text: "Tourists make a photo of the bridge.", fixed: "Tourists take a photo of the bridge." },
        Example { text: "The vote is on the 25 of May.", fixed: "The vote is on 25 May." },
        Example { text: "Talks will resume in the next days, and the parties reached to an agreement.", fixed: "Talks will resume in the coming days, and the parties reached an agreement." },
        Example { text: "He has 77 years and lives alone.", fixed: "He has 77 years and lives alone." },
        Example { text: "Please close the lights and make attention.", fixed: "Please turn off the lights and pay attention." },
    ],
    passes: &[
        "The minister attended the summit and assisted the delegates.",
        "He has 20 years of experience and she had 5 years left to pay.",
        "Fans make sports cars famous; they make the most of the day.",
        "The door opened the way for talks; they took a photo.",
        "On May 25 the vote, and a sensible decision on an eventual basis.",
    ],
};

impl Rule for Calque {
    fn meta(&self) -> &'static RuleMeta {
        &CALQUE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let (set, each) = &*COMPILED;
        for i in set.matches(text).iter() {
            let entry = &ENTRIES[i];
            for caps in each[i].captures_iter(text) {
                let Some(m) = caps.get(0) else { continue };
                if guarded(m.as_str(), entry.pattern) || doc.is_protected(m.range()) {
                    continue;
                }
                let mut f = CALQUE.finding(m.range(), entry.message);
                if !entry.replacement.is_empty() {
                    let mut rep = String::new();
                    caps.expand(entry.replacement, &mut rep);
                    // keep a capital at the start (`Make a photo` -> `Take a photo`)
                    if m.as_str().starts_with(|c: char| c.is_ascii_uppercase()) {
                        rep = rep[..1].to_ascii_uppercase() + &rep[1..];
                    }
                    f = f.with_fix(Fix::review(vec![Edit::new(m.range(), rep)]));
                }
                out.push(f);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn entries_compile() {
        assert_eq!(super::COMPILED.1.len(), super::ENTRIES.len());
        assert!(super::ENTRIES.len() >= 25);
    }
}
