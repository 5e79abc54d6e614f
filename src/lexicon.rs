//! English word data for the grammar and idiom rules: irregular verb forms,
//! verbs that are only verbs, and possessive idioms. Plain text files in
//! `data/`, parsed once; a test checks every line.

use crate::hash::{FastMap, FastSet};
use once_cell::sync::Lazy;

/// The built-in irregular verbs: `base<TAB>past<TAB>participle`.
pub const IRREGULAR_TSV: &str = include_str!("../data/irregular-verbs.tsv");
/// Base forms that are only verbs in practice.
pub const BARE_VERBS_TXT: &str = include_str!("../data/bare-verbs.txt");
/// Possessive idioms, `verb ... one's ...`.
pub const IDIOMS_TXT: &str = include_str!("../data/idioms.txt");

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
    bare: FastSet<String>,
    idioms: Vec<Idiom>,
}

fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| (n + 1, l))
}

/// Parses the three files; `Err` names the file, line and problem.
pub fn parse(irregular: &str, bare: &str, idioms: &str) -> Result<Lexicon, String> {
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
        lex.bare.insert(line.to_string());
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
    let forms: Vec<Vec<String>> = lex
        .idioms
        .iter()
        .map(|i| lex.inflections(&i.verb))
        .collect();
    for (idiom, f) in lex.idioms.iter_mut().zip(forms) {
        idiom.forms = f;
    }
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
    fn from_list(list: Vec<Idiom>) -> Idioms {
        let mut set = Idioms {
            list: Vec::new(),
            by_noun: FastMap::default(),
        };
        for idiom in list {
            set.push(idiom);
        }
        set
    }

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
    static IDIOMS: Lazy<Idioms> = Lazy::new(|| Idioms::from_list(lexicon().idioms().to_vec()));
    &IDIOMS
}

/// The built-in lexicon (empty if the data failed to parse, which a test rules out).
pub fn lexicon() -> &'static Lexicon {
    static LEX: Lazy<Lexicon> =
        Lazy::new(|| parse(IRREGULAR_TSV, BARE_VERBS_TXT, IDIOMS_TXT).unwrap_or_default());
    &LEX
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

impl Lexicon {
    /// Whether `word` is a base form that is only a verb.
    pub fn is_bare_verb(&self, word: &str) -> bool {
        self.bare.contains(word)
    }

    /// The idioms.
    pub fn idioms(&self) -> &[Idiom] {
        &self.idioms
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

    /// The past participle of a verb (`take` -> `taken`, `push` -> `pushed`).
    pub fn participle(&self, base: &str) -> String {
        if let Some((_, parts)) = self.irregular.get(base) {
            return parts[0].clone();
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
        match base {
            "have" => "has".into(),
            "be" => "is".into(),
            "do" => "does".into(),
            "go" => "goes".into(),
            _ if base.ends_with(['s', 'x', 'z'])
                || base.ends_with("ch")
                || base.ends_with("sh") =>
            {
                format!("{base}es")
            }
            _ if base.len() > 2
                && base.ends_with('y')
                && !is_vowel(base.as_bytes()[base.len() - 2]) =>
            {
                format!("{}ies", &base[..base.len() - 1])
            }
            _ => format!("{base}s"),
        }
    }

    /// The base of a verb form this lexicon can undo: -ing, third person, irregular
    /// past or participle, if the result is a known verb.
    pub fn base_of(&self, word: &str) -> Option<String> {
        let known = |b: &str| self.bare.contains(b) || self.irregular.contains_key(b);
        if let Some(b) = self.irregular_base(word) {
            return Some(b.to_string());
        }
        if let Some(stem) = word.strip_suffix("ing") {
            let mut cands = vec![stem.to_string(), format!("{stem}e")];
            if let Some(s) = stem.strip_suffix('y') {
                cands.push(format!("{s}ie"));
            }
            let sb = stem.as_bytes();
            if sb.len() >= 2 && sb[sb.len() - 1] == sb[sb.len() - 2] {
                cands.push(stem[..stem.len() - 1].to_string());
            }
            return cands.into_iter().find(|c| known(c) && self.ing(c) == word);
        }
        for (suffix, add) in [("ies", "y"), ("es", ""), ("s", "")] {
            if let Some(stem) = word.strip_suffix(suffix) {
                let c = format!("{stem}{add}");
                if known(&c) && self.third_person(&c) == word {
                    return Some(c);
                }
            }
        }
        None
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
    fn data_parses_line_by_line() {
        let lex = parse(IRREGULAR_TSV, BARE_VERBS_TXT, IDIOMS_TXT).expect("word data");
        assert!(lex.irregular.len() >= 140);
        assert!(lex.bare.len() >= 90);
        assert!(lex.idioms.len() >= 150);
        assert_eq!(lexicon().idioms().len(), lex.idioms.len());
        // every bare verb is really a verb the forms machinery handles
        for b in &lex.bare {
            assert_eq!(lex.base_of(&lex.ing(b)).as_deref(), Some(b.as_str()), "{b}");
        }
        assert!(parse("go\twent\n", "", "")
            .unwrap_err()
            .starts_with("irregular-verbs.tsv:1:"));
        assert!(parse("", "", "roll the eyes")
            .unwrap_err()
            .starts_with("idioms.txt:1:"));
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
