//! The `names/given-name-reference` rule: a person the text introduced by full name, called
//! later by the given name alone in a reporting frame (`According to Ana,`, `Ana said`) where
//! English news uses the surname (`Costa`). Many languages' news (Portuguese, Spanish, Arabic,
//! Persian) call some people by the given name, and machine translation keeps it; in English
//! news a given name alone reads as a child's, a friend's or a first-name-only person's.
//!
//! Review-level: it speaks only where the text's register is news (the person holds an office,
//! the text also calls them by surname, or calls other people by surname in the same frames),
//! and leaves alone children (`a 9-year-old`, an age in apposition), royals and clergy
//! (`Prince`, `Pope`), family-name-first names (the name data's), people sharing the surname,
//! and quotations.

use crate::analysis::document::Document;
use crate::analysis::first_names::FIRST_NAMES;
use crate::analysis::wordlex::lookup;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::floor_boundary;

/// How far (in bytes) the full name and the other references may stand from the given name.
const REACH: usize = 4_000;

/// A given name standing alone for a person introduced by full name: `According to Ana,` for
/// `Ana Costa`.
pub struct GivenNameReference;

/// The verbs of reporting after which (or before which) a name is a person's reference (in
/// alphabetical order: the rule searches them).
const REPORTING_VERBS: &[&str] = &[
    "added",
    "admitted",
    "announced",
    "argued",
    "asked",
    "claimed",
    "concluded",
    "continued",
    "declared",
    "emphasised",
    "emphasized",
    "explained",
    "insisted",
    "noted",
    "recalled",
    "replied",
    "said",
    "says",
    "stated",
    "stressed",
    "told",
    "warned",
    "wrote",
];

static GIVEN_NAME_REFERENCE: RuleMeta = RuleMeta {
    id: "names/given-name-reference",
    category: Category::Names,
    severity: Severity::Info,
    triggers: crate::Triggers::words(|| {
        let mut words = REPORTING_VERBS.to_vec();
        words.push("according");
        words
    }),
    // off by default: its frames cost about 0.3% of a scan of news (measured with callgrind
    // on three news files), more than a default rule may take
    default_enabled: false,
    summary: "a person introduced by full name, later called by the given name alone where news uses the surname (`According to Ana,` for `Ana Costa`)",
    flags: &[
        Example {
            text: "Health Minister Ana Costa visited the clinic on Monday. According to Ana, the wards need more staff.",
            fixed: "Health Minister Ana Costa visited the clinic on Monday. According to Costa, the wards need more staff.",
        },
        Example {
            text: "The talks were led by Rui Antunes of the union. Antunes asked for a raise. Later, Rui said the offer was too low.",
            fixed: "The talks were led by Rui Antunes of the union. Antunes asked for a raise. Later, Antunes said the offer was too low.",
        },
        Example {
            text: "Former governor Lidia Fontoura spoke to the press. The plan is dead, said Lidia.",
            fixed: "Former governor Lidia Fontoura spoke to the press. The plan is dead, said Fontoura.",
        },
    ],
    passes: &[
        "Health Minister Ana Costa visited the clinic on Monday. According to Costa, the wards need more staff.",
        "Ana Costa, 34, runs a bakery. Ana said business is slow.",
        "The boy, Tomas Lind, is a 9-year-old pupil. Tomas said he likes maths.",
        "Prince Harry Windsor met the mayor. Harry said it was a fine day.",
        "Minister Ana Costa and her husband Rui Costa came. Ana said they were glad.",
        "Minister Ana Costa spoke. \"We thank Ana,\" said one nurse. \"Ana said we would get help.\"",
        "Minister Will Costa spoke. Will said nothing more.",
        "I met Ana Costa at school. Ana said she remembered me.",
    ],
};

impl Rule for GivenNameReference {
    fn meta(&self) -> &'static RuleMeta {
        &GIVEN_NAME_REFERENCE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let words = doc.words();
        // the names in reporting frames
        let mut frames: Vec<(usize, usize)> = Vec::new();
        for k in doc.trigger_words(GIVEN_NAME_REFERENCE.id) {
            let Some(j) = framed_name(text, words, k) else {
                continue;
            };
            if frames.last() != Some(&words[j]) {
                frames.push(words[j]);
            }
        }
        for &(s, e) in &frames {
            let given = &text[s..e];
            // most framed names are family names (`Costa said`): a given name first, by the
            // table, before the text around is read
            if !FIRST_NAMES.contains_key(given) {
                continue;
            }
            let Reference::Given { surname, intro } = classify(text, doc.word_capitals(), s, e) else {
                continue;
            };
            if !news_register(text, doc.word_capitals(), &frames, s, intro, surname)
                || !is_given_name(doc, given, surname)
                || guarded_person(text, intro, given, surname)
                || inside_quotation(text, s)
                || doc.is_protected(s..e)
            {
                continue;
            }
            out.push(
                GIVEN_NAME_REFERENCE
                    .finding(
                        s..e,
                        format!(
                            "`{given}` alone refers to `{given} {surname}`, whom English news calls by the surname: `{surname}`?"
                        ),
                    )
                    .with_fix(Fix::unsafe_fix(Edit::new(s..e, surname.to_string()))),
            );
        }
    }
}

/// How a name in a reporting frame refers to a person.
#[derive(Debug, Clone, Copy)]
enum Reference<'t> {
    /// By the given name of a full name written before (`Ana` for `Ana Costa`, written at
    /// byte `intro`).
    Given { surname: &'t str, intro: usize },
    /// By the surname of a full name written before (`Costa`).
    Surname,
    /// Neither (a name never written in full nearby).
    Other,
}

/// Whether `w` is shaped like a name: a capital and 2 to 14 lower-case ASCII letters.
fn name_shaped(w: &[u8]) -> bool {
    (3..=15).contains(&w.len()) && w[0].is_ascii_uppercase() && w[1..].iter().all(u8::is_ascii_lowercase)
}

/// The index of the single name a reporting frame around trigger word `k` holds: `according to
/// X`, `X said`, `said X.`; the name stands alone (no capitalised word joined to it, no `Mr.`).
fn framed_name(text: &str, words: &[(usize, usize)], k: usize) -> Option<usize> {
    let b = text.as_bytes();
    let word = |j: usize| words.get(j).map(|&(s, e)| &b[s..e]);
    // word `j` and `j + 1` are one space apart
    let joined = |j: usize| j + 1 < words.len() && words[j + 1].0 == words[j].1 + 1 && b[words[j].1] == b' ';
    let capital_at = |j: usize| word(j).is_some_and(|w| w[0].is_ascii_uppercase());
    let lone_after = |j: usize| {
        // nothing capitalised follows the name: `According to Ana,` not `According to Ana Costa`
        let e = words[j].1;
        match b.get(e) {
            None | Some(b',' | b'.' | b';' | b':') => true,
            Some(b' ') => !b.get(e + 1).is_some_and(u8::is_ascii_uppercase),
            _ => false,
        }
    };
    let lone_before = |j: usize| {
        let s = words[j].0;
        let titled = s >= 4 && matches!(&b[s - 4..s], b"Mr. " | b"Ms. " | b"rs. " | b"Dr. ");
        !(titled || (j > 0 && joined(j - 1) && capital_at(j - 1)))
    };
    let this = word(k)?;
    // (the list holds every word of a trigger's shape, `send` beside `said`: a capital next
    // to it comes first, as the cheapest test)
    let capital_next = capital_at(k + 1) || (k > 0 && capital_at(k - 1));
    if !capital_next && !matches!(this[0], b'a' | b'A') {
        return None;
    }
    let verb = REPORTING_VERBS.binary_search_by(|v| v.as_bytes().cmp(this)).is_ok();
    if !verb && !this.eq_ignore_ascii_case(b"according") {
        return None;
    }
    if !verb {
        let j = k + 2;
        let ok = joined(k)
            && word(k + 1) == Some(b"to")
            && joined(k + 1)
            && word(j).is_some_and(name_shaped)
            && lone_after(j);
        return ok.then_some(j);
    }
    if !this[0].is_ascii_lowercase() {
        return None;
    }
    // `Ana said`
    if k > 0 && joined(k - 1) && word(k - 1).is_some_and(name_shaped) && lone_before(k - 1) {
        return Some(k - 1);
    }
    // `said Ana.`
    let j = k + 1;
    let closes = words.get(j).is_some_and(|&(_, e)| matches!(b.get(e), Some(b'.' | b',')));
    (joined(k) && word(j).is_some_and(name_shaped) && closes && lone_before(j)).then_some(j)
}

/// How the name at `s..e` refers to a person, from its earlier occurrences within reach: as a
/// surname if one ends a run of capitalised words (`Ana Costa` for `Costa`), as a given name
/// if one is followed by a single capitalised word ending a run (`Ana Costa` for `Ana`).
fn classify<'t>(text: &'t str, capitals: &[usize], s: usize, e: usize) -> Reference<'t> {
    let b = text.as_bytes();
    let name = &b[s..e];
    let to = capitals.partition_point(|&c| c < s);
    let from = capitals[..to].partition_point(|&c| c + REACH < s);
    let mut found = Reference::Other;
    for &at in &capitals[from..to] {
        let end = at + name.len();
        if b.get(at + 1) != Some(&name[1]) || b.get(at..end) != Some(name) || b.get(end).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        if capitalised_before(b, at) && !capitalised_after(b, end) {
            return Reference::Surname; // (a surname somewhere: never a given name here)
        }
        if b.get(end) == Some(&b' ') {
            let s2 = end + 1;
            let mut e2 = s2;
            while e2 < b.len() && b[e2].is_ascii_alphabetic() {
                e2 += 1;
            }
            // (a name's last word: not glued to a hyphen or to letters of another script)
            let whole = !b.get(e2).is_some_and(|&c| c == b'-' || c >= 0x80);
            if whole && name_shaped(&b[s2..e2]) && !capitalised_after(b, e2) && !after_preposition(b, at) {
                found = Reference::Given {
                    surname: &text[s2..e2],
                    intro: at,
                };
            }
        }
    }
    found
}

/// Whether `in`, `at`, `from`, `of` or `the` stands one space before byte `at`: what follows is
/// a place or a thing (`in Lisbon Ana`, `the Costa Group`), not a person's full name.
fn after_preposition(b: &[u8], at: usize) -> bool {
    let before = &b[at.saturating_sub(6)..at];
    [&b" in "[..], b" at ", b" from ", b" of ", b" the ", b"The "]
        .iter()
        .any(|p| before.ends_with(p))
}

/// Whether a capitalised word stands one space before byte `at`.
fn capitalised_before(b: &[u8], at: usize) -> bool {
    if at < 2 || b[at - 1] != b' ' || !b[at - 2].is_ascii_alphabetic() {
        return false;
    }
    let mut s = at - 2;
    while s > 0 && b[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    b[s].is_ascii_uppercase()
}

/// Whether a capitalised word follows byte `e` one space after.
fn capitalised_after(b: &[u8], e: usize) -> bool {
    b.get(e) == Some(&b' ') && b.get(e + 1).is_some_and(u8::is_ascii_uppercase)
}

/// Whether the text around `s` is in news register: the person holds an office (a title
/// before the full name), or the text calls them by their surname too, or it calls other
/// people by surname in its reporting frames at least as often as by given name.
fn news_register(text: &str, capitals: &[usize], frames: &[(usize, usize)], s: usize, intro: usize, surname: &str) -> bool {
    if titled(text, intro) || surname_alone(text, s, surname) {
        return true;
    }
    let near = frames.iter().filter(|f| f.0 + REACH >= s && f.0 <= s + REACH);
    let (mut by_surname, mut by_given) = (0, 0);
    for &(fs, fe) in near {
        match classify(text, capitals, fs, fe) {
            Reference::Surname => by_surname += 1,
            Reference::Given { .. } => by_given += 1,
            Reference::Other => {}
        }
    }
    by_surname >= 1 && by_surname >= by_given
}

/// The titles of office that mark a person English news calls by surname.
const OFFICES: &[&str] = &[
    "ambassador", "chairman", "chairwoman", "chancellor", "commissioner", "congressman",
    "congresswoman", "councillor", "councilor", "deputy", "director", "governor", "judge",
    "lawmaker", "mayor", "minister", "president", "prosecutor", "secretary", "senator",
    "spokesman", "spokesperson", "spokeswoman",
];

/// Whether a title of office stands among the four words before byte `intro`, in its sentence
/// (`former Minister of Education Ana Costa`).
fn titled(text: &str, intro: usize) -> bool {
    let before = &text[floor_boundary(text, intro.saturating_sub(60))..intro];
    let before = before.rsplit(['.', '\n', ';']).next().unwrap_or(before);
    before
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(4)
        .any(|w| OFFICES.iter().any(|o| o.eq_ignore_ascii_case(w)))
}

/// Whether the surname stands alone (not after a capitalised word) within reach of `s`.
fn surname_alone(text: &str, s: usize, surname: &str) -> bool {
    let b = text.as_bytes();
    let from = floor_boundary(text, s.saturating_sub(REACH));
    let to = floor_boundary(text, (s + REACH).min(text.len()));
    memchr::memmem::find_iter(&b[from..to], surname.as_bytes())
        .map(|at| from + at)
        .any(|at| {
            let end = at + surname.len();
            let glued = (at > 0 && b[at - 1].is_ascii_alphabetic())
                || b.get(end).is_some_and(u8::is_ascii_alphabetic);
            !(glued || capitalised_before(b, at))
        })
}

/// Whether `given` is a given name only: not an English common word (`Will`), not a family
/// name of a family-name-first language, and `surname` neither of these (nor `Junior`).
fn is_given_name(doc: &Document<'_>, given: &str, surname: &str) -> bool {
    let names = doc.names();
    let common = |w: &str| lookup(w).is_some_and(|t| !t.is_proper_noun()) || lookup(&w.to_ascii_lowercase()).is_some();
    !matches!(surname, "Junior" | "Jr" | "Filho" | "Neto" | "Sobrinho")
        && !common(surname)
        && names.surname(given).is_none()
        && names.surname(surname).is_none()
        && !common(given)
}

/// Words before a full name that mark a person called by the given name in English too.
const FIRST_NAME_TITLES: &[&str] = &[
    "Archbishop", "Ayatollah", "Bishop", "Brother", "Cardinal", "Dame", "Duchess", "Duke", "Emir",
    "Emperor", "Empress", "Father", "Imam", "King", "Lady", "Lord", "Pope", "Prince", "Princess",
    "Queen", "Saint", "Sheikh", "Sir", "Sister", "St", "Sultan",
];

/// Whether the person introduced at `intro` is one English news may call by the given name:
/// a royal or a cleric (`Prince Ana Costa`), a child (`a 9-year-old`, `aged 9`, an age in
/// apposition `Ana Costa, 34,`), or one of several people of the surname (`Rui Costa` too).
fn guarded_person(text: &str, intro: usize, given: &str, surname: &str) -> bool {
    let b = text.as_bytes();
    let before = &text[floor_boundary(text, intro.saturating_sub(20))..intro];
    let title = before.trim_end_matches(' ').rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    if FIRST_NAME_TITLES.contains(&title) {
        return true;
    }
    let end = intro + given.len() + 1 + surname.len();
    let around = &text[floor_boundary(text, intro.saturating_sub(80))..floor_boundary(text, (end + 80).min(text.len()))];
    if around.contains("year-old") || around.contains("aged ") || around.contains("year old") {
        return true;
    }
    if b.get(end) == Some(&b',') && b.get(end + 1) == Some(&b' ') && b.get(end + 2).is_some_and(u8::is_ascii_digit) {
        return true; // `Ana Costa, 34,`
    }
    if text[end..].starts_with(" (") && b.get(end + 2).is_some_and(u8::is_ascii_digit) {
        return true; // `Ana Costa (34)`
    }
    // another person of the surname within reach
    let from = floor_boundary(text, intro.saturating_sub(REACH));
    let to = floor_boundary(text, (end + REACH).min(text.len()));
    memchr::memmem::find_iter(&b[from..to], surname.as_bytes())
        .map(|at| from + at)
        .any(|at| {
            let name_end = at + surname.len();
            if b.get(name_end).is_some_and(u8::is_ascii_alphabetic) || !capitalised_before(b, at) {
                return false;
            }
            let mut from = at - 1;
            while from > 0 && b[from - 1].is_ascii_alphabetic() {
                from -= 1;
            }
            let first = &text[from..at - 1];
            first != given && lookup(first).is_none_or(|t| t.is_proper_noun())
                && !OFFICES.iter().any(|o| o.eq_ignore_ascii_case(first))
                && !FIRST_NAME_TITLES.contains(&first)
        })
}

/// Whether byte `s` lies inside a quotation opened earlier on its line.
fn inside_quotation(text: &str, s: usize) -> bool {
    let line_start = text[..s].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..s];
    let straight = line.bytes().filter(|&c| c == b'"').count();
    let opened = line.matches('“').count();
    let closed = line.matches('”').count();
    straight % 2 == 1 || opened > closed
}
