//! The calque table shared by `grammar/calque` and `grammar/learner-calque`:
//! each entry's pattern, key words and guard, and the check that runs them.

use crate::analysis::document::Document;
use crate::finding::{Edit, Finding, Fix};
use crate::rules::RuleMeta;
use once_cell::sync::{Lazy, OnceCell};
use regex_automata::meta::Regex;
use regex_automata::Input;
use std::borrow::Cow;

mod keys;
// (its reading of a pattern's syntax runs in build.rs and the tests, not here)
#[cfg_attr(not(test), allow(dead_code))]
mod literals;
mod needles;
use keys::ByKey;
use literals::ascii_classes;
use memchr::memmem::Finder;
use needles::{Folded, Needles};

/// The calques, one a line with their source language and level: read by both
/// rules, documented in the file's header, checked by `tools/check_calques.py`.
const DATA: &str = include_str!("../../../data/calques.tsv");

/// One calque of `data/calques.tsv`: a case-insensitive pattern over ASCII word
/// boundaries, the replacement (with `$1`-style groups; empty for a hint only),
/// and what to say.
#[derive(Debug)]
struct Entry {
    /// The entry's line in `data/calques.tsv` (from 1): where `build.rs` filed
    /// its needles, and for the tests' messages.
    line: usize,
    /// Whether non-native human writers produce it as often as MT does (level
    /// `learner`): such entries belong to grammar/learner-calque, off by default.
    learner: bool,
    /// Words one of which every match contains (lower case): the rule runs the
    /// pattern only near them.
    keys: Vec<&'static str>,
    pattern: &'static str,
    replacement: &'static str,
    message: &'static str,
}

/// The entries of `data`, and what is wrong with each line that is not one
/// (a line the rules skip; the tests require there be none).
fn parse(data: &'static str) -> (Vec<Entry>, Vec<String>) {
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for (n, line) in data.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        match parse_line(line) {
            Ok((learner, keys, pattern, replacement, message)) => entries.push(Entry {
                line: line_no,
                learner,
                keys,
                pattern,
                replacement,
                message,
            }),
            Err(why) => errors.push(format!("data/calques.tsv line {line_no}: {why}")),
        }
    }
    (entries, errors)
}

/// The parts of one entry line: level, keys, pattern, replacement, note.
#[allow(clippy::type_complexity)]
fn parse_line(
    line: &'static str,
) -> Result<
    (
        bool,
        Vec<&'static str>,
        &'static str,
        &'static str,
        &'static str,
    ),
    String,
> {
    let cols: Vec<&'static str> = line.split('\t').collect();
    let [_lang, level, keys, pattern, replacement, note] = cols[..] else {
        return Err(format!("{} columns, not 6", cols.len()));
    };
    let learner = match level {
        "mt" => false,
        "learner" => true,
        _ => return Err(format!("level {level:?} is neither mt nor learner")),
    };
    let keys: Vec<&'static str> = keys.split(',').collect();
    // the rule looks words up through a 16-byte lower-case buffer
    let word = |k: &&str| (1..=16).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_lowercase());
    if !keys.iter().all(word) {
        return Err(format!(
            "keys {keys:?} must be lower-case ASCII words of at most 16 letters"
        ));
    }
    if pattern.is_empty() {
        return Err("empty pattern".into());
    }
    if note.trim().is_empty() {
        return Err("empty note".into());
    }
    Ok((learner, keys, pattern, replacement, note))
}

/// The entries of the data file (a bad line is skipped here, and fails the tests).
static ENTRIES: Lazy<Vec<Entry>> = Lazy::new(|| parse(DATA).0);

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

/// What the rules run of the entries, each part built when first needed.
struct Compiled {
    /// Each entry's pattern, compiled when a window first holds its needles,
    /// so a run pays only for the entries its texts need.
    patterns: Vec<OnceCell<Option<Regex>>>,
    /// Each entry's needles (see [`Needles`]), read when a window of its key
    /// first holds its quick literal.
    needles: Vec<OnceCell<Option<Needles>>>,
    /// Each entry's quick literal (see [`needles::quick`]), read when its key
    /// first turns up: a window without it cannot match, and the needles, dearer
    /// to read, need not be read for it; with whether it holds a needle (then
    /// a window that holds it holds that needle, which need not be sought).
    quick: Vec<OnceCell<Option<(Finder<'static>, bool)>>>,
    /// The entries each key word leads to.
    by_key: ByKey,
}

static COMPILED: Lazy<Compiled> = Lazy::new(|| {
    let mut by_key = ByKey::default();
    for (i, x) in ENTRIES.iter().enumerate() {
        for &k in &x.keys {
            by_key.add(k, i);
        }
    }
    Compiled {
        patterns: ENTRIES.iter().map(|_| OnceCell::new()).collect(),
        needles: ENTRIES.iter().map(|_| OnceCell::new()).collect(),
        quick: ENTRIES.iter().map(|_| OnceCell::new()).collect(),
        by_key,
    }
});

/// Every key word of the entries of one level (`learner` or `mt`), lower case.
pub(super) fn key_words(learner: bool) -> impl Iterator<Item = &'static str> {
    ENTRIES
        .iter()
        .filter(move |x| x.learner == learner)
        .flat_map(|x| x.keys.iter().copied())
}

/// Entry `i`'s quick literal, read on first use (`None` if it has none), and
/// whether it holds one of the entry's needles (or the entry has none).
fn quick(i: usize) -> Option<&'static (Finder<'static>, bool)> {
    COMPILED.quick[i]
        .get_or_init(|| {
            let q = needles::quick(&ascii_classes(ENTRIES[i].pattern))?;
            let strings = NEEDLES_BY_LINE.get(ENTRIES[i].line).copied().flatten();
            let holds = |n: &&[u8]| memchr::memmem::find(q.needle(), n).is_some();
            let covers = strings.is_none_or(|set| set.iter().any(holds));
            Some((q, covers))
        })
        .as_ref()
}

/// Entry `i`'s pattern, compiled on first use (`None` if it does not compile:
/// the entry stays silent, and the tests fail).
fn pattern(i: usize) -> Option<&'static Regex> {
    COMPILED.patterns[i]
        .get_or_init(|| compile(ENTRIES[i].pattern).ok())
        .as_ref()
}

/// Each entry line's needles (see [`literals::literals_of`]), by line number:
/// written by `build.rs` from `data/calques.tsv` (`None` for a line that is no
/// entry, or whose pattern has none worth looking for).
static NEEDLES_BY_LINE: &[Option<&[&[u8]]>] =
    include!(concat!(env!("OUT_DIR"), "/calque_needles.rs"));

/// Entry `i`'s needles, their searchers built on first use (`None` if the
/// pattern has none worth looking for: it runs on every window of its keys).
fn needles(i: usize) -> Option<&'static Needles> {
    COMPILED.needles[i]
        .get_or_init(|| {
            let strings = NEEDLES_BY_LINE.get(ENTRIES[i].line).copied().flatten();
            strings.map(Needles::new)
        })
        .as_ref()
}

/// A pattern of the data file as the rules run it: ASCII case-insensitive, with
/// ASCII word boundaries, word characters and digits (English text needs no
/// more, and Unicode classes and case folding make each pattern several times
/// dearer to build). A pattern that needs Unicode mode (one that could
/// otherwise match inside a character) is built with Unicode case folding.
fn compile(pattern: &str) -> Result<Regex, Box<regex_automata::meta::BuildError>> {
    let p = ascii_classes(pattern);
    crate::rules::unfiltered_regex(&format!("(?i-u){p}"), true)
        .or_else(|_| crate::rules::unfiltered_regex(&format!("(?i){p}"), true))
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
    check_some(doc, out, |x| x.learner == learner, meta);
}

/// Runs the entries `which` selects, reporting as `meta`.
fn check_some(
    doc: &Document<'_>,
    out: &mut Vec<Finding>,
    which: impl Fn(&Entry) -> bool,
    meta: &'static RuleMeta,
) {
    let text = doc.text();
    let Compiled { by_key, .. } = &*COMPILED;
    let words = doc.words();
    // the stretch around a key, cut at spaces so that word boundaries hold
    let window = |ks: usize, ke: usize| {
        window_start(text, ks.saturating_sub(REACH), ks)
            ..window_end(text, (ke + REACH).min(text.len()), ke)
    };
    let mut folded = Folded::new(doc);
    // every key word in the text whose window holds the entry's needles, as
    // (entry, start, end, window start, window end): a match lies within one
    // key's window and holds a needle (see `every_match_holds_a_needle`), so the
    // other keys cannot lead to a finding; the needles are sought here, in the
    // order of the text (its bytes still in the cache)
    let mut keys: Vec<keys::Key> = Vec::new();
    let bytes = text.as_bytes();
    for k in doc.trigger_words(meta.id) {
        let (ks, ke) = words[k];
        // (most words here only share a key's length and first and last letters)
        let Some(entries) = bytes.get(ks..ke).and_then(|word| by_key.get(word)) else {
            continue;
        };
        let mut mine = entries.iter().filter(|&&i| which(&ENTRIES[i])).peekable();
        if mine.peek().is_some() {
            let w = window(ks, ke);
            let hay = folded.get(w.clone());
            for &i in mine {
                let holds_needle = |i| needles(i).is_none_or(|n| n.any_in(hay));
                let pass = match quick(i) {
                    Some((q, covers)) => q.find(hay).is_some() && (*covers || holds_needle(i)),
                    None => holds_needle(i),
                };
                if pass {
                    keys.push((i, ks, ke, w.start, w.end));
                }
            }
        }
    }
    let keys = keys::by_entry(keys, ENTRIES.len());
    let mut found = Vec::new();
    // each entry's pattern runs once over each run of overlapping windows of its
    // keys (not once per key: on text dense with keys the windows overlap)
    let mut a = 0;
    while a < keys.len() {
        let i = keys[a].0;
        let mut span = keys[a].3..keys[a].4;
        let mut z = a + 1;
        while z < keys.len() && keys[z].0 == i {
            let (start, end) = (keys[z].3, keys[z].4);
            if start > span.end {
                break;
            }
            span.end = span.end.max(end);
            z += 1;
        }
        let group = &keys[a..z];
        a = z;
        let entry = &ENTRIES[i];
        let (from, hay) = (span.start, &text[span.clone()]);
        let Some(re) = pattern(i) else {
            continue;
        };
        let mut next_key = 0; // the first key of the group not wholly before the match
        for m in re.find_iter(hay) {
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
                .any(|&(.., ws, we)| ws <= range.start && range.end <= we);
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
                f = f.with_fix(Fix::unsafe_fix(Edit::new(range, rep)));
            }
            found.push(f);
        }
    }
    found.sort_by_key(|f| f.span.start);
    out.append(&mut found);
}

/// Whether each byte can be part of a word for `\b` (letters, digits, `_`, and
/// the bytes of non-ASCII characters): a table, read once per byte the windows
/// step over (every key word of a text has two windows' ends to place).
static WORDISH: [bool; 256] = {
    let mut table = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        table[c] = b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
        c += 1;
    }
    table
};

/// Whether byte `c` can be part of a word for `\b` (see [`WORDISH`]).
fn wordish(c: u8) -> bool {
    WORDISH[usize::from(c)]
}

/// `i` moved forward, but not past `limit` (a word start), until it does not
/// cut a word in two: a match cannot begin inside a cut word.
fn window_start(text: &str, mut i: usize, limit: usize) -> usize {
    let b = text.as_bytes();
    if i > 0 && i < limit && wordish(b[i - 1]) {
        // (each step leaves a word byte behind: only the byte ahead is new)
        while i < limit && wordish(b[i]) {
            i += 1;
        }
    }
    i
}

/// `i` moved back, but not before `limit` (a word end), until it does not cut a word.
fn window_end(text: &str, mut i: usize, limit: usize) -> usize {
    let b = text.as_bytes();
    if i < b.len() && i > limit && wordish(b[i]) {
        // (each step leaves a word byte ahead: only the byte behind is new)
        while i > limit && wordish(b[i - 1]) {
            i -= 1;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sentences each entry must flag or pass (see the file's header).
    const EXAMPLES: &str = include_str!("../../../data/calques-examples.tsv");

    fn meta_of(entry: &Entry) -> &'static RuleMeta {
        let id = if entry.learner {
            "grammar/learner-calque"
        } else {
            "grammar/calque"
        };
        crate::rules::registry()
            .iter()
            .map(|r| r.meta())
            .find(|m| m.id == id)
            .expect("the calque rules are registered")
    }

    /// The findings of the entries `which` selects in `text`, as the rule reports them.
    fn scan(text: &str, which: impl Fn(&Entry) -> bool, meta: &'static RuleMeta) -> Vec<Finding> {
        let mut out = Vec::new();
        check_some(&Document::new(text), &mut out, which, meta);
        out
    }

    /// The whole data file loads: every line an entry, every pattern compiles,
    /// every key in its pattern, every `$N` of a replacement a group of it.
    #[test]
    fn every_line_of_the_data_file_is_an_entry() {
        let (entries, mut errors) = parse(DATA);
        for x in &entries {
            let at = format!("data/calques.tsv line {}", x.line);
            let re = match compile(x.pattern) {
                Ok(re) => re,
                Err(e) => {
                    errors.push(format!("{at}: the pattern does not compile: {e}"));
                    continue;
                }
            };
            let low = x.pattern.to_ascii_lowercase();
            for k in &x.keys {
                if !low.contains(&k[..4.min(k.len())]) {
                    errors.push(format!("{at}: key {k:?} is not in the pattern"));
                }
            }
            let groups = re.group_info().group_len(regex_automata::PatternID::ZERO);
            let rep = x.replacement.as_bytes();
            for (d, _) in x.replacement.match_indices('$') {
                let braced = rep.get(d + 1) == Some(&b'{');
                let digits: String = x.replacement[d + 1 + usize::from(braced)..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                let after = rep.get(d + 1 + digits.len());
                match digits.parse::<usize>() {
                    Ok(g) if g >= 1 && g < groups => {}
                    _ => errors.push(format!("{at}: `$` in the replacement names no group")),
                }
                if !braced && after.is_some_and(|&b| wordish(b)) {
                    errors.push(format!("{at}: write ${{{digits}}} before a word character"));
                }
            }
        }
        assert!(errors.is_empty(), "{}", errors.join("\n"));
        // nearly every pattern builds in the cheaper ASCII mode
        let unicode: Vec<usize> = entries
            .iter()
            .filter(|x| {
                let p = ascii_classes(x.pattern);
                crate::rules::unfiltered_regex(&format!("(?i-u){p}"), true).is_err()
            })
            .map(|x| x.line)
            .collect();
        assert!(
            unicode.len() * 20 <= entries.len(),
            "Unicode mode: lines {unicode:?}"
        );
        assert_eq!(entries.len(), ENTRIES.len());
        assert!(ENTRIES.len() >= 300, "{} entries", ENTRIES.len());
        assert!(ENTRIES.iter().all(|x| !x.learner) || key_words(true).count() > 0);
    }

    /// Every match of an entry's pattern in the example sentences holds one of
    /// the entry's needles (so skipping the windows without them loses no
    /// finding), and nearly every entry has needles.
    #[test]
    fn every_match_holds_a_needle() {
        let sentences: Vec<&str> = EXAMPLES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').nth(2))
            .collect();
        let mut folded = Vec::new();
        let (mut matches, mut failures, mut without) = (0, Vec::new(), Vec::new());
        for (i, x) in ENTRIES.iter().enumerate() {
            let (Some(re), Some(needles)) = (pattern(i), needles(i)) else {
                without.push(x.line);
                continue;
            };
            for s in &sentences {
                for m in re.find_iter(*s) {
                    matches += 1;
                    needles::fold_into(&s[m.range()], &mut folded);
                    if !needles.any_in(&folded)
                        || quick(i).is_some_and(|(q, _)| q.find(&folded).is_none())
                    {
                        failures.push(format!("line {}: {:?}", x.line, &s[m.range()]));
                    }
                }
            }
        }
        assert!(
            failures.is_empty(),
            "matches without a needle: {failures:?}"
        );
        assert!(matches >= 250, "{matches} matches");
        assert!(
            without.len() * 20 <= ENTRIES.len(),
            "no needles: lines {without:?}"
        );
    }

    /// The needles `build.rs` wrote are those the pattern's syntax gives now
    /// (`build.rs` reruns when the data file or `literals.rs` changes).
    #[test]
    fn the_built_needles_are_the_patterns_own() {
        for (i, x) in ENTRIES.iter().enumerate() {
            let read = literals::literals_of(&ascii_classes(x.pattern), &x.keys);
            let built = needles(i).map(|n| n.strings());
            let read = read.map(|set| Needles::new(&set).strings());
            assert_eq!(built, read, "data/calques.tsv line {}", x.line);
        }
        assert_eq!(NEEDLES_BY_LINE.len(), DATA.lines().count() + 1);
    }

    /// The windows' ends are where the plain rule puts them (step while the
    /// two bytes either side of the cut are both word bytes).
    #[test]
    fn window_ends_do_not_cut_words() {
        let plain_start = |b: &[u8], mut i: usize, limit: usize| {
            let w = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
            while i > 0 && i < limit && w(b[i - 1]) && w(b[i]) {
                i += 1;
            }
            i
        };
        let plain_end = |b: &[u8], mut i: usize, limit: usize| {
            let w = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
            while i < b.len() && i > limit && w(b[i - 1]) && w(b[i]) {
                i -= 1;
            }
            i
        };
        let text = "a bc_d, éfg-hi  jk9 ’lmn";
        let b = text.as_bytes();
        for i in 0..=b.len() {
            for limit in 0..=b.len() {
                assert_eq!(
                    window_start(text, i, limit),
                    plain_start(b, i, limit),
                    "{i} {limit}"
                );
                assert_eq!(
                    window_end(text, i, limit),
                    plain_end(b, i, limit),
                    "{i} {limit}"
                );
            }
        }
    }

    /// A bad line is reported with its number and skipped, never a panic.
    #[test]
    fn a_bad_line_is_reported_with_its_number() {
        let data =
            "# header\nfr\tmt\tkey\t\\bkey\\b\t\tnote\nfr\tsometimes\tkey\t\\bkey\\b\t\tnote\n";
        let (entries, errors) = parse(data);
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].line, 2);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].contains("line 3"), "{}", errors[0]);
        assert!(compile(r"\bunclosed (group\b").is_err());
    }

    /// data/calques-examples.tsv: each `flags` sentence flagged by its entry
    /// (with a fix that the entry no longer flags, when the entry has a
    /// replacement), each `passes` sentence by no entry.
    #[test]
    fn the_examples_of_the_data_file() {
        let mut failures = Vec::new();
        let mut checked = 0;
        for (n, line) in EXAMPLES.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let at = format!("data/calques-examples.tsv line {}", n + 1);
            let [which, verdict, sentence] = line.split('\t').collect::<Vec<_>>()[..] else {
                failures.push(format!("{at}: not 3 columns"));
                continue;
            };
            checked += 1;
            if verdict == "passes" {
                let found: Vec<String> = [false, true]
                    .into_iter()
                    .filter_map(|learner| ENTRIES.iter().find(|x| x.learner == learner))
                    .flat_map(|x| scan(sentence, |y| y.learner == x.learner, meta_of(x)))
                    .map(|f| format!("{:?} ({})", f.text(sentence), f.message))
                    .collect();
                if !found.is_empty() {
                    failures.push(format!("{at}: {sentence:?} flagged: {}", found.join(", ")));
                }
                continue;
            }
            if verdict != "flags" {
                failures.push(format!("{at}: {verdict:?} is neither flags nor passes"));
                continue;
            }
            let entries: Vec<&Entry> = match which.parse::<usize>() {
                Ok(l) => ENTRIES.iter().filter(|x| x.line == l).collect(),
                Err(_) => ENTRIES.iter().filter(|x| x.keys.contains(&which)).collect(),
            };
            if entries.is_empty() {
                failures.push(format!("{at}: no entry {which:?} in data/calques.tsv"));
                continue;
            }
            let flagged = entries.iter().find_map(|x| {
                let one = |y: &Entry| y.line == x.line;
                let found = scan(sentence, one, meta_of(x));
                (!found.is_empty()).then_some((x, found))
            });
            let Some((x, found)) = flagged else {
                failures.push(format!("{at}: {sentence:?} not flagged by entry {which}"));
                continue;
            };
            if x.replacement.is_empty() {
                continue;
            }
            let Some(fix) = found[0].fixes.first() else {
                failures.push(format!("{at}: {sentence:?} flagged without its fix"));
                continue;
            };
            let mut fixed = sentence.to_string();
            for e in fix.edits.iter().rev() {
                fixed.replace_range(e.range.clone(), &e.replacement);
            }
            let again = scan(&fixed, |y| y.line == x.line, meta_of(x));
            if fixed == sentence || !again.is_empty() {
                failures.push(format!(
                    "{at}: the fix of line {} gives {fixed:?}, which it flags again",
                    x.line
                ));
            }
        }
        assert!(checked >= 300, "{checked} examples");
        assert!(
            failures.is_empty(),
            "{} failed:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
