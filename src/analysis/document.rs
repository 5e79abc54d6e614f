//! What rules see of a text: the text itself plus facts computed once per scan
//! (protected zones such as URLs and e-mail addresses that prose rules must not touch).

use crate::analysis::names::{self, Names, Origin};
use crate::analysis::word_index::{IndexPlan, WordIndex};
use crate::text::floor_boundary;
use crate::text::hash::{FastMap, FastSet};
use once_cell::unsync::OnceCell;
use std::ops::Range;

/// What the text itself establishes about names, gathered once before the rules
/// that need it run.
#[derive(Debug, Default)]
pub struct DocNames<'t> {
    /// Acronyms defined in brackets: `Financial Times (FT)` gives `FT` -> `Financial Times`.
    pub acronyms: FastMap<String, String>,
    /// The acronyms whose definition the text writes with `the` (`the Harbour Gazette (HG)`).
    pub acronyms_with_the: FastSet<String>,
    /// Full names in family-name-first order: (family name, given name, origin, byte offset).
    /// The names are slices of the text: a text may name thousands of people.
    pub people: Vec<(&'t str, &'t str, Origin, usize)>,
}

/// Lines as the boilerplate rules see them (text and full range of each), and
/// whether each is among the first or last lines of the text.
pub(crate) type BlockLines = (Vec<(Range<usize>, Range<usize>)>, Vec<bool>);

/// The per-scan tables, empty but keeping their memory: a detector hands them
/// from one scan to the next, so that scanning many texts does not allocate
/// (and fault in) the same megabytes again for each.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    words: Vec<(usize, usize)>,
    capitals: Vec<usize>,
    marks: Vec<usize>,
    lists: Vec<Vec<u32>>,
    capitalised: Vec<(usize, usize)>,
    digit_runs: Vec<(usize, usize)>,
    newlines: Vec<usize>,
    lines: Vec<(Range<usize>, Range<usize>)>,
    edge: Vec<bool>,
    lower: Vec<u8>,
}

impl Scratch {
    /// The bytes the tables hold on to.
    pub(crate) fn capacity_bytes(&self) -> usize {
        use std::mem::size_of;
        self.words.capacity() * size_of::<(usize, usize)>()
            + (self.capitals.capacity() + self.marks.capacity() + self.newlines.capacity())
                * size_of::<usize>()
            + self
                .lists
                .iter()
                .map(|l| l.capacity() * size_of::<u32>())
                .sum::<usize>()
            + (self.capitalised.capacity() + self.digit_runs.capacity())
                * size_of::<(usize, usize)>()
            + self.lines.capacity() * size_of::<(Range<usize>, Range<usize>)>()
            + self.edge.capacity()
            + self.lower.capacity()
    }
}

/// A text being scanned, with the zones that are not prose.
#[derive(Debug)]
pub struct Document<'t> {
    text: &'t str,
    names: &'t Names,
    idioms: &'t crate::analysis::lexicon::Idioms,
    doc_names: OnceCell<DocNames<'t>>,
    multiword: OnceCell<FastMap<u64, (usize, usize)>>,
    capitalised: OnceCell<Vec<(usize, usize)>>,
    /// The text's bytes with ASCII letters in lower case (see [`Document::ascii_lower`]).
    ascii_lower: OnceCell<Vec<u8>>,
    words: OnceCell<Vec<(usize, usize)>>,
    marks: OnceCell<Vec<usize>>,
    digit_runs: OnceCell<Vec<(usize, usize)>>,
    /// The boilerplate rules' lines and which of them are at the text's edge.
    block_lines: OnceCell<BlockLines>,
    /// The lower-case words that start a sentence and lost their capital,
    /// found by the first of the rules that ask.
    lost_capitals: OnceCell<Vec<(usize, usize)>>,
    word_capitals: OnceCell<Vec<usize>>,
    /// The words on each enabled rule's list (see [`crate::analysis::word_index`]).
    index: OnceCell<WordIndex>,
    /// How to build `index`: none for a document made outside a detector,
    /// whose rules then visit every word.
    plan: Option<&'t IndexPlan>,
    /// Sorted, merged ranges of markup (tags, code, URLs...) when the text is Markdown or HTML.
    markup: Vec<Range<usize>>,
    /// Sorted, non-overlapping byte ranges of URLs, e-mail addresses, domains and file names.
    protected: OnceCell<Vec<Range<usize>>>,
    /// Byte offsets of every `\n`, in order.
    newlines: Vec<usize>,
    /// The memory of an earlier scan's tables, taken by each table as it is built.
    spare: Spare,
}

/// The spare tables of a [`Document`] (a `Cell`, which has no `Debug` for them).
#[derive(Default)]
struct Spare(std::cell::Cell<Scratch>);

impl std::fmt::Debug for Spare {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Spare")
    }
}

impl<'t> Document<'t> {
    /// Prepares `text` for the rules with the built-in name data.
    // the document is crate-private since #17 item 18: the tests build documents
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn new(text: &'t str) -> Document<'t> {
        Document::with_names(text, names::builtin())
    }

    /// Prepares `text` for the rules with the given name data (one pass for
    /// the lines; protected zones, words, marks and names are found when a rule
    /// first asks).
    // the document is crate-private since #17 item 18: the tests build documents
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn with_names(text: &'t str, names: &'t Names) -> Document<'t> {
        Document::with_scratch(text, names, None, Scratch::default())
    }

    /// [`Document::with_names`], building its tables in the memory of `spare`.
    pub(crate) fn with_scratch(
        text: &'t str,
        names: &'t Names,
        plan: Option<&'t IndexPlan>,
        mut spare: Scratch,
    ) -> Document<'t> {
        let mut newlines = std::mem::take(&mut spare.newlines);
        newlines.clear();
        newlines.extend(memchr::memchr_iter(b'\n', text.as_bytes()));
        Document {
            text,
            names,
            idioms: crate::analysis::lexicon::builtin_idioms(),
            doc_names: OnceCell::new(),
            multiword: OnceCell::new(),
            capitalised: OnceCell::new(),
            ascii_lower: OnceCell::new(),
            words: OnceCell::new(),
            marks: OnceCell::new(),
            digit_runs: OnceCell::new(),
            block_lines: OnceCell::new(),
            lost_capitals: OnceCell::new(),
            word_capitals: OnceCell::new(),
            index: OnceCell::new(),
            plan,
            markup: Vec::new(),
            protected: OnceCell::new(),
            newlines,
            spare: Spare(std::cell::Cell::new(spare)),
        }
    }

    /// Takes one table's memory from the spare tables.
    fn spare<T>(&self, take: impl FnOnce(&mut Scratch) -> T) -> T {
        let mut spare = self.spare.0.take();
        let t = take(&mut spare);
        self.spare.0.set(spare);
        t
    }

    /// The tables' memory, for the next scan.
    pub(crate) fn into_scratch(self) -> Scratch {
        let mut s = self.spare.0.into_inner();
        if let Some(words) = self.words.into_inner() {
            s.words = words;
        }
        if let Some(capitals) = self.word_capitals.into_inner() {
            s.capitals = capitals;
        }
        if let Some(marks) = self.marks.into_inner() {
            s.marks = marks;
        }
        if let Some(runs) = self.digit_runs.into_inner() {
            s.digit_runs = runs;
        }
        if let Some(index) = self.index.into_inner() {
            s.lists = index.into_lists();
        }
        if let Some(capitalised) = self.capitalised.into_inner() {
            s.capitalised = capitalised;
        }
        if let Some((lines, edge)) = self.block_lines.into_inner() {
            s.lines = lines;
            s.edge = edge;
        }
        if let Some(lower) = self.ascii_lower.into_inner() {
            s.lower = lower;
        }
        s.newlines = self.newlines;
        // (each table is cleared by the pass that fills it again)
        s
    }

    /// The byte offsets of every `\n`, in order.
    pub(crate) fn newlines(&self) -> &[usize] {
        &self.newlines
    }

    /// The byte range of the line holding byte `i`, without its `\n`
    /// (`O(log lines)`, so rules can ask for every candidate).
    pub fn line_at(&self, i: usize) -> Range<usize> {
        let k = self.newlines.partition_point(|&n| n < i);
        let start = if k == 0 { 0 } else { self.newlines[k - 1] + 1 };
        let end = self.newlines.get(k).copied().unwrap_or(self.text.len());
        start..end
    }

    /// The line around `start..end`, cut to at most `reach` bytes on each side
    /// of it (at char boundaries): what a rule reads of the context of one
    /// match, so that a text of one very long line costs no more per match
    /// than a text of paragraphs.
    pub fn line_near(&self, start: usize, end: usize, reach: usize) -> Range<usize> {
        let line = self.line_at(start);
        let from = floor_boundary(self.text, start.saturating_sub(reach)).max(line.start);
        let mut to = end.saturating_add(reach).min(line.end);
        while !self.text.is_char_boundary(to) {
            to += 1;
        }
        from..to.max(from)
    }

    /// Prepares a Markdown or HTML text: its non-prose ranges are known to the
    /// rules ([`Document::markup_at`]).
    // the document is crate-private since #17 item 18: the tests build documents
    #[allow(dead_code)]
    pub fn with_markup(text: &'t str, names: &'t Names, markup: crate::Markup) -> Document<'t> {
        Document::with_markup_and_scratch(text, names, None, markup, Scratch::default())
    }

    /// [`Document::with_markup`], building its tables in the memory of `spare`.
    pub(crate) fn with_markup_and_scratch(
        text: &'t str,
        names: &'t Names,
        plan: Option<&'t IndexPlan>,
        markup: crate::Markup,
        spare: Scratch,
    ) -> Document<'t> {
        let mut doc = Document::with_scratch(text, names, plan, spare);
        doc.markup = crate::analysis::markup::non_prose(text, markup);
        doc
    }

    /// The markup range (tag, code, URL...) holding byte `i`, if any.
    pub fn markup_at(&self, i: usize) -> Option<Range<usize>> {
        let k = self.markup.partition_point(|z| z.end <= i);
        self.markup.get(k).filter(|z| z.start <= i).cloned()
    }

    /// The markup ranges that overlap `range`, in order.
    pub fn markup_in(&self, range: &Range<usize>) -> &[Range<usize>] {
        let a = self.markup.partition_point(|z| z.end <= range.start);
        let b = self.markup.partition_point(|z| z.start < range.end);
        &self.markup[a..b.max(a)]
    }

    /// Whether the text has any markup (a plain text never has).
    pub(crate) fn has_markup(&self) -> bool {
        !self.markup.is_empty()
    }

    /// Whether any byte of `range` is markup rather than prose.
    pub fn touches_markup(&self, range: &Range<usize>) -> bool {
        let k = self.markup.partition_point(|z| z.end <= range.start);
        self.markup
            .get(k)
            .is_some_and(|z| z.start < range.end.max(range.start + 1))
    }

    /// The possessive idioms in force.
    pub fn idioms(&self) -> &'t crate::analysis::lexicon::Idioms {
        self.idioms
    }

    pub(crate) fn set_idioms(&mut self, idioms: &'t crate::analysis::lexicon::Idioms) {
        self.idioms = idioms;
    }

    /// The name data in force.
    pub fn names(&self) -> &'t Names {
        self.names
    }

    /// What the text establishes about names (computed once, on first use).
    pub fn doc_names(&self) -> &DocNames<'t> {
        self.doc_names
            .get_or_init(|| doc_names(self.text, self.capitalised(), self.names))
    }

    /// The text's bytes with its ASCII letters in lower case (every byte in its
    /// place), made once for all the rules that search the text in any case.
    pub(crate) fn ascii_lower(&self) -> &[u8] {
        self.ascii_lower.get_or_init(|| {
            // (one pass, into the memory of an earlier scan's copy)
            let mut lower = self.spare(|s| std::mem::take(&mut s.lower));
            lower.clear();
            lower.extend(self.text.bytes().map(|c| c.to_ascii_lowercase()));
            lower
        })
    }

    /// The capitalised ASCII words (hyphenated parts joined: `Jae-in`), shared
    /// by the name passes.
    fn capitalised(&self) -> &[(usize, usize)] {
        self.capitalised.get_or_init(|| {
            // (the words that start at a word-starting capital)
            let capitalised = word_numbers_at(self.words(), self.word_capitals());
            let out = self.spare(|s| std::mem::take(&mut s.capitalised));
            capitalised_words(self.text, self.words(), capitalised, out)
        })
    }

    /// The first run of 2–4 capitalised words separated by single spaces that
    /// reads `glued` once its spaces are removed, ASCII case aside
    /// (`financialtimes` -> `Financial Times`). The runs are indexed on first use.
    pub fn spaced_name(&self, glued: &str) -> Option<&'t str> {
        let index = self
            .multiword
            .get_or_init(|| multiword_index(self.text, self.capitalised()));
        let &(s, e) = index.get(&glued_key(glued))?;
        let spaced = &self.text[s..e];
        let same = spaced
            .bytes()
            .filter(|&c| c != b' ')
            .map(|c| c.to_ascii_lowercase())
            .eq(glued.bytes().map(|c| c.to_ascii_lowercase()));
        same.then_some(spaced)
    }

    /// The runs of ASCII letters not glued to digits or to letters of other scripts, as byte
    /// ranges (computed once, on first use, and shared by the word-level rules).
    #[inline]
    pub fn words(&self) -> &[(usize, usize)] {
        self.words.get_or_init(|| {
            // the word-starting capitals come from the same pass
            let (mut words, mut capitals) = self.spare(|s| {
                (
                    std::mem::take(&mut s.words),
                    std::mem::take(&mut s.capitals),
                )
            });
            crate::text::ascii_words_and_capitals_into(self.text, &mut words, &mut capitals);
            let _ = self.word_capitals.set(capitals);
            words
        })
    }

    /// The byte offsets of every ASCII punctuation mark or symbol and of the first
    /// byte of every non-ASCII char, in order (computed once, on first use): the
    /// punctuation rules visit these instead of every byte. The `;` that closes a
    /// character reference (`&#8221;`, `&amp;`) belongs to it and is left out, so
    /// no punctuation rule takes it for a semicolon.
    #[inline]
    pub fn marks(&self) -> &[usize] {
        self.marks.get_or_init(|| {
            let mut marks = self.spare(|s| std::mem::take(&mut s.marks));
            crate::text::marks_into(self.text, &mut marks);
            let b = self.text.as_bytes();
            // (only a `;` can close one: every other mark is kept after one compare)
            marks.retain(|&i| b[i] != b';' || !crate::text::closes_character_reference(b, i));
            marks
        })
    }

    /// Every maximal run of ASCII digits as (start, end), in order (computed
    /// once, on first use, and shared by the number rules).
    pub fn digit_runs(&self) -> &[(usize, usize)] {
        self.digit_runs.get_or_init(|| {
            let mut runs = self.spare(|s| std::mem::take(&mut s.digit_runs));
            crate::text::digit_runs_into(self.text, &mut runs);
            runs
        })
    }

    /// The offsets of the ASCII capitals that do not follow an ASCII letter:
    /// where a capitalised word may start (computed once, on first use).
    pub fn word_capitals(&self) -> &[usize] {
        if self.word_capitals.get().is_none() {
            self.words(); // found with the words
        }
        self.word_capitals.get().map_or(&[], Vec::as_slice)
    }

    /// The word-starting capitals ([`Document::word_capitals`]) and the first
    /// bytes of the non-ASCII chars that do not follow an ASCII letter, in order:
    /// where a capitalised run of letters of any script may start.
    pub(crate) fn capitals_and_leads(&self) -> impl Iterator<Item = usize> + '_ {
        let b = self.text.as_bytes();
        let leads = self
            .marks()
            .iter()
            .copied()
            .filter(move |&i| b[i] >= 0xC0 && !(i > 0 && b[i - 1].is_ascii_alphabetic()));
        crate::analysis::word_index::merge(self.word_capitals().iter().copied(), leads)
    }

    /// The boilerplate rules' lines, computed by `init` for the first of them to
    /// ask and shared with the others.
    pub(crate) fn block_lines(&self, init: impl FnOnce(BlockLines) -> BlockLines) -> &BlockLines {
        self.block_lines.get_or_init(|| {
            init(self.spare(|s| (std::mem::take(&mut s.lines), std::mem::take(&mut s.edge))))
        })
    }

    /// The lower-case words (byte ranges) that start a sentence and should be
    /// capitalised, computed by `init` for the first rule to ask and shared
    /// with the others.
    pub(crate) fn lost_capitals(
        &self,
        init: impl FnOnce() -> Vec<(usize, usize)>,
    ) -> &[(usize, usize)] {
        self.lost_capitals.get_or_init(init)
    }

    /// The words rule `id` visits, in order: those its [`Triggers`] declare
    /// (a superset of the words it looks for, computed for every rule of the
    /// detector at once, on first use), or every word for a rule the document's
    /// plan does not know.
    ///
    /// [`Triggers`]: crate::analysis::word_index::Triggers
    pub(crate) fn trigger_words(&self, id: &str) -> TriggerWords<'_> {
        let Some(plan) = self.plan else {
            return TriggerWords::Every(0..self.words().len());
        };
        let index = self.index.get_or_init(|| {
            let lists = self.spare(|s| std::mem::take(&mut s.lists));
            WordIndex::build(self.text, self.words(), plan, lists)
        });
        match index.of(plan, id) {
            Some(list) => TriggerWords::Listed(list.iter()),
            None => TriggerWords::Every(0..self.words().len()),
        }
    }

    /// The `k`-th word of [`Document::words`] as a [`Word`], if there is one.
    pub(crate) fn word_at(&self, k: usize) -> Option<Word<'_, 't>> {
        (k < self.words().len()).then_some(Word { doc: self, k })
    }

    /// The `k`-th word of [`Document::words`] (empty past the end).
    #[inline]
    pub fn word(&self, k: usize) -> &'t str {
        word_in(self.text, self.words(), k)
    }

    /// Whether word `k` and word `k + 1` are separated by exactly one space.
    #[inline]
    #[allow(dead_code)] // for the rules; none calls it today
    pub fn joined(&self, k: usize) -> bool {
        joined_in(self.text, self.words(), k)
    }

    /// The text, exactly as the caller gave it.
    #[inline]
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Whether any byte of `range` lies in a URL, e-mail address, domain or file name.
    #[inline]
    pub fn is_protected(&self, range: Range<usize>) -> bool {
        // (found on first use, from the marks: the `:`, `@` and `.` are among them)
        let protected = self
            .protected
            .get_or_init(|| protected_zones_at(self.text, self.marks().iter().copied()));
        let i = protected.partition_point(|z| z.end <= range.start);
        protected
            .get(i)
            .is_some_and(|z| z.start < range.end.max(range.start + 1))
    }
}

/// The numbers of the `words` that start at one of `starts` (ascending), in
/// order: each found by galloping from the one before, so that a few starts
/// among many words cost a few steps each, not a test of every word.
fn word_numbers_at<'a>(
    words: &'a [(usize, usize)],
    starts: &'a [usize],
) -> impl Iterator<Item = usize> + 'a {
    let mut k = 0;
    starts.iter().filter_map(move |&c| {
        let rest = words.get(k..).unwrap_or_default();
        let mut step = 1;
        while step < rest.len() && rest[step].0 < c {
            step *= 2;
        }
        k += rest[..(step + 1).min(rest.len())].partition_point(|w| w.0 < c);
        words.get(k).is_some_and(|w| w.0 == c).then_some(k)
    })
}

/// Capitalised ASCII words with their byte ranges (letters and inner hyphens:
/// `Jae-in`), built from the shared word list (the indices of its capitalised
/// words, in order, are given) by joining hyphenated parts.
fn capitalised_words(
    text: &str,
    words: &[(usize, usize)],
    capitalised: impl Iterator<Item = usize>,
    mut out: Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    out.clear();
    out.reserve(words.len() / 6);
    // a part after a hyphen never starts a capitalised word, so only capitalised
    // words not after a hyphen are extended through their hyphens
    for k in capitalised {
        let (s, mut e) = words[k];
        if !b[s].is_ascii_uppercase() || (s > 0 && (b[s - 1] == b'-' || b[s - 1] == b'_')) {
            continue;
        }
        let mut j = k + 1;
        while j < words.len() && words[j].0 == e + 1 && b[e] == b'-' {
            e = words[j].1;
            j += 1;
        }
        let glued_after = b
            .get(e)
            .is_some_and(|&c| c == b'_' || c.is_ascii_digit() || c >= 0x80);
        if !glued_after {
            out.push((s, e));
        }
    }
    out
}

/// The ends of each run of 2–4 capitalised words separated by single spaces,
/// as a range of indices into `words`.
fn runs_of_capitalised_words<'a>(
    text: &'a str,
    words: &'a [(usize, usize)],
) -> impl Iterator<Item = Range<usize>> + 'a {
    // (found as they are visited: no table of the runs)
    let mut k = 0;
    std::iter::from_fn(move || {
        if k >= words.len() {
            return None;
        }
        let mut e = k + 1;
        while e < words.len()
            && e - k < 4
            && words[e].0 == words[e - 1].1 + 1
            && text.as_bytes()[words[e - 1].1] == b' '
        {
            e += 1;
        }
        let run = k..e;
        k = e;
        Some(run)
    })
}

/// The hash of `text` without its spaces, in ASCII lower case.
fn glued_key(text: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::text::hash::FxHasher::default();
    for c in text.bytes().filter(|&c| c != b' ') {
        h.write_u8(c.to_ascii_lowercase());
    }
    h.finish()
}

/// Every run of 2–4 capitalised words (`words` are the capitalised ones), keyed
/// by [`glued_key`]; the first run of each key is kept.
/// The key of each span is hashed word by word as the span grows from its
/// first word (the single spaces between the words are not part of it): the
/// same key as [`glued_key`] of the span's text, which [`multiword_index_plain`]
/// computes and a test compares.
fn multiword_index(text: &str, words: &[(usize, usize)]) -> FastMap<u64, (usize, usize)> {
    use std::hash::Hasher;
    let b = text.as_bytes();
    let mut map = FastMap::default();
    for run in runs_of_capitalised_words(text, words) {
        for a in run.start..run.end.saturating_sub(1) {
            let mut h = crate::text::hash::FxHasher::default();
            let mut feed = |(s, e): (usize, usize)| {
                for &c in &b[s..e] {
                    h.write_u8(c.to_ascii_lowercase());
                }
                h.finish()
            };
            feed(words[a]);
            for z in a + 1..run.end {
                let key = feed(words[z]);
                map.entry(key).or_insert((words[a].0, words[z].1));
            }
        }
    }
    map
}

/// [`multiword_index`] the plain way: each span's text hashed whole.
#[cfg(test)]
fn multiword_index_plain(text: &str, words: &[(usize, usize)]) -> FastMap<u64, (usize, usize)> {
    let mut map = FastMap::default();
    for run in runs_of_capitalised_words(text, words) {
        for a in run.clone() {
            for z in a + 2..=run.end {
                let span = (words[a].0, words[z - 1].1);
                map.entry(glued_key(&text[span.0..span.1])).or_insert(span);
            }
        }
    }
    map
}

fn doc_names<'t>(text: &'t str, words: &[(usize, usize)], names: &Names) -> DocNames<'t> {
    let mut d = DocNames::default();
    // runs of capitalised words separated by single spaces
    for Range { start: k, end: e } in runs_of_capitalised_words(text, words) {
        // `Name Words (ACR)`: the acronym is looked for in the next few bytes only
        if let Some(rest) = text.get(words[e - 1].1..) {
            let window = &rest.as_bytes()[..rest.len().min(10)];
            if let Some(inner) = window
                .strip_prefix(b" (")
                .and_then(|r| r.iter().position(|&c| c == b')').map(|p| &rest[2..2 + p]))
            {
                if (2..=6).contains(&inner.len())
                    && inner.bytes().all(|c| c.is_ascii_uppercase())
                    && e - k >= 2
                {
                    let full = &text[words[k].0..words[e - 1].1];
                    let with_the = full.starts_with("The ") || text[..words[k].0].ends_with("the ");
                    let full = full.strip_prefix("The ").unwrap_or(full);
                    if full.contains(' ') {
                        d.acronyms.insert(inner.to_string(), full.to_string());
                        if with_the {
                            d.acronyms_with_the.insert(inner.to_string());
                        }
                    }
                }
            }
        }
    }
    // family name + given name: any two adjacent capitalised words
    let mut pinyin: FastMap<&str, bool> = FastMap::default();
    for a in 0..words.len().saturating_sub(1) {
        if words[a + 1].0 != words[a].1 + 1 || text.as_bytes()[words[a].1] != b' ' {
            continue;
        }
        let fam = &text[words[a].0..words[a].1];
        let given = &text[words[a + 1].0..words[a + 1].1];
        let Some(origin) = names.surname(fam) else {
            continue;
        };
        let shaped = match origin {
            // a text names the same people again and again: test each word once
            Origin::Chinese => *pinyin
                .entry(given)
                .or_insert_with(|| names::is_pinyin(given)),
            Origin::Korean => {
                given.contains('-')
                    && given.split('-').all(|p| p.len() >= 2)
                    && given.split('-').count() == 2
            }
            Origin::ChineseOther | Origin::Vietnamese => false,
        };
        // an English word that is also a family name (`He`) starting a sentence is the word
        let sentence_initial = crate::text::starts_sentence(text, words[a].0);
        if shaped
            && !(sentence_initial
                && matches!(
                    fam,
                    "He" | "Long"
                        | "Song"
                        | "Sun"
                        | "Fan"
                        | "Ma"
                        | "Han"
                        | "Hu"
                        | "Ge"
                        | "Mo"
                        | "Mu"
                        | "Do"
                        | "Le"
                        | "Oh"
                        | "Son"
                        | "Ko"
                        | "Nam"
                ))
        {
            d.people.push((fam, given, origin, words[a].0));
        }
    }
    d
}

/// [`Document::word`] given the words: for loops that hold them already.
#[inline]
pub(crate) fn word_in<'t>(text: &'t str, words: &[(usize, usize)], k: usize) -> &'t str {
    words.get(k).map_or("", |&(s, e)| &text[s..e])
}

/// [`Document::joined`] given the words.
#[inline]
pub(crate) fn joined_in(text: &str, words: &[(usize, usize)], k: usize) -> bool {
    match (words.get(k), words.get(k + 1)) {
        (Some(a), Some(n)) => n.0 == a.1 + 1 && text.as_bytes()[a.1] == b' ',
        _ => false,
    }
}

/// A byte that ends a token for the purpose of finding URLs and addresses.
fn is_token_break(b: u8) -> bool {
    matches!(
        b,
        b' ' | b'\t' | b'\n' | b'\r' | b'<' | b'>' | b'"' | b'(' | b')' | b'[' | b']' | b'{' | b'}'
    )
}

fn token_around(text: &str, at: usize) -> Range<usize> {
    let bytes = text.as_bytes();
    let mut start = at;
    while start > 0 && !is_token_break(bytes[start - 1]) && bytes[start - 1] < 0x80 {
        start -= 1;
    }
    let mut end = at;
    while end < bytes.len() && !is_token_break(bytes[end]) && bytes[end] < 0x80 {
        end += 1;
    }
    start..end
}

/// File-name and domain endings that make `word.ending` a name, not two sentences.
const NAME_ENDINGS: &[&str] = &[
    "com", "org", "net", "edu", "gov", "int", "mil", "io", "co", "uk", "us", "de", "fr", "ru",
    "cn", "jp", "info", "biz", "news", "js", "ts", "rs", "py", "rb", "go", "md", "txt", "pdf",
    "doc", "docx", "xls", "xlsx", "csv", "json", "xml", "html", "htm", "php", "asp", "aspx", "jpg",
    "jpeg", "png", "gif", "svg", "mp3", "mp4", "zip", "exe", "ly", "tv", "me", "app",
];

#[cfg(test)]
fn protected_zones(text: &str) -> Vec<Range<usize>> {
    protected_zones_at(
        text,
        memchr::memchr3_iter(b':', b'@', b'.', text.as_bytes()),
    )
}

/// The protected zones, given (in order) the positions of every `:`, `@` and
/// `.` of the text, and maybe of other bytes, which are passed over.
fn protected_zones_at(text: &str, candidates: impl Iterator<Item = usize>) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut zones: Vec<Range<usize>> = Vec::new();
    // One pass over the `:`, `@` and `.` that may be part of a URL (`://`, `www.`),
    // an address or a domain. Each kind skips the positions inside the token it
    // last pushed, so a long token with many marks is expanded once: linear.
    let (mut url, mut www, mut at_sign, mut dot) = (0, 0, 0, 0);
    for i in candidates {
        match bytes[i] {
            b':' if i >= url && bytes[i + 1..].starts_with(b"//") => {
                let tok = token_around(text, i);
                url = tok.end;
                zones.push(tok);
            }
            b'@' => {
                if i < at_sign {
                    continue;
                }
                let tok = token_around(text, i);
                at_sign = tok.end;
                if text[i..tok.end].contains('.') && i > tok.start {
                    zones.push(tok);
                }
            }
            b'.' => {
                // `www.`
                if let Some(w) = i.checked_sub(3).filter(|_| bytes[i - 1] == b'w') {
                    if bytes[w..i] == *b"www"
                        && w >= www
                        && (w == 0 || is_token_break(bytes[w - 1]))
                    {
                        let tok = token_around(text, w);
                        www = tok.end;
                        zones.push(tok);
                    }
                }
                // word.ending with a lowercase ASCII ending from the list: domains and file names
                if i < dot || i == 0 || !bytes[i - 1].is_ascii_alphanumeric() {
                    continue;
                }
                let mut end = i + 1;
                while end < bytes.len() && bytes[end].is_ascii_lowercase() {
                    end += 1;
                }
                if end == i + 1 || (end < bytes.len() && bytes[end].is_ascii_alphanumeric()) {
                    continue;
                }
                if NAME_ENDINGS.contains(&&text[i + 1..end]) {
                    let tok = token_around(text, i);
                    dot = tok.end;
                    zones.push(tok);
                }
            }
            _ => {}
        }
    }
    crate::text::merge_ranges(zones)
}

/// A word of a [`Document`]: its text, span and lower-case form, the words
/// around it and its sentence, so that a rule reads like the grammar it checks.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word<'d, 't> {
    doc: &'d Document<'t>,
    k: usize,
}

impl<'d, 't> Word<'d, 't> {
    /// The word as written.
    pub(crate) fn text(&self) -> &'t str {
        self.doc.word(self.k)
    }

    /// Its byte range in the text.
    pub(crate) fn span(&self) -> Range<usize> {
        let (s, e) = self.doc.words()[self.k];
        s..e
    }

    /// The word in ASCII lower case (borrowed when it has no capital).
    pub(crate) fn lower(&self) -> std::borrow::Cow<'t, str> {
        let w = self.text();
        if w.bytes().any(|b| b.is_ascii_uppercase()) {
            std::borrow::Cow::Owned(w.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Borrowed(w)
        }
    }

    /// The next word of the text.
    pub(crate) fn next(&self) -> Option<Word<'d, 't>> {
        self.doc.word_at(self.k + 1)
    }

    /// The word before it.
    pub(crate) fn prev(&self) -> Option<Word<'d, 't>> {
        self.k.checked_sub(1).and_then(|k| self.doc.word_at(k))
    }

    /// The next word when a single space stands between them (no mark, no
    /// line break: the two read as one phrase).
    pub(crate) fn next_in_phrase(&self) -> Option<Word<'d, 't>> {
        joined_in(self.doc.text(), self.doc.words(), self.k)
            .then(|| self.next())
            .flatten()
    }

    /// The first and last word of its sentence (as word numbers): no sentence
    /// mark (`.`, `!`, `?`) or line break between them and this word.
    pub(crate) fn sentence_words(&self) -> (usize, usize) {
        let (b, words) = (self.doc.text().as_bytes(), self.doc.words());
        let ends = |from: usize, to: usize| {
            b[from..to]
                .iter()
                .any(|c| matches!(c, b'.' | b'!' | b'?' | b'\n'))
        };
        let mut first = self.k;
        while first > 0 && !ends(words[first - 1].1, words[first].0) {
            first -= 1;
        }
        let mut last = self.k;
        while last + 1 < words.len() && !ends(words[last].1, words[last + 1].0) {
            last += 1;
        }
        (first, last)
    }

    /// The byte range of its sentence ([`Word::sentence_words`]).
    pub(crate) fn sentence(&self) -> Range<usize> {
        let (first, last) = self.sentence_words();
        let words = self.doc.words();
        words[first].0..words[last].1
    }
}

/// The words a rule visits ([`Document::trigger_words`]).
pub(crate) enum TriggerWords<'d> {
    /// The words on the rule's list.
    Listed(std::slice::Iter<'d, u32>),
    /// Every word.
    Every(Range<usize>),
}

impl Iterator for TriggerWords<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        match self {
            TriggerWords::Listed(list) => list.next().map(|&k| k as usize),
            TriggerWords::Every(all) => all.next(),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn words_know_their_neighbours_case_and_sentence() {
        let text = "He Said: we left. Then  THE rain came";
        let doc = Document::new(text);
        let said = doc.word_at(1).unwrap();
        assert_eq!((said.text(), said.span()), ("Said", 3..7));
        assert_eq!(said.lower(), "said");
        assert_eq!(said.prev().unwrap().text(), "He");
        assert_eq!(said.next().unwrap().text(), "we");
        // a colon, a period or two spaces end a phrase
        assert!(said.next_in_phrase().is_none());
        let we = said.next().unwrap();
        assert_eq!(we.next_in_phrase().unwrap().text(), "left");
        let then = doc.word_at(4).unwrap();
        assert!(then.next_in_phrase().is_none());
        assert_eq!(&text[said.sentence()], "He Said: we left");
        assert_eq!(&text[then.sentence()], "Then  THE rain came");
        assert_eq!(doc.word_at(5).unwrap().lower(), "the");
        assert!(doc.word_at(9).is_none() && doc.word_at(0).unwrap().prev().is_none());
    }

    use super::*;

    /// The zones found one kind at a time, as before the one-pass version.
    fn protected_zones_by_kind(text: &str) -> Vec<Range<usize>> {
        let bytes = text.as_bytes();
        let mut zones: Vec<Range<usize>> = Vec::new();
        // Each loop visits positions in order and skips those inside the token it
        // last pushed, so a long token with many marks is expanded once: linear.
        let mut covered = 0;
        for i in memchr::memmem::find_iter(bytes, "://") {
            if i >= covered {
                let tok = token_around(text, i);
                covered = tok.end;
                zones.push(tok);
            }
        }
        covered = 0;
        for i in memchr::memmem::find_iter(bytes, "www.") {
            if i >= covered && (i == 0 || is_token_break(bytes[i - 1])) {
                let tok = token_around(text, i);
                covered = tok.end;
                zones.push(tok);
            }
        }
        covered = 0;
        for i in memchr::memchr_iter(b'@', bytes) {
            if i < covered {
                continue;
            }
            let tok = token_around(text, i);
            covered = tok.end;
            if text[i..tok.end].contains('.') && i > tok.start {
                zones.push(tok);
            }
        }
        // word.ending with a lowercase ASCII ending from the list: domains and file names.
        covered = 0;
        for i in memchr::memchr_iter(b'.', bytes) {
            if i < covered || i == 0 || !bytes[i - 1].is_ascii_alphanumeric() {
                continue;
            }
            let mut end = i + 1;
            while end < bytes.len() && bytes[end].is_ascii_lowercase() {
                end += 1;
            }
            if end == i + 1 || (end < bytes.len() && bytes[end].is_ascii_alphanumeric()) {
                continue;
            }
            if NAME_ENDINGS.contains(&&text[i + 1..end]) {
                let tok = token_around(text, i);
                covered = tok.end;
                zones.push(tok);
            }
        }
        crate::text::merge_ranges(zones)
    }

    proptest::proptest! {
        #[test]
        fn protected_zones_in_one_pass_are_those_found_kind_by_kind(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "http", "://", "www", ".", "www.", "@", "a", "mail", "com", "x.io", " ", "\n",
                "(", ")", "<", "é", "..", ":", "/", "de", "Ab",
            ]), 0..40)
        ) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(protected_zones(&text), protected_zones_by_kind(&text));
            // what the document finds from its marks (every punctuation mark)
            let from_marks = protected_zones_at(&text, crate::text::marks(&text).into_iter());
            proptest::prop_assert_eq!(from_marks, protected_zones_by_kind(&text));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_marks_are_every_mark_but_the_semicolons_closing_references(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "&", "amp", ";", " ", "#", "8221", "apos", "a", ".", ",", "é", "x;", "\n",
            ]), 0..40)
        ) {
            let text: String = parts.concat();
            let b = text.as_bytes();
            // plain: each byte the mark table takes, each `;` asked in full
            let plain: Vec<usize> = (0..b.len())
                .filter(|&i| b[i].is_ascii_punctuation() || b[i] >= 0xC0)
                .filter(|&i| !crate::text::closes_character_reference(b, i))
                .collect();
            let doc = Document::new(&text);
            proptest::prop_assert_eq!(doc.marks(), plain.as_slice());
        }
    }

    proptest::proptest! {
        #[test]
        fn the_words_at_the_capitals_are_the_capitalised_words(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "New", "york", " ", "-", "Jae", "in", ".", "\n", "A", "é", "9", "THE", "_", "xY",
            ]), 0..60)
        ) {
            let text: String = parts.concat();
            let doc = Document::new(&text);
            let b = text.as_bytes();
            let plain: Vec<usize> = (0..doc.words().len())
                .filter(|&k| b[doc.words()[k].0].is_ascii_uppercase())
                .collect();
            let galloped: Vec<usize> = word_numbers_at(doc.words(), doc.word_capitals()).collect();
            proptest::prop_assert_eq!(galloped, plain);
        }

        #[test]
        fn the_spaced_names_hashed_word_by_word_are_those_hashed_whole(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "New", "York", "Times", "new", " ", "  ", "-", "Jae", "in", ".", "\n", "A", "é",
                "Hong", "Kong", "Post", "9", "THE",
            ]), 0..40)
        ) {
            let text: String = parts.concat();
            let doc = Document::new(&text);
            let words = doc.capitalised();
            proptest::prop_assert_eq!(
                multiword_index(&text, words),
                multiword_index_plain(&text, words)
            );
        }
    }

    #[test]
    fn ascii_lower_lowers_ascii_letters_in_place() {
        let text = "Make A PHOTO’s \u{212A}elvin ſ É 9";
        let doc = Document::new(text);
        let plain: String = text.chars().map(|c| c.to_ascii_lowercase()).collect();
        assert_eq!(doc.ascii_lower(), plain.as_bytes());
        assert_eq!(doc.ascii_lower().len(), text.len());
        // made again in the memory of a longer text's copy
        let longer = "A LONGER TEXT BEFORE IT ".repeat(4);
        let first = Document::new(&longer);
        first.ascii_lower();
        let names = names::builtin();
        let doc = Document::with_scratch(text, names, None, first.into_scratch());
        assert_eq!(doc.ascii_lower(), plain.as_bytes());
    }

    #[test]
    fn registers_family_name_first_names_only() {
        let text =
            "Qin Gang met Kim Clijsters, Lee Bowyer, Moon Jae-in and Jack Ma; Fumio Kishida came.";
        let doc = Document::new(text);
        let people: Vec<(&str, &str)> = doc.doc_names().people.iter().map(|p| (p.0, p.1)).collect();
        assert_eq!(people, [("Qin", "Gang"), ("Moon", "Jae-in")]);
        let doc = Document::new("The Financial Times (FT) said so.");
        assert_eq!(
            doc.doc_names().acronyms.get("FT").map(String::as_str),
            Some("Financial Times")
        );
    }

    #[test]
    fn finds_urls_addresses_and_file_names() {
        let text = "See https://ex.com/a?b=c, mail bob@ex.org or open Node.js and report.pdf now.";
        let doc = Document::new(text);
        for needle in [
            "https://ex.com/a?b=c,",
            "bob@ex.org",
            "Node.js",
            "report.pdf",
        ] {
            let at = text.find(needle).unwrap();
            assert!(doc.is_protected(at..at + needle.len()), "{needle}");
        }
        assert_eq!(doc.line_at(0), 0..text.len());
        let two = Document::new("ab\ncd\n");
        assert_eq!(
            (
                two.line_at(0),
                two.line_at(2),
                two.line_at(3),
                two.line_at(6)
            ),
            (0..2, 0..2, 3..5, 6..6)
        );
        let at = text.find("See").unwrap();
        assert!(!doc.is_protected(at..at + 3));
        assert!(!doc.is_protected(text.len() - 4..text.len()));
    }

    /// `line_near` is the line cut to `reach` bytes each side, widened to char
    /// boundaries: checked against that plain definition at every offset.
    #[test]
    fn line_near_is_the_line_cut_to_its_reach() {
        let text = "first line\nüber café — naïve words 안녕 here\n\nlast";
        let doc = Document::new(text);
        for reach in [0, 1, 3, 7, 100] {
            for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let line = doc.line_at(start);
                let got = doc.line_near(start, start, reach);
                let from = (0..=start.saturating_sub(reach))
                    .rev()
                    .find(|&k| text.is_char_boundary(k))
                    .unwrap_or(0)
                    .max(line.start);
                let to = ((start + reach).min(line.end)..=text.len())
                    .find(|&k| text.is_char_boundary(k))
                    .unwrap_or(text.len());
                assert_eq!(got, from..to, "start {start} reach {reach}");
                assert!(text.get(got.clone()).is_some());
            }
        }
    }
}
