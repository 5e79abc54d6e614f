//! The literals every match of a calque pattern contains, read from the
//! pattern's syntax: a window of text that holds none of them cannot match.
//! Read by `build.rs` too, which writes each entry's literals into the
//! library (reading them from the syntax at run time cost ~0.3M instructions
//! an entry), so this file uses nothing of the crate.

use regex_syntax::hir::{Hir, HirKind};

/// The most strings a set of alternatives may have: beyond it, looking for
/// each costs more than it saves.
const MAX_ALTERNATIVES: usize = 16;

/// The shortest needle worth looking for before a pattern runs.
const MIN_NEEDLE: usize = 3;

/// A needle so long that a longer one would be hardly rarer in English text.
const LONG_ENOUGH: usize = 8;

/// Alternative strings, one of which a piece of a match is or contains.
pub(super) type Set = Vec<Vec<u8>>;

/// The literals of `pattern`, a pattern as the rule runs it (see
/// [`ascii_classes`]) but without its `(?i)`: the longest every match
/// contains, lower case (`None` when it has none of at least [`MIN_NEEDLE`]
/// bytes, or does not parse). The rule seeks them around the entry's `keys`:
/// a set the key word itself holds (` question` for the key `question`) is
/// in nearly every window, and is taken only when no other set will do.
pub(super) fn literals_of(pattern: &str, keys: &[&str]) -> Option<Set> {
    // (read as bytes: quicker to parse, and a non-ASCII literal is kept as
    // the bytes it matches, which the pieces read alike)
    let bytes = regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(pattern);
    let hir = match bytes {
        Ok(hir) => hir,
        Err(_) => regex_syntax::parse(pattern).ok()?,
    };
    let piece = Piece::of(&hir, keys);
    let mut best = None;
    consider(&mut best, piece.exact, keys);
    consider(&mut best, piece.within, keys);
    best.filter(|s| score(s, keys).0)
}

/// `pattern` with ASCII word boundaries, word characters and digits.
pub(super) fn ascii_classes(pattern: &str) -> String {
    pattern
        .replace(r"\b", r"(?-u:\b)")
        .replace(r"\w", "[0-9A-Za-z_]")
        .replace(r"\d", "[0-9]")
}

/// What a piece of a pattern tells of the literals in its matches.
struct Piece {
    /// Every match of the piece is one of these strings (`None`: not a small
    /// set of literals).
    exact: Option<Set>,
    /// The best set found inside the piece, one of which every match contains.
    within: Option<Set>,
}

impl Piece {
    /// A piece that tells nothing (a class, a repetition that may be empty).
    const UNKNOWN: Piece = Piece {
        exact: None,
        within: None,
    };

    /// A piece that always matches `s`.
    fn literal(s: Vec<u8>) -> Piece {
        Piece {
            exact: Some(vec![s]),
            within: None,
        }
    }

    fn of(hir: &Hir, keys: Keys<'_>) -> Piece {
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => Piece::literal(Vec::new()),
            HirKind::Literal(lit) if lit.0.is_ascii() => Piece::literal(lit.0.to_ascii_lowercase()),
            // a case-insensitive non-ASCII letter has other forms: the ASCII around it stays
            HirKind::Literal(lit) => {
                let mut within = None;
                for run in lit.0.split(|b| !b.is_ascii()) {
                    consider(&mut within, Some(vec![run.to_ascii_lowercase()]), keys);
                }
                Piece {
                    exact: None,
                    within,
                }
            }
            HirKind::Class(_) => Piece::UNKNOWN,
            HirKind::Capture(cap) => Piece::of(&cap.sub, keys),
            HirKind::Repetition(rep) => {
                let sub = Piece::of(&rep.sub, keys);
                match (rep.min, rep.max) {
                    (1, Some(1)) => sub,
                    // an optional piece: its strings, or nothing
                    (0, Some(1)) => Piece {
                        exact: sub.exact.map(|mut s| {
                            s.push(Vec::new());
                            s
                        }),
                        within: None,
                    },
                    (0, _) => Piece::UNKNOWN,
                    // at least once: what one match of the piece contains
                    _ => {
                        let mut within = sub.within;
                        consider(&mut within, sub.exact, keys);
                        Piece {
                            exact: None,
                            within,
                        }
                    }
                }
            }
            HirKind::Concat(subs) => Piece::concat(subs, keys),
            HirKind::Alternation(subs) => Piece::alternation(subs, keys),
        }
    }

    /// A sequence: the strings of runs of exact pieces side by side (each run
    /// and each piece is contained in every match), the best one kept.
    fn concat(subs: &[Hir], keys: Keys<'_>) -> Piece {
        let mut within = None;
        let mut whole = Some(vec![Vec::new()]);
        let mut run = vec![Vec::new()];
        for sub in subs {
            let piece = Piece::of(sub, keys);
            consider(&mut within, piece.within, keys);
            let Some(exact) = piece.exact else {
                whole = None;
                run = vec![Vec::new()];
                continue;
            };
            whole = whole.and_then(|w| product(&w, &exact));
            run = product(&run, &exact).unwrap_or_else(|| exact.clone());
            consider(&mut within, Some(run.clone()), keys);
            consider(&mut within, Some(exact), keys);
        }
        Piece {
            exact: whole,
            within,
        }
    }

    /// Alternatives: every match contains what one of them contains.
    fn alternation(subs: &[Hir], keys: Keys<'_>) -> Piece {
        let pieces: Vec<Piece> = subs.iter().map(|sub| Piece::of(sub, keys)).collect();
        let union = |sets: Option<Vec<Set>>| {
            let all: Set = sets?.concat();
            (all.len() <= MAX_ALTERNATIVES).then_some(all)
        };
        let exact = union(pieces.iter().map(|p| p.exact.clone()).collect());
        let within = union(
            pieces
                .into_iter()
                .map(|p| {
                    let mut best = p.within;
                    consider(&mut best, p.exact, keys);
                    best
                })
                .collect(),
        );
        Piece { exact, within }
    }
}

/// Every string of `a` followed by every string of `b`, unless there would be
/// more than [`MAX_ALTERNATIVES`].
fn product(a: &Set, b: &Set) -> Option<Set> {
    if a.len() * b.len() > MAX_ALTERNATIVES {
        return None;
    }
    let pairs = a
        .iter()
        .flat_map(|x| b.iter().map(move |y| [&x[..], y].concat()));
    Some(pairs.collect())
}

/// The entry's key words (lower case), around which the needles are sought.
type Keys<'k> = &'k [&'k str];

/// A set's worth as needles: whether it reaches [`MIN_NEEDLE`] bytes, then
/// whether a window can lack it (see [`held_by_a_key`]), then its shortest
/// string's length (the longer, the rarer, up to [`LONG_ENOUGH`]), then fewer
/// strings (each is one more search), then the shortest length beyond that.
fn score(set: &Set, keys: Keys<'_>) -> (bool, bool, usize, std::cmp::Reverse<usize>, usize) {
    let shortest = set.iter().map(Vec::len).min().unwrap_or(0);
    (
        shortest >= MIN_NEEDLE,
        !held_by_a_key(set, keys),
        shortest.min(LONG_ENOUGH),
        std::cmp::Reverse(set.len()),
        shortest,
    )
}

/// Whether a string of `set` lies within a key word and the spaces around it
/// (` question` for the key `question`): every window of that key holds it.
fn held_by_a_key(set: &Set, keys: Keys<'_>) -> bool {
    keys.iter().any(|k| {
        let spaced = [b" ", k.as_bytes(), b" "].concat();
        set.iter().any(|s| contains(&spaced, s))
    })
}

/// `set` without duplicates nor strings that contain another of its strings.
fn reduce(mut set: Set) -> Set {
    set.sort_by_key(Vec::len);
    let mut kept: Set = Vec::new();
    for s in set {
        let covered = kept.iter().any(|k| contains(&s, k));
        if !covered {
            kept.push(s);
        }
    }
    kept
}

/// Whether `hay` contains `needle`.
fn contains(hay: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle)
}

/// Keeps in `best` the better of it and `candidate`.
fn consider(best: &mut Option<Set>, candidate: Option<Set>, keys: Keys<'_>) {
    let Some(candidate) = candidate.map(reduce) else {
        return;
    };
    if best
        .as_ref()
        .is_none_or(|b| score(&candidate, keys) > score(b, keys))
    {
        *best = Some(candidate);
    }
}
