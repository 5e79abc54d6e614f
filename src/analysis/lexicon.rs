//! English word data for the grammar and idiom rules: irregular verb forms,
//! verbs that are only verbs, and possessive idioms. Plain text files in
//! `data/`, parsed once; a test checks every line.

use crate::text::hash::{FastMap, FastSet};
use crate::text::{joined_into, same_bytes};
use once_cell::sync::Lazy;
use std::borrow::Cow;

/// The built-in irregular verbs: `base<TAB>past<TAB>participle`.
pub const IRREGULAR_TSV: &str = include_str!("../../data/irregular-verbs.tsv");
/// Base forms that are only verbs in practice.
pub const BARE_VERBS_TXT: &str = include_str!("../../data/bare-verbs.txt");
/// Possessive idioms, `verb ... one's ...`.
pub const IDIOMS_TXT: &str = include_str!("../../data/idioms.txt");
/// English verbs and their forms: `base<TAB>third<TAB>past<TAB>participle<TAB>-ing`.
pub const VERBS_TSV: &str = include_str!("../../data/verbs.tsv");
/// Verbs that are as often adjectives or nouns (`open`, `free`, `present`).
pub const VERB_OR_OTHER_TXT: &str = include_str!("../../data/verb-or-other.txt");
/// Auxiliaries and modals: `kind<TAB>form`.
pub const AUXILIARIES_TXT: &str = include_str!("../../data/auxiliaries.txt");

/// What kind of auxiliary a word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auxiliary {
    /// A form of `be`.
    Be,
    /// A form of `have`.
    Have,
    /// A form of `do`.
    Do,
    /// A modal (`can`, `will`, `must`...).
    Modal,
}

/// The forms of one verb, borrowed from data/verbs.tsv as written there:
/// alternatives separated by `/`, in the file's order (nothing is allocated for
/// the 7,000 verbs at start-up).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerbForms {
    /// Third person singular present.
    pub third: &'static str,
    past: &'static str,
    participle: &'static str,
    ing: &'static str,
}

impl VerbForms {
    /// Past tense forms.
    pub fn pasts(&self) -> impl Iterator<Item = &'static str> + Clone {
        self.past.split('/')
    }

    /// Past participles.
    pub fn participles(&self) -> impl Iterator<Item = &'static str> + Clone {
        self.participle.split('/')
    }

    /// -ing forms.
    pub fn ings(&self) -> impl Iterator<Item = &'static str> + Clone {
        self.ing.split('/')
    }

    /// The first past participle (`cancelled` after `canceled`: the file's first).
    pub fn participle(&self) -> &'static str {
        first_of(self.participle)
    }

    /// The first -ing form.
    pub fn ing(&self) -> &'static str {
        first_of(self.ing)
    }
}

/// The first of `/`-separated alternatives.
fn first_of(forms: &'static str) -> &'static str {
    forms.split_once('/').map_or(forms, |(first, _)| first)
}

/// One idiom: its verb's base form and the words after the verb, with the index
/// of the possessive among them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Idiom {
    /// The verb, base form.
    pub verb: String,
    /// The words after the verb; `one's` is one of them.
    pub rest: Vec<String>,
    /// The index of `one's` in `rest`.
    pub slot: usize,
    /// Every inflection of the verb (`roll`, `rolls`, `rolling`, `rolled`; `bite`,
    /// `bit`, `bitten`), computed once when the data is parsed.
    pub forms: Vec<String>,
}

/// Parsed word data.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// base -> (pasts, participles)
    irregular: FastMap<String, (Vec<String>, Vec<String>)>,
    /// any irregular past or participle -> base
    irregular_form: FastMap<String, String>,
    bare: FastSet<&'static str>,
    idioms: Idioms,
    /// (borrowed from the data compiled in: no copy of each form to make)
    /// base -> its line's other columns (`third<TAB>past<TAB>participle<TAB>-ing`),
    /// split on lookup: the start-up cost of 7,000 verbs is one insertion each
    verbs: FastMap<&'static str, &'static str>,
    /// data/verb-or-other.txt, made a set on first use (only the opt-in
    /// rules ask: the default scan never parses it)
    verb_or_other_text: &'static str,
    verb_or_other: once_cell::sync::OnceCell<FastSet<&'static str>>,
    auxiliaries: FastMap<String, Auxiliary>,
    /// What a word must pass before a lookup in `auxiliaries`.
    aux_filter: crate::text::hash::KeyFilter,
    /// The auxiliaries and the bare verbs of up to 8 bytes, packed
    /// ([`crate::text::pack_word`]): the lookups the verb rules make for
    /// every candidate.
    aux_packed: FastMap<u64, Auxiliary>,
    bare_packed: FastSet<u64>,
}

fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| (n + 1, l))
}

/// Parses the three files; `Err` names the file, line and problem.
pub fn parse(irregular: &str, bare: &'static str, idioms: &str) -> Result<Lexicon, String> {
    let mut lex = Lexicon::default();
    for (n, line) in data_lines(irregular) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 3
            || cols
                .iter()
                .any(|c| c.is_empty() || !c.bytes().all(|b| b.is_ascii_lowercase() || b == b'/'))
        {
            return Err(format!("irregular-verbs.tsv:{n}: expected base, past and participle in lower case, TAB-separated"));
        }
        let split = |s: &str| s.split('/').map(String::from).collect::<Vec<_>>();
        let (pasts, parts) = (split(cols[1]), split(cols[2]));
        for f in pasts.iter().chain(parts.iter()) {
            if f != cols[0] {
                lex.irregular_form
                    .entry(f.clone())
                    .or_insert_with(|| cols[0].to_string());
            }
        }
        lex.irregular.insert(cols[0].to_string(), (pasts, parts));
    }
    for (n, line) in data_lines(bare) {
        if !line.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(format!("bare-verbs.txt:{n}: expected one lower-case verb"));
        }
        lex.bare.insert(line);
        if let Some(key) = crate::text::pack_word(line.as_bytes()) {
            lex.bare_packed.insert(key);
        }
    }
    for (n, line) in data_lines(idioms) {
        match parse_idiom(line) {
            Some(idiom) => lex.idioms.push(idiom),
            None => {
                return Err(format!(
                    "idioms.txt:{n}: expected a verb and words with one's, single-spaced"
                ))
            }
        }
    }
    lex.inflect_idioms();
    Ok(lex)
}

/// A set of possessive idioms, indexed by the word after `one's` (`eyes` for
/// `roll one's eyes`; the empty word for those that end with it), so that each
/// possessive is tried against a few idioms, not all.
#[derive(Debug, Clone, Default)]
pub struct Idioms {
    list: Vec<Idiom>,
    by_noun: FastMap<String, Vec<usize>>,
}

impl Idioms {
    fn push(&mut self, idiom: Idiom) {
        let noun = idiom.rest.get(idiom.slot + 1).cloned().unwrap_or_default();
        self.by_noun.entry(noun).or_default().push(self.list.len());
        self.list.push(idiom);
    }

    /// Every idiom.
    pub fn all(&self) -> &[Idiom] {
        &self.list
    }

    /// The idioms whose word after `one's` is `noun` or its singular, and those
    /// with no word after it.
    pub fn for_noun<'a>(&'a self, noun: &str) -> impl Iterator<Item = &'a Idiom> + 'a {
        let singular = noun.strip_suffix('s').and_then(|n| self.by_noun.get(n));
        self.by_noun
            .get(noun)
            .into_iter()
            .chain(singular)
            .chain(self.by_noun.get(""))
            .flatten()
            .map(|&i| &self.list[i])
    }

    /// Adds the idioms of a user file in the format of the built-in
    /// data/idioms.txt (`roll one's eyes`, one a line, `#` comments); a bad
    /// line is an error naming `source` and the line.
    pub fn add(&mut self, source: &str, text: &str) -> Result<(), crate::Error> {
        let lex = lexicon();
        for (n, line) in data_lines(text) {
            let idiom = parse_idiom(line).ok_or_else(|| crate::Error::Idioms {
                file: source.to_string(),
                line: n,
                message: "expected a verb (base form) and words with one's, single-spaced"
                    .to_string(),
            })?;
            let forms = lex.inflections(&idiom.verb);
            self.push(Idiom { forms, ..idiom });
        }
        Ok(())
    }
}

/// An idiom line (`roll one's eyes`) without its verb forms, if well formed.
fn parse_idiom(line: &str) -> Option<Idiom> {
    let words: Vec<&str> = line.split(' ').collect();
    let slot = words.iter().skip(1).position(|w| *w == "one's")?;
    (words.len() >= 3 && words.iter().all(|w| !w.is_empty())).then(|| Idiom {
        verb: words[0].to_string(),
        rest: words[1..].iter().map(|w| w.to_string()).collect(),
        slot,
        forms: Vec::new(),
    })
}

/// The built-in idioms.
pub fn builtin_idioms() -> &'static Idioms {
    &lexicon().idioms
}

/// Parses the verb forms, the verb-or-other list and the auxiliaries into `lex`;
/// `Err` names the file, line and problem.
pub fn parse_verbs(
    lex: &mut Lexicon,
    verbs: &'static str,
    verb_or_other: &'static str,
    auxiliaries: &str,
) -> Result<(), String> {
    // (one entry a line: reserving the room once spares the tables their
    // regrowth; the lines are checked by `check_verbs_tsv`, which a test runs on
    // the data compiled in, not at each start)
    lex.verbs.reserve(verbs.len() / 40);
    for line in verbs.split('\n') {
        if line.starts_with('#') {
            continue;
        }
        if let Some((base, forms)) = line.split_once('\t') {
            lex.verbs.insert(base, forms);
        }
    }
    lex.verb_or_other_text = verb_or_other;
    for (n, line) in data_lines(auxiliaries) {
        let kind = match line.split_once('\t') {
            Some(("be", w)) => (Auxiliary::Be, w),
            Some(("have", w)) => (Auxiliary::Have, w),
            Some(("do", w)) => (Auxiliary::Do, w),
            Some(("modal", w)) => (Auxiliary::Modal, w),
            _ => {
                return Err(format!(
                    "auxiliaries.txt:{n}: expected be, have, do or modal, a TAB and a form"
                ))
            }
        };
        lex.auxiliaries.insert(kind.1.to_string(), kind.0);
        if let Some(key) = crate::text::pack_word(kind.1.as_bytes()) {
            lex.aux_packed.insert(key, kind.0);
        }
        lex.aux_filter.add(kind.1);
    }
    Ok(())
}

/// The built-in lexicon (empty if the data failed to parse, which a test rules out).
pub fn lexicon() -> &'static Lexicon {
    static LEX: Lazy<Lexicon> = Lazy::new(|| {
        let mut lex = parse(IRREGULAR_TSV, BARE_VERBS_TXT, IDIOMS_TXT).unwrap_or_default();
        let _ = parse_verbs(&mut lex, VERBS_TSV, VERB_OR_OTHER_TXT, AUXILIARIES_TXT);
        lex
    });
    &LEX
}

/// Checks data/verbs.tsv line by line; `Err` names the first bad line.
#[cfg(test)]
fn check_verbs_tsv(verbs: &str) -> Result<(), String> {
    let lower = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'/');
    for (n, line) in data_lines(verbs) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 5 || !cols.iter().all(|c| lower(c)) || cols[0].contains('/') {
            return Err(format!(
                "verbs.tsv:{n}: expected base, third person, past, participle and -ing in lower case, TAB-separated"
            ));
        }
    }
    Ok(())
}

/// A verb's forms from its line's columns after the base.
fn verb_forms(forms: &'static str) -> VerbForms {
    let mut cols = forms.split('\t');
    let mut next = || cols.next().unwrap_or("");
    VerbForms {
        third: next(),
        past: next(),
        participle: next(),
        ing: next(),
    }
}

/// data/verb-or-other.txt as a set; `Err` names a line that is not one lower-case word.
fn verb_or_other_set(text: &'static str) -> Result<FastSet<&'static str>, String> {
    let mut set = FastSet::default();
    for (n, line) in data_lines(text) {
        if !line.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(format!(
                "verb-or-other.txt:{n}: expected one lower-case word"
            ));
        }
        set.insert(line);
    }
    Ok(set)
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

impl Lexicon {
    /// Whether `word` is a base form that is only a verb in practice
    /// (bare-verbs.txt, derived from the word lexicon's tags).
    pub fn is_bare_verb(&self, word: &str) -> bool {
        match crate::text::pack_word(word.as_bytes()) {
            Some(key) => self.bare_packed.contains(&key),
            None => self.bare.contains(word),
        }
    }

    /// Whether `word` is a verb's base form that is not as often something
    /// else: in the verb list, not in verb-or-other.txt, not an auxiliary, not a
    /// past or participle of another verb (`lay`, `found`), and not its own
    /// participle (`cut`, `put`). Wider than [`Lexicon::is_bare_verb`], and so
    /// used by the opt-in rules only.
    pub fn is_verb_only(&self, word: &str) -> bool {
        self.bare.contains(word)
            || self.verb(word).is_some_and(|v| {
                !self.verb_or_other().contains(word)
                    && !self.auxiliaries.contains_key(word)
                    && !self.irregular_form.contains_key(word)
                    && !v.participles().any(|p| p == word)
            })
    }

    /// Every auxiliary form in the list (`is`, `had`, `could`...).
    pub fn auxiliary_words(&self) -> impl Iterator<Item = &str> {
        self.auxiliaries.keys().map(String::as_str)
    }

    /// The kind of auxiliary `word` is, if it is one (`was` -> be, `will` -> modal).
    pub fn auxiliary(&self, word: &str) -> Option<Auxiliary> {
        if !self.aux_filter.may_contain(word) {
            return None;
        }
        match crate::text::pack_word(word.as_bytes()) {
            Some(key) => self.aux_packed.get(&key).copied(),
            None => self.auxiliaries.get(word).copied(),
        }
    }

    /// The forms of the verb whose base form is `base`, if it is in the verb list.
    pub fn verb(&self, base: &str) -> Option<VerbForms> {
        self.verbs.get(base).copied().map(verb_forms)
    }

    /// Whether `word` is as often an adjective or noun as a verb (`open`, `free`).
    #[allow(dead_code)] // (lexicon queries no rule makes yet; kept with the data)
    pub fn is_verb_or_other(&self, word: &str) -> bool {
        self.verb_or_other().contains(word)
    }

    /// The verb-or-other set, made on first use.
    fn verb_or_other(&self) -> &FastSet<&'static str> {
        self.verb_or_other
            .get_or_init(|| verb_or_other_set(self.verb_or_other_text).unwrap_or_default())
    }

    /// The idioms.
    #[allow(dead_code)] // (lexicon queries no rule makes yet; kept with the data)
    pub fn idioms(&self) -> &[Idiom] {
        self.idioms.all()
    }

    /// Fills in every idiom's verb forms from the data loaded so far (again
    /// after the verb list is loaded, so that both spellings of a form match).
    fn inflect_idioms(&mut self) {
        let forms: Vec<Vec<String>> = self
            .idioms
            .all()
            .iter()
            .map(|i| self.inflections(&i.verb))
            .collect();
        for (idiom, f) in self.idioms.list.iter_mut().zip(forms) {
            idiom.forms = f;
        }
    }

    /// Whether `word` is the base form of an irregular verb (`go`, `take`).
    pub fn is_irregular_base(&self, word: &str) -> bool {
        self.irregular.contains_key(word)
    }

    /// Whether `word` is an irregular past or participle (`went`, `taken`), with its base.
    pub fn irregular_base(&self, word: &str) -> Option<&str> {
        self.irregular_form.get(word).map(String::as_str)
    }

    /// Every inflection of a verb: base, third person, -ing, and its pasts and
    /// participles (irregular ones from the table, else the regular -ed form).
    pub fn inflections(&self, base: &str) -> Vec<String> {
        let mut v = vec![base.to_string(), self.third_person(base), self.ing(base)];
        if let Some(f) = self.verb(base) {
            v.extend(
                f.pasts()
                    .chain(f.participles())
                    .chain(f.ings())
                    .map(String::from),
            );
        }
        match self.irregular.get(base) {
            Some((pasts, parts)) => v.extend(pasts.iter().chain(parts.iter()).cloned()),
            None => v.push(self.participle(base)),
        }
        v.sort();
        v.dedup();
        v
    }

    /// Whether `form` is one of the past participles of `base` (`gotten`, `learnt`).
    pub fn is_participle_of(&self, base: &str, form: &str) -> bool {
        match self.irregular.get(base) {
            Some((_, parts)) => parts.iter().any(|p| p == form),
            None => self.participle(base) == form,
        }
    }

    /// [`ing`](Lexicon::ing) and [`participle`](Lexicon::participle), borrowed
    /// from the data when the verb is listed (one lookup for both).
    pub(crate) fn ing_and_participle(
        &'static self,
        base: &str,
    ) -> (Cow<'static, str>, Cow<'static, str>) {
        let listed = self.verb(base);
        let ing = match listed {
            Some(v) => Cow::Borrowed(v.ing()),
            None => Cow::Owned(self.ing(base)),
        };
        let participle = match (self.irregular.get(base), listed) {
            (Some((_, parts)), _) => Cow::Borrowed(parts[0].as_str()),
            (None, Some(v)) => Cow::Borrowed(v.participle()),
            (None, None) => Cow::Owned(self.participle(base)),
        };
        (ing, participle)
    }

    /// The past participle of a verb (`take` -> `taken`, `push` -> `pushed`).
    pub fn participle(&self, base: &str) -> String {
        if let Some((_, parts)) = self.irregular.get(base) {
            return parts[0].clone();
        }
        if let Some(v) = self.verb(base) {
            return v.participle().to_string();
        }
        let b = base.as_bytes();
        if base.ends_with('e') {
            format!("{base}d")
        } else if base.len() > 2 && base.ends_with('y') && !is_vowel(b[b.len() - 2]) {
            format!("{}ied", &base[..base.len() - 1])
        } else if doubles(base) {
            format!("{base}{}ed", &base[base.len() - 1..])
        } else {
            format!("{base}ed")
        }
    }

    /// The -ing form (`fight` -> `fighting`, `make` -> `making`, `die` -> `dying`).
    pub fn ing(&self, base: &str) -> String {
        if let Some(v) = self.verb(base) {
            return v.ing().to_string();
        }
        if let Some(stem) = base.strip_suffix("ie") {
            return format!("{stem}ying");
        }
        if base.ends_with('e') && !base.ends_with("ee") && base != "be" {
            return format!("{}ing", &base[..base.len() - 1]);
        }
        if doubles(base) {
            return format!("{base}{}ing", &base[base.len() - 1..]);
        }
        format!("{base}ing")
    }

    /// The verb's form for he/she/it (`go` -> `goes`, `have` -> `has`).
    pub fn third_person(&self, base: &str) -> String {
        let (stem, ending) = self.third_person_parts(base);
        crate::text::concat(&[stem, ending])
    }

    /// [`third_person`](Lexicon::third_person) as a stem and an ending (`fly`
    /// -> `fl` + `ies`; a listed or irregular form whole, with no ending), so
    /// that a form can be tested without being built.
    fn third_person_parts<'a>(&'a self, base: &'a str) -> (&'a str, &'static str) {
        if let Some(v) = self.verb(base) {
            return (v.third, "");
        }
        match base {
            "have" => ("has", ""),
            "be" => ("is", ""),
            "do" => ("does", ""),
            "go" => ("goes", ""),
            _ if base.ends_with(['s', 'x', 'z'])
                || base.ends_with("ch")
                || base.ends_with("sh") =>
            {
                (base, "es")
            }
            _ if base.len() > 2
                && base.ends_with('y')
                && !is_vowel(base.as_bytes()[base.len() - 2]) =>
            {
                (&base[..base.len() - 1], "ies")
            }
            _ => (base, "s"),
        }
    }

    /// The base of a verb form this lexicon can undo: -ing, third person, irregular
    /// past or participle, if the result is a known verb.
    pub fn base_of(&self, word: &str) -> Option<String> {
        self.base_ref(word).map(str::to_string)
    }

    /// [`base_of`](Lexicon::base_of), borrowed from the lexicon's own data: no
    /// candidate is allocated, and the answer is the lexicon's copy of the base.
    pub(crate) fn base_ref(&self, word: &str) -> Option<&str> {
        // the lexicon's copy of a known verb `b`
        let known = |b: &str| -> Option<&str> {
            match self.bare.get(b) {
                Some(k) => Some(*k),
                None => self.irregular.get_key_value(b).map(|(k, _)| k.as_str()),
            }
        };
        if let Some(b) = self.irregular_base(word) {
            return Some(b);
        }
        if let Some(stem) = word.strip_suffix("ing") {
            // the candidates in turn: stem, stem+e, (stem-y)+ie, stem less a doubled letter
            let mut buf = [0u8; 64];
            let fits = |c: &str| known(c).filter(|k| self.ing_is(k, word));
            if let Some(k) = fits(stem) {
                return Some(k);
            }
            if let Some(k) = joined_into(&mut buf, stem, "e").and_then(fits) {
                return Some(k);
            }
            if let Some(s) = stem.strip_suffix('y') {
                if let Some(k) = joined_into(&mut buf, s, "ie").and_then(fits) {
                    return Some(k);
                }
            }
            let sb = stem.as_bytes();
            if sb.len() >= 2 && sb[sb.len() - 1] == sb[sb.len() - 2] {
                return fits(&stem[..stem.len() - 1]);
            }
            return None;
        }
        for (suffix, add) in [("ies", "y"), ("es", ""), ("s", "")] {
            if let Some(stem) = word.strip_suffix(suffix) {
                let mut buf = [0u8; 64];
                let c = if add.is_empty() {
                    Some(stem)
                } else {
                    joined_into(&mut buf, stem, add)
                };
                if let Some(k) = c.and_then(known) {
                    if self.is_third_person_of(k, word) {
                        return Some(k);
                    }
                }
            }
        }
        None
    }

    /// Whether `word` is [`ing`](Lexicon::ing) of `base`, found without
    /// building the form when the verb is listed.
    fn ing_is(&self, base: &str, word: &str) -> bool {
        match self.verb(base) {
            Some(v) => v.ing() == word,
            None => self.ing(base) == word,
        }
    }

    /// Whether `word` is [`third_person`](Lexicon::third_person) of `base`,
    /// found without building the form.
    fn is_third_person_of(&self, base: &str, word: &str) -> bool {
        let (stem, ending) = self.third_person_parts(base);
        // (bytes compared in place: for words this short, a call to the
        // library's memcmp took most of the time)
        let (w, n) = (word.as_bytes(), stem.len());
        w.len() == n + ending.len()
            && same_bytes(&w[..n], stem.as_bytes())
            && same_bytes(&w[n..], ending.as_bytes())
    }
}

/// Whether the final consonant doubles before -ing/-ed: a short word ending in
/// consonant-vowel-consonant (`get`, `stop`, `win`), not in w, x or y.
fn doubles(base: &str) -> bool {
    let b = base.as_bytes();
    let n = b.len();
    let vowel_groups = b
        .iter()
        .enumerate()
        .filter(|(i, c)| is_vowel(**c) && (*i == 0 || !is_vowel(b[i - 1])))
        .count();
    n >= 3
        && vowel_groups == 1
        && !is_vowel(b[n - 1])
        && !matches!(b[n - 1], b'w' | b'x' | b'y')
        && is_vowel(b[n - 2])
        && !is_vowel(b[n - 3])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_tsv_is_what_the_generator_derives_from_the_word_lexicon() {
        // the generator is a Python script: a machine without python3 skips the check
        // (CI, which sets CI, has python3 and must run it)
        let run = std::process::Command::new("python3")
            .args(["tools/lexicon/derive_verbs.py", "--check"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output();
        let out = match run {
            Err(e)
                if e.kind() == std::io::ErrorKind::NotFound && std::env::var_os("CI").is_none() =>
            {
                eprintln!("python3 not found: data/verbs.tsv not checked against its generator");
                return;
            }
            run => run.expect("python3 runs tools/lexicon/derive_verbs.py"),
        };
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    #[test]
    fn packed_lookups_agree_with_the_string_sets() {
        let lex = lexicon();
        let mut words: Vec<String> = lex.auxiliaries.keys().cloned().collect();
        words.extend(lex.bare.iter().map(|w| w.to_string()));
        words.extend(lex.verbs.keys().map(|w| w.to_string()));
        words.extend(
            [
                "",
                "Is",
                "WAS",
                "could've",
                "extraordinary",
                "bé",
                "fight",
                "fightx",
            ]
            .map(String::from),
        );
        let cased: Vec<String> = words
            .iter()
            .flat_map(|w| {
                [
                    w.clone(),
                    w.to_uppercase(),
                    format!("{w}s"),
                    w.chars().skip(1).collect(),
                ]
            })
            .collect();
        for w in &cased {
            let aux = lex
                .aux_filter
                .may_contain(w)
                .then(|| lex.auxiliaries.get(w.as_str()).copied())
                .flatten();
            assert_eq!(lex.auxiliary(w), aux, "{w}");
            assert_eq!(lex.is_bare_verb(w), lex.bare.contains(w.as_str()), "{w}");
        }
    }

    #[test]
    fn third_person_test_agrees_with_the_form() {
        let lex = lexicon();
        let mut bases: Vec<&str> = lex.verbs.keys().copied().collect();
        bases.extend([
            "have", "be", "do", "go", "fix", "buzz", "hush", "catch", "fly", "play", "walk",
            "xyzzy",
        ]);
        for base in bases {
            let third = lex.third_person(base);
            for word in [
                third.as_str(),
                "goes",
                "has",
                "flies",
                "plays",
                "walks",
                "fixes",
                "s",
                "",
            ] {
                assert_eq!(
                    lex.is_third_person_of(base, word),
                    third == word,
                    "{base} {word}"
                );
            }
        }
    }

    #[test]
    fn data_parses_line_by_line() {
        let lex = parse(IRREGULAR_TSV, BARE_VERBS_TXT, IDIOMS_TXT).expect("word data");
        assert!(lex.irregular.len() >= 140);
        assert!(lex.bare.len() >= 90);
        assert!(lex.idioms().len() >= 150);
        assert_eq!(lexicon().idioms().len(), lex.idioms().len());
        // every bare verb is really a verb the forms machinery handles (the
        // -ing form of `enrol` is that of `enroll` too, which it may give back)
        for b in &lex.bare {
            let back = lex.base_of(&lex.ing(b));
            assert_eq!(back.as_deref().map(|v| lex.ing(v)), Some(lex.ing(b)), "{b}");
        }
        assert!(parse("go\twent\n", "", "")
            .unwrap_err()
            .starts_with("irregular-verbs.tsv:1:"));
        assert!(parse("", "", "roll the eyes")
            .unwrap_err()
            .starts_with("idioms.txt:1:"));
    }

    #[test]
    fn verb_data_is_checked_line_by_line() {
        let mut lex = parse(IRREGULAR_TSV, BARE_VERBS_TXT, IDIOMS_TXT).expect("word data");
        parse_verbs(&mut lex, VERBS_TSV, VERB_OR_OTHER_TXT, AUXILIARIES_TXT).expect("verb data");
        assert!(lex.verbs.len() >= 1000, "{} verbs", lex.verbs.len());
        let bases: Vec<&str> = VERBS_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').next())
            .collect();
        crate::text::assert_sorted(&bases);
        check_verbs_tsv(VERBS_TSV).expect("verbs.tsv");
        for &base in lex.verbs.keys() {
            let v = lex.verb(base).expect("a listed verb");
            // every irregular verb's pasts and participles are those of the irregular table
            if let Some((pasts, parts)) = lex.irregular.get(base) {
                for p in pasts {
                    assert!(v.pasts().any(|f| f == p), "{base}: past {p} missing");
                }
                for p in parts {
                    assert!(
                        v.participles().any(|f| f == p),
                        "{base}: participle {p} missing"
                    );
                }
            } else if base != "be" {
                // a regular verb: -ed forms, the same for past and participle
                assert_eq!(v.past, v.participle, "{base}");
                assert!(v.pasts().all(|p| p.ends_with("ed")), "{base}: {}", v.past);
            }
            assert!(v.ings().all(|i| i.ends_with("ing")), "{base}: {}", v.ing);
            assert!(v.third.ends_with('s'), "{base}: {}", v.third);
            // the forms share the base's first letter (no line shifted against another)
            let stem = &base[..1];
            assert!(
                base == "be" || v.third.starts_with(stem) && v.ings().all(|i| i.starts_with(stem)),
                "{base}"
            );
        }
        // every irregular verb of the table is in the list
        for base in lex.irregular.keys() {
            assert!(
                lex.verbs.contains_key(base.as_str()),
                "{base} missing from verbs.tsv"
            );
        }
        // the verb-or-other words are verbs of the list, and auxiliaries cover be, have, do and the modals
        let verb_or_other = verb_or_other_set(VERB_OR_OTHER_TXT).expect("verb-or-other.txt");
        assert!(verb_or_other.len() >= 500, "{}", verb_or_other.len());
        for w in &verb_or_other {
            assert!(lex.verbs.contains_key(w), "{w} is not in verbs.tsv");
            assert!(lex.is_verb_or_other(w) && !lex.is_verb_only(w), "{w}");
        }
        assert!(verb_or_other_set("open\nOpen\n")
            .unwrap_err()
            .starts_with("verb-or-other.txt:2:"));
        for (w, kind) in [
            ("were", Auxiliary::Be),
            ("had", Auxiliary::Have),
            ("did", Auxiliary::Do),
            ("would", Auxiliary::Modal),
        ] {
            assert_eq!(lex.auxiliaries.get(w), Some(&kind), "{w}");
        }
        let mut bad = Lexicon::default();
        assert!(check_verbs_tsv("go\tgoes\twent\n")
            .unwrap_err()
            .starts_with("verbs.tsv:1:"));
        assert!(parse_verbs(&mut bad, "", "", "aux\tcan\n")
            .unwrap_err()
            .starts_with("auxiliaries.txt:1:"));
    }

    #[test]
    fn forms() {
        let lex = lexicon();
        assert_eq!(lex.ing("fight"), "fighting");
        assert_eq!(lex.ing("make"), "making");
        assert_eq!(lex.ing("die"), "dying");
        assert_eq!(lex.ing("get"), "getting");
        assert_eq!(lex.ing("agree"), "agreeing");
        assert_eq!(lex.participle("know"), "known");
        assert_eq!(lex.participle("push"), "pushed");
        assert_eq!(lex.participle("stop"), "stopped");
        assert_eq!(lex.participle("shrug"), "shrugged");
        assert_eq!(lex.participle("visit"), "visited");
        assert_eq!(lex.participle("admit"), "admitted");
        assert_eq!(lex.ing("prefer"), "preferring");
        assert_eq!(lex.ing("panic"), "panicking");
        assert_eq!(lex.third_person("go"), "goes");
        assert_eq!(
            lex.inflections("bite"),
            ["bit", "bite", "bites", "biting", "bitten"]
        );
        assert_eq!(
            lex.inflections("roll"),
            ["roll", "rolled", "rolling", "rolls"]
        );
        assert_eq!(lex.base_of("pushing").as_deref(), None); // push is not in the bare list
        assert_eq!(lex.base_of("went").as_deref(), Some("go"));
        assert_eq!(lex.base_of("fighting").as_deref(), Some("fight"));
        assert_eq!(lex.base_of("goes").as_deref(), Some("go"));
    }
}
