//! Name data: outlets, organisations and places (with their short forms and
//! whether they take "the"), and family names of family-name-first languages.
//! Built-in lists live in `data/*.tsv`, parsed once; users add entries in the
//! same formats through [`DetectorBuilder::names`](crate::DetectorBuilder::names).

use crate::error::Error;
use crate::text::hash::{FastMap, FastSet, KeyFilter};
use once_cell::sync::Lazy;

/// What a named thing is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NameKind {
    /// A newspaper, magazine or news site.
    Outlet,
    /// A news agency.
    Agency,
    /// A broadcaster.
    Broadcaster,
    /// An organisation.
    Org,
    /// A place.
    Place,
    /// A brand whose glued spelling is legitimate (`PayPal`): never split.
    Brand,
}

impl NameKind {
    fn parse(s: &str) -> Option<NameKind> {
        Some(match s {
            "outlet" => NameKind::Outlet,
            "agency" => NameKind::Agency,
            "broadcaster" => NameKind::Broadcaster,
            "org" => NameKind::Org,
            "place" => NameKind::Place,
            "brand" => NameKind::Brand,
            _ => return None,
        })
    }

    /// Whether it publishes news (an outlet, agency or broadcaster).
    pub fn is_media(self) -> bool {
        matches!(
            self,
            NameKind::Outlet | NameKind::Agency | NameKind::Broadcaster
        )
    }
}

/// One name entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameEntry {
    /// The canonical spelling, without a leading "The".
    pub name: String,
    /// Short forms and acronyms (`FT`).
    pub short: Vec<String>,
    /// Whether it takes a lower-case "the" in running text.
    pub takes_the: bool,
    /// What it is.
    pub kind: NameKind,
}

/// Where a family name comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Origin {
    /// Chinese, in pinyin.
    Chinese,
    /// Chinese in Wade–Giles or Cantonese romanisation.
    ChineseOther,
    /// Korean.
    Korean,
    /// Vietnamese (second reference uses the given name: never flagged).
    Vietnamese,
}

/// A word of 1 to 8 ASCII bytes, lower-cased and packed into an integer
/// (zero bytes after it), so that a set of short words is a set of integers.
#[inline]
fn packed_lower(word: &[u8]) -> Option<u64> {
    use crate::text::lanes_at_least;
    let x = crate::text::pack_word(word).filter(|_| !word.is_empty() && word.is_ascii())?;
    // the capitals gain 0x20 (their lanes' high bit, shifted down)
    Some(x | (lanes_at_least(x, b'A') & !lanes_at_least(x, b'Z' + 1)) >> 2)
}

/// The name data a detector uses.
#[derive(Debug, Clone, Default)]
pub struct Names {
    entries: Vec<NameEntry>,
    /// Lower-cased glued form (spaces removed) -> entry.
    glued: FastMap<String, usize>,
    /// Canonical name and short forms -> entry.
    lookup: FastMap<String, usize>,
    /// Lower-cased canonical multiword name -> entry.
    lower: FastMap<String, usize>,
    /// The lower-cased first words of the multiword names.
    lower_first: FastSet<String>,
    /// Those of at most 8 ASCII bytes, packed ([`packed_lower`]).
    lower_first_packed: FastSet<u64>,
    /// Every lower-cased multiword name and each of its prefixes that ends
    /// before a space: the entry for a whole name, `None` for a prefix only.
    lower_prefixes: FastMap<String, Option<usize>>,
    /// What an ASCII name must pass before a lookup in `lower_prefixes`.
    prefix_filter: KeyFilter,
    /// What a word must pass before a lookup in `lookup`.
    lookup_filter: KeyFilter,
    /// The first words of the keys of `lookup` (`LA` of `LA Times`): what the
    /// first word of a span must pass before lookups of the span.
    lookup_first_filter: KeyFilter,
    /// What a word must pass before a lookup in `lower_first`.
    first_filter: KeyFilter,
    /// What an ASCII name must pass before a lookup in `lower`.
    lower_filter: KeyFilter,
    surnames: FastMap<String, Origin>,
    /// Those of at most 8 bytes, packed ([`crate::text::pack_word`]): looked up
    /// without comparing strings.
    surnames_packed: FastMap<u64, Origin>,
    /// What a word must pass before a lookup in `surnames`.
    surname_filter: KeyFilter,
}

impl Names {
    /// The entry for a canonical name or short form, if known.
    pub fn get(&self, name: &str) -> Option<&NameEntry> {
        if !self.lookup_filter.may_contain(name) {
            return None;
        }
        self.lookup.get(name).map(|&i| &self.entries[i])
    }

    /// The entry whose name, with spaces removed, is `glued` (case-insensitive).
    pub fn by_glued(&self, glued: &str) -> Option<&NameEntry> {
        self.glued
            .get(&glued.to_ascii_lowercase())
            .map(|&i| &self.entries[i])
    }

    /// The entry whose multiword name is `name` in any case (`financial Times`).
    #[cfg_attr(not(test), allow(dead_code))] // for the rules; only tests call it today
    pub fn by_lowercase(&self, name: &str) -> Option<&NameEntry> {
        let i = match crate::text::ascii_lower(name, &mut [0u8; 64]) {
            // (an ASCII name keeps its length and its letters' low bits lower-cased)
            Some(lower) if !self.lower_filter.may_contain(lower) => return None,
            Some(lower) => self.lower.get(lower),
            None => self.lower.get(&name.to_lowercase()),
        };
        i.map(|&i| &self.entries[i])
    }

    /// Whether some multiword name starts with `word` in any case (a cheap test
    /// before [`by_lowercase`](Names::by_lowercase); no allocation for short words).
    pub fn starts_multiword(&self, word: &str) -> bool {
        if !self.first_filter.may_contain(word) {
            return false;
        }
        if let Some(packed) = packed_lower(word.as_bytes()) {
            return self.lower_first_packed.contains(&packed);
        }
        match crate::text::ascii_lower(word, &mut [0u8; 32]) {
            Some(w) => self.lower_first.contains(w),
            None => self.lower_first.contains(&word.to_lowercase()),
        }
    }

    /// For an ASCII `name` in any case: `None` when no multiword name starts
    /// with it (nor with it and more words), else the entry whose name it is
    /// ([`by_lowercase`](Names::by_lowercase)), if any. A search extending a
    /// name word by word stops at the first `None`.
    pub(crate) fn by_lowercase_prefix(&self, name: &str) -> Option<Option<&NameEntry>> {
        // (an ASCII name keeps its length, and its letters' low bits, lower-cased)
        if !name.is_ascii() || !self.prefix_filter.may_contain(name) {
            return None;
        }
        let found = match crate::text::ascii_lower(name, &mut [0u8; 64]) {
            Some(lower) => self.lower_prefixes.get(lower)?,
            None => self.lower_prefixes.get(&name.to_ascii_lowercase())?,
        };
        Some(found.map(|i| &self.entries[i]))
    }

    /// Whether `word` may be the first word of a canonical name or short form
    /// (`Financial` of `Financial Times`, `LA` of `LA Times`, `Reuters`): false
    /// only when [`get`](Names::get) finds nothing for `word` alone nor for
    /// `word` followed by a space and more.
    pub(crate) fn may_start_name(&self, word: &[u8]) -> bool {
        self.lookup_first_filter.may_contain_bytes(word)
    }

    /// Whether `word` passes the cheap test of [`starts_multiword`](Names::starts_multiword):
    /// false only when no multiword name starts with it.
    pub(crate) fn may_start_multiword(&self, word: &[u8]) -> bool {
        self.first_filter.may_contain_bytes(word)
    }

    /// The shapes of the multiword names' first words (see [`KeyFilter`]).
    pub(crate) fn first_word_filter(&self) -> &KeyFilter {
        &self.first_filter
    }

    /// The origin of a family name, if it is in the lists.
    pub fn surname(&self, name: &str) -> Option<Origin> {
        if !self.surname_filter.may_contain(name) {
            return None;
        }
        match crate::text::pack_word(name.as_bytes()) {
            Some(key) => self.surnames_packed.get(&key).copied(),
            None => self.surnames.get(name).copied(),
        }
    }

    /// Every entry.
    #[cfg_attr(not(test), allow(dead_code))] // for the rules; only tests call it today
    pub fn entries(&self) -> &[NameEntry] {
        &self.entries
    }

    fn add_entry(&mut self, e: NameEntry) {
        let i = self.entries.len();
        if e.kind == NameKind::Brand {
            // a brand overrides any glued reading of the same letters
            self.glued.remove(&e.name.to_ascii_lowercase());
        } else if e.name.contains(' ') {
            let glued: String = e.name.chars().filter(|c| !c.is_whitespace()).collect();
            let lower = glued.to_ascii_lowercase();
            if !self.is_brand(&lower) {
                self.glued.insert(format!("the{lower}"), i);
                self.glued.insert(lower, i);
            }
        }
        self.lookup.insert(e.name.clone(), i);
        self.add_lookup_key(&e.name);
        if e.name.contains(' ') {
            let lower_name = e.name.to_lowercase();
            self.lower_filter.add(&lower_name);
            self.lower.insert(lower_name.clone(), i);
            for (at, _) in lower_name.match_indices(' ') {
                let prefix = &lower_name[..at];
                self.prefix_filter.add(prefix);
                self.lower_prefixes
                    .entry(prefix.to_string())
                    .or_insert(None);
            }
            self.prefix_filter.add(&lower_name);
            self.lower_prefixes.insert(lower_name, Some(i));
            if let Some(first) = e.name.split(' ').next() {
                // the lower-cased form of a non-ASCII word may differ in length
                let lower = first.to_lowercase();
                self.first_filter.add(&lower);
                self.first_filter.add(first);
                if let Some(packed) = packed_lower(lower.as_bytes()) {
                    self.lower_first_packed.insert(packed);
                }
                self.lower_first.insert(lower);
            }
        }
        for s in &e.short {
            self.lookup.insert(s.clone(), i);
            self.add_lookup_key(s);
        }
        self.entries.push(e);
    }

    /// Records a key of `lookup` in the filters of keys and of first words.
    fn add_lookup_key(&mut self, key: &str) {
        self.lookup_filter.add(key);
        self.lookup_first_filter
            .add(key.split(' ').next().unwrap_or(key));
    }

    fn is_brand(&self, lower_glued: &str) -> bool {
        self.entries
            .iter()
            .any(|e| e.kind == NameKind::Brand && e.name.to_ascii_lowercase() == lower_glued)
    }

    /// Parses entries in the format of `data/outlets.tsv` (4 columns) or
    /// `data/surnames.tsv` (2 columns) and adds them. `source` names the text in
    /// errors, which give its line number.
    pub fn add(&mut self, source: &str, text: &str) -> Result<(), Error> {
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: String| Error::Names {
                file: source.to_string(),
                line: n + 1,
                message,
            };
            let cols: Vec<&str> = line.split('\t').collect();
            match cols.len() {
                2 => {
                    let (name, origin) = (cols[0].trim(), cols[1].trim());
                    check_name(name).map_err(err)?;
                    let origin = match origin {
                        "zh" => Origin::Chinese,
                        "zh-wg" => Origin::ChineseOther,
                        "ko" => Origin::Korean,
                        "vi" => Origin::Vietnamese,
                        o => return Err(err(format!("unknown origin `{o}`; expected zh, zh-wg, ko or vi"))),
                    };
                    if name.contains(' ') {
                        return Err(err(format!("a family name is one word, not `{name}`")));
                    }
                    self.surname_filter.add(name);
                    self.surnames.insert(name.to_string(), origin);
                    if let Some(key) = crate::text::pack_word(name.as_bytes()) {
                        self.surnames_packed.insert(key, origin);
                    }
                }
                4 => {
                    let name = cols[0].trim();
                    check_name(name).map_err(err)?;
                    let short: Vec<String> = match cols[1].trim() {
                        "-" => Vec::new(),
                        s => s.split(',').map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect(),
                    };
                    let takes_the = match cols[2].trim() {
                        "the" => true,
                        "-" => false,
                        a => return Err(err(format!("article must be `the` or `-`, not `{a}`"))),
                    };
                    let kind = NameKind::parse(cols[3].trim()).ok_or_else(|| {
                        err(format!(
                            "unknown kind `{}`; expected outlet, agency, broadcaster, org, place or brand",
                            cols[3].trim()
                        ))
                    })?;
                    self.add_entry(NameEntry { name: name.to_string(), short, takes_the, kind });
                }
                k => {
                    return Err(err(format!(
                        "expected 4 TAB-separated columns (name, short forms, article, kind) or 2 (family name, origin), found {k}"
                    )))
                }
            }
        }
        Ok(())
    }
}

fn check_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("empty name".into());
    }
    if name.starts_with("The ") {
        return Err(format!(
            "write `{}` without `The`; the article column says whether it takes one",
            name
        ));
    }
    if name != name.trim() || name.contains("  ") {
        return Err(format!("stray spaces in `{name}`"));
    }
    Ok(())
}

/// The built-in outlet list.
pub const OUTLETS_TSV: &str = include_str!("../../data/outlets.tsv");
/// The built-in family-name list.
pub const SURNAMES_TSV: &str = include_str!("../../data/surnames.tsv");

/// The built-in name data, parsed once. (A test parses the files strictly, so a
/// bad line fails `cargo test`; here a bad file would only leave the data empty.)
pub fn builtin() -> &'static Names {
    static BUILTIN: Lazy<Names> = Lazy::new(|| {
        let mut names = Names::default();
        if names.add("outlets.tsv", OUTLETS_TSV).is_err()
            || names.add("surnames.tsv", SURNAMES_TSV).is_err()
        {
            return Names::default();
        }
        names
    });
    &BUILTIN
}

const INITIALS: &[&str] = &[
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w",
];
const FINALS: &[&str] = &[
    "iang", "iong", "uang", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "ai", "ei",
    "ao", "ou", "an", "en", "er", "in", "un", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "a", "o",
    "e", "i", "u", "v",
];

/// Whether `word` (one or more syllables, case-insensitive, an optional hyphen
/// between them) reads as pinyin: `Jinping`, `Gang`, `Wen-bin`; not `Clijsters`.
pub fn is_pinyin(word: &str) -> bool {
    // the word without hyphens, in lower case, on the stack
    let mut buf = [0u8; 12];
    let mut n = 0;
    for c in word.bytes().filter(|&c| c != b'-') {
        if n == buf.len() || !c.is_ascii_alphabetic() {
            return false;
        }
        buf[n] = c.to_ascii_lowercase();
        n += 1;
    }
    let w = &buf[..n];
    if n < 2 {
        return false;
    }
    // ok[i]: the first i bytes split into syllables
    let mut ok = [false; 13];
    ok[0] = true;
    for i in 0..n {
        if !ok[i] {
            continue;
        }
        let rest = &w[i..];
        let heads = std::iter::once(0).chain(
            INITIALS
                .iter()
                .filter(|ini| rest.starts_with(ini.as_bytes()))
                .map(|ini| ini.len()),
        );
        for h in heads {
            for fin in FINALS {
                if rest[h..].starts_with(fin.as_bytes()) {
                    ok[i + h + fin.len()] = true;
                }
            }
        }
    }
    ok[n]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_lower_packs_the_ascii_lower_case() {
        let pack = |w: &[u8]| {
            let mut buf = [0u8; 8];
            buf[..w.len()].copy_from_slice(&w.to_ascii_lowercase());
            u64::from_le_bytes(buf)
        };
        // every ASCII byte at every position of words of every length
        for len in 1..=8 {
            for at in 0..len {
                for c in 1..128u8 {
                    let mut w = b"AzQmbYxD"[..len].to_vec();
                    w[at] = c;
                    assert_eq!(packed_lower(&w), Some(pack(&w)), "{w:?}");
                }
            }
        }
        assert_eq!(packed_lower(b""), None);
        assert_eq!(packed_lower(b"ninebytes"), None);
        assert_eq!(packed_lower("Mü".as_bytes()), None);
    }

    #[test]
    fn every_name_and_short_form_starts_with_a_word_may_start_name_passes() {
        let names = builtin();
        let mut keys = 0;
        for e in names.entries() {
            for key in std::iter::once(&e.name).chain(&e.short) {
                assert!(names.get(key).is_some(), "{key}");
                let first = key.split(' ').next().unwrap();
                assert!(names.may_start_name(first.as_bytes()), "{key}");
                keys += 1;
            }
        }
        assert!(keys > 100, "{keys}");
        // a multiword short form's first word (`LA` of `LA Times`) passes
        assert!(names.get("LA Times").is_some());
        assert!(names.may_start_name(b"LA"));
        // and most common words do not
        let common = [
            "government",
            "president",
            "minister",
            "year",
            "people",
            "city",
        ];
        let passed = common
            .iter()
            .filter(|w| names.may_start_name(w.as_bytes()))
            .count();
        assert!(passed < common.len(), "{passed}");
    }

    #[test]
    fn lowercase_prefixes_agree_with_by_lowercase() {
        let names = builtin();
        let mut spans: Vec<String> = Vec::new();
        for e in names
            .entries()
            .iter()
            .filter(|e| e.name.contains(' ') && e.name.is_ascii())
        {
            let words: Vec<&str> = e.name.split(' ').collect();
            for n in 1..=words.len() + 1 {
                let mut span = words[..n.min(words.len())].join(" ");
                if n > words.len() {
                    span.push_str(" Extra");
                }
                spans.push(span.to_uppercase());
                spans.push(span.to_lowercase());
                spans.push(span);
            }
        }
        spans.extend(["New plan", "new", "The", "Daily life", ""].map(String::from));
        let mut prefixes = 0;
        for span in &spans {
            let found = names.by_lowercase_prefix(span);
            let name = names.by_lowercase(span).map(|e| &e.name);
            assert_eq!(found.flatten().map(|e| &e.name), name, "{span:?}");
            // a prefix of a name (`new york`) is known as one
            let lower = span.to_lowercase();
            let starts_one = names
                .entries()
                .iter()
                .any(|e| e.name.to_lowercase().starts_with(&format!("{lower} ")));
            if starts_one {
                prefixes += 1;
                assert!(found.is_some(), "{span:?}");
            }
            if found.is_none() {
                assert!(name.is_none() && !starts_one, "{span:?}");
            }
        }
        assert!(prefixes > 50, "{prefixes}");
    }

    #[test]
    fn builtin_data_parses_line_by_line() {
        let mut n = Names::default();
        n.add("outlets.tsv", OUTLETS_TSV).expect("outlets.tsv");
        n.add("surnames.tsv", SURNAMES_TSV).expect("surnames.tsv");
        let media = n.entries().iter().filter(|e| e.kind.is_media()).count();
        assert!(
            media >= 150,
            "only {media} outlets, agencies and broadcasters"
        );
        assert!(n.surnames.len() >= 150);
        // every family name is found as it stands, and not with a NUL after it
        for (name, origin) in &n.surnames {
            assert_eq!(n.surname(name), Some(*origin), "{name}");
            assert_eq!(n.surname(&format!("{name}\0")), None, "{name}");
        }
        assert_eq!(builtin().entries().len(), n.entries().len());
        assert!(n
            .get("FT")
            .is_some_and(|e| e.name == "Financial Times" && e.takes_the));
        assert!(n.by_glued("FinancialTimes").is_some());
        assert!(
            n.by_glued("TheGuardian").is_none(),
            "single-word names have no glued form"
        );
        assert!(n.by_glued("TheNewYorkTimes").is_some());
        // names in the outlet list are unique
        let mut seen = FastSet::default();
        for e in n.entries() {
            assert!(seen.insert(e.name.clone()), "{} twice", e.name);
        }
    }

    #[test]
    fn user_entries_report_file_and_line() {
        let mut n = Names::default();
        let err = n
            .add(
                "my-names.tsv",
                "# comment\nGood Paper\t-\tthe\toutlet\nBad Paper\t-\tthe\n",
            )
            .unwrap_err();
        assert_eq!(err.to_string(), "my-names.tsv:3: expected 4 TAB-separated columns (name, short forms, article, kind) or 2 (family name, origin), found 3");
        let err = n.add("x.tsv", "Odd\t-\ta\toutlet").unwrap_err();
        assert!(
            err.to_string().starts_with("x.tsv:1: article must be"),
            "{err}"
        );
        let err = n.add("x.tsv", "Qin\tcn").unwrap_err();
        assert!(err.to_string().contains("unknown origin `cn`"), "{err}");
    }

    #[test]
    fn a_brand_entry_keeps_its_glued_spelling() {
        let mut n = builtin().clone();
        n.add("user", "Pay Pal\t-\t-\tplace").unwrap();
        assert!(n.by_glued("PayPal").is_some());
        n.add("user", "PayPal\t-\t-\tbrand").unwrap();
        assert!(n.by_glued("PayPal").is_none());
    }

    #[test]
    fn pinyin_shape() {
        for yes in [
            "Gang", "Jinping", "Wenbin", "Yi", "Keqiang", "Xiaoping", "Zedong", "Wen-bin", "Lifeng",
        ] {
            assert!(is_pinyin(yes), "{yes}");
        }
        for no in [
            "Clijsters",
            "Bowyer",
            "Pavey",
            "Collins",
            "Interbrew",
            "City",
            "Jack",
            "Carrie",
        ] {
            assert!(!is_pinyin(no), "{no}");
        }
    }
}
