//! Names: publication and place names glued together (`FinancialTimes`), outlets
//! with the wrong article (`said FT that`, `the Reuters said`), family-name-first
//! names cut in half (`his call with Gang` for Qin Gang), and one name spelled
//! two ways in a text.

use crate::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::hash::{FastMap, FastSet};
use crate::names::{NameKind, Origin};
use crate::rules::{Example, Rule, RuleMeta};

/// CamelCase tokens of two or more `Xxxx` parts: (start, end).
fn camel_tokens(text: &str, capitals: &[usize]) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut next = 0; // the end of the last token looked at
    for &start in capitals {
        if start < next || (start > 0 && (b[start - 1].is_ascii_digit() || b[start - 1] >= 0x80)) {
            continue;
        }
        let mut i = start;
        let s = i;
        let mut parts = 0;
        let mut ok = true;
        while i < b.len() && b[i].is_ascii_uppercase() {
            let p = i;
            i += 1;
            while i < b.len() && b[i].is_ascii_lowercase() {
                i += 1;
            }
            if i - p < 2 {
                ok = false;
            }
            parts += 1;
        }
        let glued_on = b
            .get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80);
        if ok && parts >= 2 && !glued_on {
            out.push((s, i));
        }
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        next = i;
    }
    out
}

/// A multiword name written without its spaces: `FinancialTimes`, `NewYorkTimes`.
pub struct GluedName;

static GLUED: RuleMeta = RuleMeta {
    id: "names/glued-name",
    category: Category::Names,
    severity: Severity::Warning,
    default_enabled: true,
    summary: "a known multiword name, or one the text spells with spaces elsewhere, glued together (`FinancialTimes`)",
    flags: &[
        Example { text: "The FinancialTimes reported it.", fixed: "The Financial Times reported it." },
        Example { text: "A NewYorkTimes story ran.", fixed: "A New York Times story ran." },
        Example { text: "Talks in SaudiArabia went on.", fixed: "Talks in Saudi Arabia went on." },
        Example { text: "The Harbour Gazette wrote first; the HarbourGazette wrote again.", fixed: "The Harbour Gazette wrote first; the Harbour Gazette wrote again." },
        Example { text: "He quoted TheWallStreetJournal twice.", fixed: "He quoted The Wall Street Journal twice." },
    ],
    passes: &[
        "Her iPhone, PayPal and YouTube accounts, JPMorgan and AstraZeneca shares.",
        "McDonald, MacArthur, DiCaprio and LeBron met at DaimlerChrysler.",
        "Follow @FinancialTimes and #WhiteHouse online.",
        "See https://ex.com/NewYorkTimes for the link.",
        "The Financial Times and the New York Times agreed.",
    ],
};

impl Rule for GluedName {
    fn meta(&self) -> &'static RuleMeta {
        &GLUED
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let tokens = camel_tokens(text, doc.word_capitals());
        let mut counts: FastMap<&str, usize> = FastMap::default();
        for &(s, e) in &tokens {
            *counts.entry(&text[s..e]).or_default() += 1;
        }
        for (s, e) in tokens {
            if s > 0 && matches!(text.as_bytes()[s - 1], b'@' | b'#' | b'/' | b'_') {
                continue;
            }
            let token = &text[s..e];
            let spaced = match doc.names().by_glued(token) {
                Some(entry) => {
                    let the = if token.len() > entry.name.len() - entry.name.matches(' ').count() {
                        "The "
                    } else {
                        ""
                    };
                    format!("{the}{}", entry.name)
                }
                None => {
                    if doc
                        .names()
                        .get(token)
                        .is_some_and(|n| n.kind == NameKind::Brand)
                    {
                        continue;
                    }
                    // the text spells it with spaces, and glues it only this once
                    // (a name glued throughout, `KitKat`, is its own spelling)
                    match doc.spaced_name(token) {
                        Some(sp) if sp.contains(' ') && counts.get(token) == Some(&1) => {
                            sp.to_string()
                        }
                        _ => continue,
                    }
                }
            };
            if doc.is_protected(s..e) {
                continue;
            }
            out.push(
                GLUED
                    .finding(
                        s..e,
                        format!("`{token}` is `{spaced}` with its spaces lost"),
                    )
                    .with_fix(Fix::safe(Edit::new(s..e, spaced))),
            );
        }
    }
}

/// Words that report speech, after which an outlet is the source.
const REPORTING: &[&str] = &[
    "according to",
    "by",
    "cited",
    "from",
    "in",
    "quoted",
    "reported",
    "said",
    "say",
    "says",
    "speaking to",
    "talking to",
    "tell",
    "telling",
    "tells",
    "told",
    "with",
];

/// The lengths of the [`REPORTING`] words, and their first and last letters
/// (low five bits of the byte, so that ASCII case does not count), as bits.
const REPORTING_SHAPE: [u32; 3] = {
    let mut bits = [0u32; 3];
    let mut i = 0;
    while i < REPORTING.len() {
        let r = REPORTING[i].as_bytes();
        bits[0] |= 1 << r.len();
        bits[1] |= 1 << (r[0] & 31);
        bits[2] |= 1 << (r[r.len() - 1] & 31);
        i += 1;
    }
    bits
};

/// Whether `s` is one of the [`REPORTING`] words, in any ASCII case: its
/// length and end letters tested first, which rejects most words.
fn is_reporting(s: &str) -> bool {
    let b = s.as_bytes();
    let [lengths, firsts, lasts] = REPORTING_SHAPE;
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return false;
    };
    if b.len() >= 32
        || lengths & 1 << b.len() == 0
        || firsts & 1 << (first & 31) == 0
        || lasts & 1 << (last & 31) == 0
    {
        return false;
    }
    let mut lower = [0u8; 32];
    let lower = &mut lower[..b.len()];
    lower.copy_from_slice(b);
    lower.make_ascii_lowercase();
    crate::text::in_list(REPORTING, lower)
}

/// Parts of a broadcaster's name that follow its acronym (`BBC News`, `BBC Radio`).
const SERVICES: &[&str] = &[
    "Arabic",
    "Breakfast",
    "Five",
    "Four",
    "News",
    "One",
    "Online",
    "Persian",
    "Radio",
    "Scotland",
    "Sport",
    "Three",
    "Two",
    "Wales",
    "World",
];

/// Verbs after which `the Reuters` is a name, not a modifier (`the Reuters report`).
const OUTLET_VERBS: &[&str] = &[
    "added", "quoted", "reported", "reports", "said", "says", "writes", "wrote",
];

/// An outlet with the wrong article: `said FT that` (the FT), `the Reuters said`.
pub struct OutletArticle;

static OUTLET: RuleMeta = RuleMeta {
    id: "names/outlet-article",
    category: Category::Names,
    severity: Severity::Warning,
    default_enabled: true,
    summary: "an outlet without the article it takes (`told FT`) or with one it does not (`the Reuters said`); `said FT that` becomes `told the FT that`",
    flags: &[
        Example { text: "A source said FT that it was true.", fixed: "A source told the FT that it was true." },
        Example { text: "He told WSJ that he would stay.", fixed: "He told the WSJ that he would stay." },
        Example { text: "According to SCMP, talks failed.", fixed: "According to the SCMP, talks failed." },
        Example { text: "The Reuters reported the deal.", fixed: "Reuters reported the deal." },
        Example { text: "It was first seen by the CNN.", fixed: "It was first seen by CNN." },
        Example { text: "The Financial times and the new York Times agreed.", fixed: "The Financial Times and the New York Times agreed." },
        Example { text: "The Harbour Gazette (HG) wrote it, a source told HG.", fixed: "The Harbour Gazette (HG) wrote it, a source told the HG." },
    ],
    passes: &[
        "She told the FT that it was true, and told BBC News and BBC Radio 4 too.",
        "The Reuters correspondent and the CNN report agreed.",
        "He told Reuters that he would stay; AP reported it.",
        "EU leaders told UN officials, said US envoys.",
        "Kuleba told the BBC he was wary; the BBC news website; a daily mail delivery.",
    ],
};

impl Rule for OutletArticle {
    fn meta(&self) -> &'static RuleMeta {
        &OUTLET
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let b = text.as_bytes();
        let names = doc.names();
        let words = doc.words();
        // the words any branch below can fire on: before a word in capitals (b),
        // starting a multiword name (c), or `the` (a)
        use crate::tags::Tag;
        let bits = doc.tag_bits();
        let here = 1u8 << Tag::NameStart as u8 | 1 << Tag::The as u8;
        let capital = 1u8 << Tag::Capitalised as u8;
        let all_caps = |j: usize| {
            bits.get(j).is_some_and(|&t| t & capital != 0)
                && b[words[j].0..words[j].1].iter().all(u8::is_ascii_uppercase)
        };
        // one pass over the tag bytes, eight words at a time where none is of interest
        let mut k = 0;
        while k < words.len() {
            if let (Some(block), Some(next)) = (bits.get(k..k + 8), bits.get(k + 1..k + 9)) {
                let block = u64::from_le_bytes(block.try_into().unwrap_or_default());
                let next = u64::from_le_bytes(next.try_into().unwrap_or_default());
                if block & u64::from_ne_bytes([here; 8]) == 0
                    && next & u64::from_ne_bytes([capital; 8]) == 0
                {
                    k += 8;
                    continue;
                }
            }
            k += 1;
            let k = k - 1;
            if bits.get(k).is_none_or(|&t| t & here == 0) && !all_caps(k + 1) {
                continue;
            }
            let (s, e) = words[k];
            let w = &text[s..e];
            let next = words.get(k + 1).filter(|n| n.0 == e + 1 && b[e] == b' ');
            let after_next = |n: (usize, usize)| -> Option<&str> {
                let rest = text[n.1..].trim_start_matches(' ');
                rest.split(|c: char| !c.is_ascii_alphabetic())
                    .next()
                    .filter(|x| !x.is_empty())
            };
            // (b) the `the` an outlet takes is missing after a reporting word
            // (only an acronym is flagged: test that first, it rejects most words)
            let acronym_next =
                next.filter(|n| text.as_bytes()[n.0..n.1].iter().all(u8::is_ascii_uppercase));
            if let Some(&(ns, ne)) = acronym_next {
                let name = &text[ns..ne];
                let reporting = || {
                    is_reporting(w)
                        || (k > 0 && {
                            let (ps, _) = words[k - 1];
                            is_reporting(&text[ps..e])
                        })
                };
                // an outlet that takes `the`: from the data, or defined in the text
                // as `the Harbour Gazette (HG)`
                // (the reporting word first: a length and first-letter test rejects most words)
                let known = || {
                    names
                        .get(name)
                        .is_some_and(|en| en.takes_the && en.kind.is_media())
                };
                if reporting() && (known() || doc.doc_names().acronyms_with_the.contains(name)) {
                    let acronymish = name.bytes().all(|c| c.is_ascii_uppercase());
                    let tail = &text[ne..];
                    let following = after_next((ns, ne));
                    let ends = tail.starts_with([',', '.', ';', ':', ')'])
                        || tail.is_empty()
                        || following == Some("that");
                    let service =
                        following.is_some_and(|f| SERVICES.contains(&f)) && tail.starts_with(' ');
                    if acronymish && ends && !service && !doc.is_protected(s..ne) {
                        let said = w == "said" && following == Some("that");
                        let (span, fix) = if said {
                            (s..ne, Edit::new(s..ns, "told the "))
                        } else {
                            (ns..ne, Edit::insert(ns, "the "))
                        };
                        let msg = if said {
                            format!("`said {name} that`: one tells someone something; write `told the {name} that`")
                        } else {
                            format!("`{name}` takes `the` in running text: `the {name}`")
                        };
                        out.push(OUTLET.finding(span, msg).with_fix(Fix::review(fix)));
                        continue;
                    }
                }
            }
            // (c) a known outlet name in the wrong case: `Financial times`
            let prev_capital = || {
                k > 0 && words[k - 1].1 + 1 == s && b[words[k - 1].1] == b' ' && {
                    let p = &text[words[k - 1].0..words[k - 1].1];
                    p != "The" && p.bytes().next().is_some_and(|c| c.is_ascii_uppercase())
                }
            };
            if names.starts_multiword(w) && !prev_capital() {
                let mut end = e;
                for j in k + 1..(k + 6).min(words.len()) {
                    if words[j].0 != end + 1 || b[end] != b' ' {
                        break;
                    }
                    end = words[j].1;
                    let spelled = &text[s..end];
                    // (no name goes on from a span that starts none)
                    let Some(found) = names.by_lowercase_prefix(spelled) else {
                        break;
                    };
                    let Some(entry) = found else {
                        continue;
                    };
                    // `the BBC news website`: a known name followed by a common noun
                    let head = &text[s..words[j - 1].1];
                    if names.get(head).is_some()
                        && text[words[j].0..words[j].1]
                            .bytes()
                            .all(|c| c.is_ascii_lowercase())
                    {
                        continue;
                    }
                    let has_upper = spelled.bytes().any(|c| c.is_ascii_uppercase());
                    let all_upper = !spelled.bytes().any(|c| c.is_ascii_lowercase());
                    if entry.kind.is_media()
                        && spelled != entry.name
                        && has_upper
                        && !all_upper
                        && !doc.is_protected(s..end)
                    {
                        out.push(
                            OUTLET
                                .finding(s..end, format!("`{spelled}` is written `{}`", entry.name))
                                .with_fix(Fix::safe(Edit::new(s..end, entry.name.clone()))),
                        );
                    }
                }
            }
            // (a) `the` before an outlet that takes none
            if (w == "the" || w == "The") && next.is_some() {
                let Some(&(ns, ne)) = next else { continue };
                // the longest known name starting here (`the Al Jazeera`)
                let mut best: Option<(usize, &crate::names::NameEntry)> = None;
                let mut end = ne;
                for j in k + 1..(k + 5).min(words.len()) {
                    if j > k + 1 {
                        if words[j].0 != end + 1 || b[end] != b' ' {
                            break;
                        }
                        end = words[j].1;
                    }
                    if let Some(en) = names.get(&text[ns..words[j].1]) {
                        best = Some((words[j].1, en));
                    }
                }
                let Some((name_end, entry)) = best else {
                    continue;
                };
                if entry.takes_the || !entry.kind.is_media() || text[ns..name_end] != entry.name {
                    continue;
                }
                let tail = &text[name_end..];
                let following = after_next((ns, name_end));
                let as_name = tail.is_empty()
                    || tail.starts_with(['.', ',', ';', ':', ')'])
                    || following.is_some_and(|f| OUTLET_VERBS.contains(&f));
                if !as_name || doc.is_protected(s..name_end) {
                    continue;
                }
                let edit = Edit::delete(s..ns);
                let name = &text[ns..name_end];
                out.push(
                    OUTLET
                        .finding(
                            s..name_end,
                            format!("`{name}` takes no article: write `{name}`"),
                        )
                        .with_fix(Fix::review(edit)),
                );
            }
        }
    }
}

/// A family-name-first name cut in half: after `Qin Gang`, a bare `Gang`.
pub struct NameOrder;

static NAME_ORDER: RuleMeta = RuleMeta {
    id: "names/name-order",
    category: Category::Names,
    severity: Severity::Warning,
    default_enabled: true,
    summary: "a Chinese or Korean given name used as the family name (`Qin Gang … his call with Gang`); use the family name",
    flags: &[
        Example { text: "Qin Gang met Kuleba. Later, in his call with Gang, he pressed.", fixed: "Qin Gang met Kuleba. Later, in his call with Qin, he pressed." },
        Example { text: "Li Keqiang spoke first. Then Mr. Keqiang left.", fixed: "Li Keqiang spoke first. Then Mr. Li left." },
        Example { text: "Moon Jae-in visited. Jae-in said the talks were good.", fixed: "Moon Jae-in visited. Moon said the talks were good." },
        Example { text: "Foreign minister Wang Wenbin spoke. Critics asked Wenbin why.", fixed: "Foreign minister Wang Wenbin spoke. Critics asked Wang why." },
        Example { text: "Zhou Enlai came; aides of Enlai followed.", fixed: "Zhou Enlai came; aides of Zhou followed." },
    ],
    passes: &[
        "Wang Yi met Blinken. Wang said the talks were candid. Later Xiao Yun of Zhi Yun spoke.",
        "Xi Jinping arrived; Xi spoke for an hour.",
        "Jack Ma founded Alibaba; Ma later left.",
        "Fumio Kishida met Kim Clijsters and Lee Bowyer; Kishida smiled.",
        "Nguyen Xuan Phuc spoke; Phuc said more.",
    ],
};

impl Rule for NameOrder {
    fn meta(&self) -> &'static RuleMeta {
        &NAME_ORDER
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let people = &doc.doc_names().people;
        if people.is_empty() {
            return;
        }
        let text = doc.text();
        let b = text.as_bytes();
        // given name -> (family name, offsets of the full name); skip a given name
        // that is another person's family name in this text
        let families: FastSet<&str> = people.iter().map(|p| p.0).collect();
        // (the third field is how many of the offsets lie before the candidate: the
        // candidates come in order, so it only moves forward)
        let mut given: FastMap<&str, (&str, Vec<usize>, usize)> = FastMap::default();
        for (fam, giv, origin, at) in people {
            if matches!(origin, Origin::Chinese | Origin::Korean) && !families.contains(giv) {
                let entry = given.entry(giv).or_insert((fam, Vec::new(), 0));
                if entry.0 == *fam {
                    entry.1.push(*at);
                }
            }
        }
        if given.is_empty() {
            return;
        }
        // one pass over the capitalised tokens
        let filter: crate::hash::KeyFilter = given.keys().copied().collect();
        for &i in doc.word_capitals() {
            if i > 0 && (b[i - 1].is_ascii_digit() || b[i - 1] == b'-' || b[i - 1] >= 0x80) {
                continue;
            }
            let mut e = i + 1;
            while e < b.len()
                && (b[e].is_ascii_alphabetic()
                    || (b[e] == b'-' && b.get(e + 1).is_some_and(u8::is_ascii_alphabetic)))
            {
                e += 1;
            }
            let start = i;
            if !filter.may_contain(&text[start..e]) {
                continue;
            }
            let g = &text[start..e];
            let Some((fam, mentions, before)) = given.get_mut(g) else {
                continue;
            };
            let fam = *fam;
            let i = start;
            {
                if b.get(e)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80)
                {
                    continue;
                }
                // a second reference comes after the full name, and not too far after it
                while mentions.get(*before).is_some_and(|&m| m < i) {
                    *before += 1;
                }
                let k = *before;
                if k == 0 || i - mentions[k - 1] > SECOND_REFERENCE_REACH {
                    continue;
                }
                // part of a name: after or before another capitalised word (`Zhi Yun`, `Yu Hua`)
                let before = text[..i].strip_suffix(' ').map(|t| {
                    t.rsplit(|c: char| !c.is_ascii_alphabetic())
                        .next()
                        .unwrap_or("")
                });
                if before.is_some_and(|w| w.as_bytes().first().is_some_and(u8::is_ascii_uppercase))
                {
                    continue;
                }
                if text[e..]
                    .strip_prefix(' ')
                    .is_some_and(|t| t.as_bytes().first().is_some_and(u8::is_ascii_uppercase))
                {
                    continue;
                }
                // an English word starting a sentence (`An employee`)
                let lower = g.to_ascii_lowercase();
                let sentence_initial = crate::text::starts_sentence(text, i);
                if sentence_initial && ENGLISH_GIVEN.contains(&lower.as_str()) {
                    continue;
                }
                if doc.is_protected(i..e) {
                    continue;
                }
                out.push(
                    NAME_ORDER
                        .finding(i..e, format!("`{g}` is the given name of {fam} {g}; the family name comes first: `{fam}`"))
                        .with_fix(Fix::review(Edit::new(i..e, fam.to_string()))),
                );
            }
        }
    }
}

/// How far after a full name (in bytes) a bare given name still refers to it.
const SECOND_REFERENCE_REACH: usize = 5000;

/// Given names that are also English words, so a capital at a sentence start proves nothing.
const ENGLISH_GIVEN: &[&str] = &[
    "an", "ban", "bang", "bin", "bo", "dan", "fan", "hang", "he", "ken", "lane", "long", "man",
    "mine", "pan", "ping", "ran", "run", "sang", "song", "sun", "tan", "wing",
];

/// The comparison key of a name: lower case, no diacritics, doubled letters and
/// common transliteration variants folded (`Zelenskyy`, `Zelenskiy` -> `zelensky`).
fn fold_name(word: &str) -> String {
    if word.is_ascii() {
        fold_ascii_name(word.as_bytes())
    } else {
        fold_any_name(word)
    }
}

/// A word without its accents, in lower case: decomposed (NFD), without the
/// combining marks.
fn unaccented_lower(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    word.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The Latin letters U+00C0 to U+017F, each as [`unaccented_lower`] makes it
/// when that is one character (`\0` otherwise): the accented letters of most
/// names, looked up instead of decomposed one by one.
static LATIN_UNACCENTED: once_cell::sync::Lazy<Vec<char>> = once_cell::sync::Lazy::new(|| {
    (0xC0u32..0x180)
        .map(|u| {
            let one = char::from_u32(u).map(|c| unaccented_lower(c.encode_utf8(&mut [0; 4])));
            let mut chars = one.as_deref().unwrap_or("").chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => '\0',
            }
        })
        .collect()
});

/// [`unaccented_lower`], from the table where every letter is ASCII or in it
/// (the same result: decomposing and lower-casing go letter by letter, and the
/// marks are dropped whatever their order).
fn unaccented_lower_fast(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        let mapped = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else {
            match LATIN_UNACCENTED.get((c as usize).wrapping_sub(0xC0)) {
                Some(&m) if m != '\0' => m,
                _ => return unaccented_lower(word),
            }
        };
        out.push(mapped);
    }
    out
}

/// [`fold_name`] of any word.
fn fold_any_name(word: &str) -> String {
    let base = unaccented_lower_fast(word);
    let base = base.replace("sch", "sh").replace('w', "v");
    let mut out = String::with_capacity(base.len());
    for c in base.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    if let Some(stem) = out.strip_suffix("iy").or_else(|| out.strip_suffix("ij")) {
        out = format!("{stem}y");
    }
    out
}

/// [`fold_name`] of an ASCII word, with one allocation.
fn fold_ascii_name(word: &[u8]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(word.len());
    fold_ascii_name_into(word, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// [`fold_name`] of an ASCII word, into `out` (cleared first).
fn fold_ascii_name_into(word: &[u8], out: &mut Vec<u8>) {
    // lower case, `sch` -> `sh`, `w` -> `v`, then each run of one letter kept once
    out.clear();
    let mut i = 0;
    while i < word.len() {
        let c = word[i].to_ascii_lowercase();
        let sch = c == b's'
            && word.get(i + 1).map(u8::to_ascii_lowercase) == Some(b'c')
            && word.get(i + 2).map(u8::to_ascii_lowercase) == Some(b'h');
        let (pieces, step): (&[u8], usize) = if sch {
            (b"sh", 3)
        } else if c == b'w' {
            (b"v", 1)
        } else {
            (std::slice::from_ref(&word[i]), 1)
        };
        for &p in pieces {
            let p = p.to_ascii_lowercase();
            if out.last() != Some(&p) {
                out.push(p);
            }
        }
        i += step;
    }
    if out.ends_with(b"iy") || out.ends_with(b"ij") {
        out.pop();
        out.pop();
        out.push(b'y');
    }
}

/// A hash of [`fold_name`] of `word`: equal for spellings that fold alike
/// (and, rarely, for others too). An ASCII word is folded into `buf`, without
/// allocating.
fn folded_hash(word: &str, buf: &mut Vec<u8>) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::hash::FxHasher::default();
    if word.is_ascii() {
        fold_ascii_name_into(word.as_bytes(), buf);
        h.write(buf);
    } else {
        h.write(fold_any_name(word).as_bytes());
    }
    h.finish()
}

fn strip_marks(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    word.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

/// How far apart (in bytes) two spellings may be and still belong to one text.
const CONSISTENCY_REACH: usize = 10_000;

/// One name spelled two ways in a text: `Zelensky` and `Zelenskyy`.
pub struct NameConsistency;

static CONSISTENCY: RuleMeta = RuleMeta {
    id: "names/name-consistency",
    category: Category::Names,
    severity: Severity::Info,
    default_enabled: true,
    summary: "one name spelled two ways in a text (`Zelensky` and `Zelenskyy`); use the more frequent spelling",
    flags: &[
        Example {
            text: "Zelensky spoke. Zelensky left. Later Zelenskyy returned.",
            fixed: "Zelensky spoke. Zelensky left. Later Zelensky returned.",
        },
        Example {
            text: "Peskov said no. Peskov repeated it, and Peskow added more.",
            fixed: "Peskov said no. Peskov repeated it, and Peskov added more.",
        },
        Example {
            text: "Shoigu came. Shoigu left. Schoigu wrote.",
            fixed: "Shoigu came. Shoigu left. Shoigu wrote.",
        },
        Example {
            text: "Kyrylo Budanov won. Budanov lost. Budanow drew.",
            fixed: "Kyrylo Budanov won. Budanov lost. Budanov drew.",
        },
        Example {
            text: "Zelenskiy met Zelenskyy and Zelenskyy.",
            fixed: "Zelenskyy met Zelenskyy and Zelenskyy.",
        },
    ],
    passes: &[
        "Zelensky spoke. Zelensky left.",
        "Zelensky spoke once and Zelenskyy once.",
        "Americans and American voters; Russia and Russian.",
        "Phillips and Phillips met Phillip.",
        "NATO and Nato; the BBC said; Müller, Müller and Muller.",
    ],
};

impl Rule for NameConsistency {
    fn meta(&self) -> &'static RuleMeta {
        &CONSISTENCY
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        // capitalised words of 5+ letters: an id per spelling, and every
        // occurrence in one list (no list per spelling)
        let mut ids: FastMap<&str, u32> = FastMap::default();
        // (a word of up to 8 bytes is its own key, packed into an integer)
        let mut short_ids: FastMap<u64, u32> = FastMap::default();
        let mut spellings: Vec<&str> = Vec::new();
        let mut all: Vec<(u32, usize, usize)> = Vec::new();
        crate::text::capitalised_runs_at(text, doc.capitals_and_leads(), true, |s, e| {
            let word = &text[s..e];
            let b = word.as_bytes();
            if e - s < 5 {
                return;
            }
            let rest_lower = if word.is_ascii() {
                !b[1..].iter().any(u8::is_ascii_uppercase)
            } else {
                word.chars().skip(1).all(|c| !crate::text::is_uppercase(c))
            };
            let prev = crate::text::char_before(text, s);
            if rest_lower
                && word.chars().count() >= 5
                && !prev.is_some_and(|p| crate::text::is_alphanumeric(p) || p == '-')
            {
                let fresh = spellings.len() as u32;
                let id = match crate::text::pack_word(b) {
                    Some(key) => *short_ids.entry(key).or_insert(fresh),
                    None => *ids.entry(word).or_insert(fresh),
                };
                if id == fresh {
                    spellings.push(word);
                }
                all.push((id, s, e));
            }
        });
        // the spellings of each key; only keys spelled two ways are looked at further.
        // The keys are hashed first, without building them: only the spellings
        // whose hash another spelling shares are folded and grouped.
        let mut first_with: FastMap<u64, u32> = FastMap::default();
        let mut shared = vec![false; spellings.len()];
        let mut buf = Vec::with_capacity(32);
        for (id, &word) in spellings.iter().enumerate() {
            let first = *first_with
                .entry(folded_hash(word, &mut buf))
                .or_insert(id as u32);
            if first != id as u32 {
                shared[first as usize] = true;
                shared[id] = true;
            }
        }
        let mut groups: FastMap<String, Vec<u32>> = FastMap::default();
        for (id, &word) in spellings.iter().enumerate().filter(|&(id, _)| shared[id]) {
            groups.entry(fold_name(word)).or_default().push(id as u32);
        }
        let mut keys: Vec<(&String, &Vec<u32>)> =
            groups.iter().filter(|(_, ids)| ids.len() >= 2).collect();
        keys.sort();
        // the occurrences of each such key, gathered in one pass
        let mut group_of = vec![u32::MAX; spellings.len()];
        for (g, (_, ids)) in keys.iter().enumerate() {
            for &id in ids.iter() {
                group_of[id as usize] = g as u32;
            }
        }
        let mut occurrences: Vec<Vec<(usize, usize)>> = vec![Vec::new(); keys.len()];
        for &(id, s, e) in &all {
            if let Some(list) = occurrences.get_mut(group_of[id as usize] as usize) {
                list.push((s, e));
            }
        }
        for mut occ in occurrences {
            occ.sort_unstable();
            let occ = &occ;
            let mut spellings: Vec<(&str, usize, usize)> = Vec::new(); // (spelling, count, first)
            for &(s, e) in occ {
                let w = &text[s..e];
                match spellings.iter_mut().find(|x| x.0 == w) {
                    Some(x) => x.1 += 1,
                    None => spellings.push((w, 1, s)),
                }
            }
            if spellings.len() < 2 {
                continue;
            }
            spellings.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
            let (canon, count, _) = spellings[0];
            if count < 2 || spellings[1].1 == count {
                continue; // no clear majority
            }
            for &(s, e) in occ {
                let w = &text[s..e];
                // a spelling that differs only in diacritics (`Srncova`) is a house-style
                // choice human editors make too; transliteration variants are the MT mark
                if w == canon || strip_marks(w) == strip_marks(canon) {
                    continue;
                }
                // the canonical spelling within reach, by binary search in the sorted occurrences
                let from = occ.partition_point(|&(cs, _)| cs + CONSISTENCY_REACH < s);
                let near = occ[from..]
                    .iter()
                    .take_while(|&&(cs, _)| cs <= s + CONSISTENCY_REACH)
                    .any(|&(cs, ce)| &text[cs..ce] == canon);
                if !near || doc.is_protected(s..e) {
                    continue;
                }
                out.push(
                    CONSISTENCY
                        .finding(s..e, format!("`{w}` is spelled `{canon}` elsewhere in the text ({count} times); use one spelling"))
                        .with_fix(Fix::review(Edit::new(s..e, canon.to_string()))),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::strategy::Strategy as _;

    proptest::proptest! {
        /// The table gives what decomposing gives, for any mix of letters.
        #[test]
        fn unaccented_from_the_table_as_decomposed(
            word in proptest::collection::vec(proptest::prop_oneof![
                (0xC0u32..0x180).prop_map(|u| char::from_u32(u).unwrap_or('x')),
                proptest::sample::select(vec!['a', 'Z', 'ß', '\u{301}', 'İ', 'ı', 'Ǆ', 'Ω', 'Ж', 'ǅ', 'ẞ', '\u{130}', 'ŉ', 'ſ']),
            ], 0..8),
        ) {
            let word: String = word.into_iter().collect();
            proptest::prop_assert_eq!(super::unaccented_lower_fast(&word), super::unaccented_lower(&word));
        }
    }

    #[test]
    fn ascii_names_fold_as_the_general_path_does() {
        for w in [
            "Zelenskyy",
            "Zelenskiy",
            "Zelenskij",
            "Schmidt",
            "SCHWARZ",
            "Woww",
            "Aaron",
            "Iy",
            "Sschh",
            "Wschodni",
            "Kiyiy",
            "Mississippi",
            "Q",
        ] {
            assert_eq!(super::fold_name(w), super::fold_any_name(w), "{w}");
        }
    }
    #[test]
    fn reporting_words_are_known_in_any_case_and_nothing_else_is() {
        for r in super::REPORTING {
            assert!(super::is_reporting(r), "{r}");
            assert!(super::is_reporting(&r.to_uppercase()), "{r}");
            assert!(
                !super::is_reporting(&format!("{r}s"))
                    || super::REPORTING.contains(&format!("{r}s").as_str()),
                "{r}"
            );
        }
        for w in [
            "",
            "A",
            "A A",
            "sai",
            "saidd",
            "tolds",
            "told\u{301}",
            "fromage",
            "in to",
        ] {
            assert!(!super::is_reporting(w), "{w}");
        }
    }

    #[test]
    fn word_lists_are_sorted() {
        for list in [
            super::REPORTING,
            super::SERVICES,
            super::OUTLET_VERBS,
            super::ENGLISH_GIVEN,
        ] {
            crate::text::assert_sorted(list);
        }
    }

    #[test]
    fn names_fold() {
        assert_eq!(super::fold_name("Zelenskyy"), "zelensky");
        assert_eq!(super::fold_name("Zelenskiy"), "zelensky");
        assert_eq!(super::fold_name("Peskow"), super::fold_name("Peskov"));
        assert_eq!(super::fold_name("Müller"), "muler");
    }

    #[test]
    fn camel_case_tokens() {
        let t = "FinancialTimes iPhone JPMorgan McDonald NewYorkTimes2 ABC";
        let doc = crate::Document::new(t);
        let toks: Vec<&str> = super::camel_tokens(t, doc.word_capitals())
            .into_iter()
            .map(|(s, e)| &t[s..e])
            .collect();
        assert_eq!(toks, ["FinancialTimes", "McDonald"]);
    }
}
