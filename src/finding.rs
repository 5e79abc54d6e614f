//! The finding and fix model: what a rule reports and how it proposes to repair it.

use std::borrow::Cow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::{Deref, DerefMut, Range};

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth a look; may be a matter of style.
    Info,
    /// Almost certainly wrong in edited English.
    Warning,
    /// Wrong and damaging to meaning or trust.
    Error,
}

impl Severity {
    /// The lower-case name used in output and configuration (`info`, `warning`, `error`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parses the lower-case name back; `None` for anything else.
    pub fn parse(name: &str) -> Option<Severity> {
        match name {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of artifact a finding is, in terms an editor knows
/// (close to the MQM error typology).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Category {
    /// Doubled, misdirected, foreign or mis-spaced punctuation.
    Punctuation,
    /// Mojibake, leftover entities, invisible or look-alike characters.
    Encoding,
    /// Number, time and symbol conventions of another locale.
    Locale,
    /// Words or phrases typed twice.
    Repetition,
    /// Text of the page a translation was scraped from, or of the pipeline that made it:
    /// machine-translation disclaimers, navigation and widget debris.
    Boilerplate,
    /// Capital letters where English has none, or none where it has them.
    Capitalization,
    /// Names of people, outlets and places broken, glued, reordered or mis-articled.
    Names,
    /// Grammar no edited English has: wrong verb forms after auxiliaries, calqued constructions.
    Grammar,
    /// Idioms with the wrong person or a changed word.
    Idiom,
    /// Words or marks left in the source language's script.
    Untranslated,
}

impl Category {
    /// The lower-case name used in output (`punctuation`, `encoding`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Punctuation => "punctuation",
            Category::Encoding => "encoding",
            Category::Locale => "locale",
            Category::Repetition => "repetition",
            Category::Boilerplate => "boilerplate",
            Category::Capitalization => "capitalization",
            Category::Names => "names",
            Category::Grammar => "grammar",
            Category::Idiom => "idiom",
            Category::Untranslated => "untranslated",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a fix may be applied without a human looking at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Applicability {
    /// Unambiguous and meaning-preserving: apply automatically.
    Safe,
    /// Probably right, but one of several candidates or a guess: show it, let a
    /// person decide (applied only on request: `FixLevel::Unsafe`, `--unsafe-fixes`).
    Unsafe,
}

impl Applicability {
    /// `safe` or `unsafe`.
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
        }
    }
}

impl fmt::Display for Applicability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One replacement of a half-open byte range of the scanned text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Edit {
    /// UTF-8 byte range in the scanned text; always on char boundaries.
    pub range: Range<usize>,
    /// The text to put in its place (empty to delete). Borrowed when it is a
    /// constant, so that most edits allocate nothing.
    pub replacement: Cow<'static, str>,
}

impl Edit {
    /// An edit replacing `range` with `replacement` (a `&'static str` or a `String`).
    pub fn new(range: Range<usize>, replacement: impl Into<Cow<'static, str>>) -> Edit {
        Edit {
            range,
            replacement: replacement.into(),
        }
    }

    /// An edit deleting `range`.
    pub fn delete(range: Range<usize>) -> Edit {
        Edit::new(range, "")
    }

    /// An edit inserting `text` at byte offset `at`.
    pub fn insert(at: usize, text: impl Into<Cow<'static, str>>) -> Edit {
        Edit::new(at..at, text)
    }
}

/// A short list that keeps a single element inline: most findings have one fix
/// and most fixes one edit, so building them allocates nothing. It derefs to a
/// slice; equality, hashing and `Debug` are those of the slice.
#[derive(Clone)]
pub struct SmallList<T>(Repr<T>);

#[derive(Clone)]
enum Repr<T> {
    Empty,
    One(T),
    Many(Vec<T>),
}

impl<T> SmallList<T> {
    /// An empty list; does not allocate.
    pub const fn new() -> SmallList<T> {
        SmallList(Repr::Empty)
    }

    /// A list of one element; does not allocate.
    pub const fn one(item: T) -> SmallList<T> {
        SmallList(Repr::One(item))
    }

    /// Appends an element (the second one moves the list to the heap).
    pub fn push(&mut self, item: T) {
        match &mut self.0 {
            Repr::Many(v) => v.push(item),
            slot => {
                self.0 = match std::mem::replace(slot, Repr::Empty) {
                    Repr::Empty => Repr::One(item),
                    Repr::One(first) => Repr::Many(vec![first, item]),
                    Repr::Many(mut v) => {
                        v.push(item);
                        Repr::Many(v)
                    }
                };
            }
        }
    }

    /// The elements as a slice.
    pub fn as_slice(&self) -> &[T] {
        match &self.0 {
            Repr::Empty => &[],
            Repr::One(x) => std::slice::from_ref(x),
            Repr::Many(v) => v,
        }
    }

    /// The elements as a mutable slice.
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        match &mut self.0 {
            Repr::Empty => &mut [],
            Repr::One(x) => std::slice::from_mut(x),
            Repr::Many(v) => v,
        }
    }

    /// The elements as a `Vec`.
    pub fn into_vec(self) -> Vec<T> {
        match self.0 {
            Repr::Empty => Vec::new(),
            Repr::One(x) => vec![x],
            Repr::Many(v) => v,
        }
    }
}

impl<T> Default for SmallList<T> {
    fn default() -> Self {
        SmallList::new()
    }
}

impl<T> Deref for SmallList<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> DerefMut for SmallList<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T: fmt::Debug> fmt::Debug for SmallList<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_slice().fmt(f)
    }
}

impl<T: PartialEq> PartialEq for SmallList<T> {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Eq> Eq for SmallList<T> {}

impl<T: Hash> Hash for SmallList<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state);
    }
}

impl<T> From<Vec<T>> for SmallList<T> {
    fn from(mut v: Vec<T>) -> Self {
        match v.len() {
            0 => SmallList::new(),
            1 => v.pop().map_or_else(SmallList::new, SmallList::one),
            _ => SmallList(Repr::Many(v)),
        }
    }
}

impl<T, const N: usize> From<[T; N]> for SmallList<T> {
    fn from(items: [T; N]) -> Self {
        if N == 1 {
            items.into_iter().collect()
        } else {
            SmallList::from(Vec::from(items))
        }
    }
}

impl From<Edit> for SmallList<Edit> {
    fn from(edit: Edit) -> Self {
        SmallList::one(edit)
    }
}

impl<T> FromIterator<T> for SmallList<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut list = SmallList::new();
        for x in iter {
            list.push(x);
        }
        list
    }
}

impl<T> IntoIterator for SmallList<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.into_vec().into_iter()
    }
}

impl<'a, T> IntoIterator for &'a SmallList<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

/// A proposed repair: one or more non-overlapping edits, applied together.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Fix {
    /// Whether the fix may be applied without review.
    pub applicability: Applicability,
    /// The edits, sorted by start offset, never overlapping.
    pub(crate) edits: SmallList<Edit>,
}

impl Fix {
    /// The edits, sorted by start offset, never overlapping.
    pub fn edits(&self) -> &[Edit] {
        &self.edits
    }

    /// A fix that is safe to apply automatically: one edit, an array or a `Vec` of them.
    pub(crate) fn safe(edits: impl Into<SmallList<Edit>>) -> Fix {
        Fix::new(Applicability::Safe, edits)
    }

    /// A fix that needs a person to confirm it ([`Applicability::Unsafe`]).
    pub(crate) fn unsafe_fix(edits: impl Into<SmallList<Edit>>) -> Fix {
        Fix::new(Applicability::Unsafe, edits)
    }

    /// A fix with the given applicability; the edits are sorted by position.
    pub(crate) fn new(applicability: Applicability, edits: impl Into<SmallList<Edit>>) -> Fix {
        let mut edits = edits.into();
        edits.sort_by_key(|e| (e.range.start, e.range.end));
        Fix {
            applicability,
            edits,
        }
    }

    /// What the fix puts in place of `range` of `text` (which must cover every
    /// edit); `None` when an edit does not fit `text` (out of range, off a char
    /// boundary, overlapping another or outside `range`).
    fn replace_within(&self, text: &str, range: Range<usize>) -> Option<String> {
        let mut pos = range.start;
        let mut out = String::new();
        for e in self.edits.iter() {
            if e.range.start < pos
                || e.range.end < e.range.start
                || e.range.end > range.end
                || range.end > text.len()
                || !text.is_char_boundary(e.range.start)
                || !text.is_char_boundary(e.range.end)
            {
                return None;
            }
            out.push_str(&text[pos..e.range.start]);
            out.push_str(&e.replacement);
            pos = e.range.end;
        }
        if !text.is_char_boundary(range.start) || !text.is_char_boundary(range.end) {
            return None;
        }
        out.push_str(&text[pos..range.end]);
        Some(out)
    }

    /// `text` with this one fix applied; `None` when an edit does not fit
    /// `text` (out of range, off a char boundary, overlapping another).
    ///
    /// ```
    /// use mtlint::Detector;
    /// let text = "It rose 2,5 % in the the spring.";
    /// let findings = Detector::new().scan(text);
    /// assert_eq!(findings[1].fixes()[0].apply(text).unwrap(), "It rose 2,5 % in the spring.");
    /// ```
    pub fn apply(&self, text: &str) -> Option<String> {
        let range = self.range();
        let replaced = self.replace_within(text, range.clone())?;
        let mut out = String::with_capacity(text.len() + replaced.len());
        out.push_str(&text[..range.start]);
        out.push_str(&replaced);
        out.push_str(&text[range.end..]);
        Some(out)
    }

    /// The byte range covering every edit of the fix (empty at 0 when there are no edits).
    pub fn range(&self) -> Range<usize> {
        match (
            self.edits.first(),
            self.edits.iter().map(|e| e.range.end).max(),
        ) {
            (Some(first), Some(end)) => first.range.start..end,
            _ => 0..0,
        }
    }
}

/// One artifact found in the text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Finding {
    /// Stable rule id, `family/kebab-name`.
    pub rule: &'static str,
    /// The kind of artifact.
    pub category: Category,
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong and what to do about it. Borrowed when it is a constant.
    pub message: Cow<'static, str>,
    /// Half-open UTF-8 byte range of the flagged text, on char boundaries.
    pub span: Range<usize>,
    /// Proposed repairs, best first; may be empty when only a person can repair it.
    pub(crate) fixes: SmallList<Fix>,
}

impl Finding {
    /// Proposed repairs, best first; empty when only a person can repair it.
    ///
    /// ```
    /// use mtlint::{Applicability, Detector};
    /// let text = "It rose in the the spring.";
    /// let finding = &Detector::new().scan(text)[0];
    /// let fix = &finding.fixes()[0];
    /// assert_eq!(fix.applicability, Applicability::Safe);
    /// assert_eq!(fix.apply(text).unwrap(), "It rose in the spring.");
    /// ```
    pub fn fixes(&self) -> &[Fix] {
        &self.fixes
    }

    /// The flagged text, sliced from the text that was scanned.
    ///
    /// Returns an empty string when `text` is not the scanned text and the span
    /// does not fit it.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.clone()).unwrap_or("")
    }

    /// A preview of the fix `fix` (an index into [`fixes`](Finding::fixes)):
    /// the range of `text` it changes, widened to the finding's span, and the
    /// text that would stand there after it. `None` when there is no such fix
    /// or it does not fit `text`. Apply it with [`Fix::apply`].
    ///
    /// ```
    /// use mtlint::Detector;
    /// let text = "It rose 2,5 % in the the spring.";
    /// let findings = Detector::new().scan(text);
    /// let (range, replaced) = findings[1].preview(text, 0).unwrap();
    /// assert_eq!((&text[range], replaced.as_str()), ("the the", "the"));
    /// ```
    pub fn preview(&self, text: &str, fix: usize) -> Option<(Range<usize>, String)> {
        let fix = self.fixes.get(fix)?;
        let edits = fix.range();
        let range = edits.start.min(self.span.start)..edits.end.max(self.span.end);
        let replaced = fix.replace_within(text, range.clone())?;
        Some((range, replaced))
    }

    /// Adds a fix (builder style).
    pub(crate) fn with_fix(mut self, fix: Fix) -> Finding {
        self.fixes.push(fix);
        self
    }
}

/// A finding with its place: the input's name, and the line and column of its
/// span. With the `serde` feature it serialises to exactly the object the
/// `mtlint` CLI writes in `--format json` and `jsonl` (one contract for both):
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use mtlint::{Detector, LineIndex};
/// let text = "It ended. .";
/// let findings = Detector::new().scan(text);
/// let index = LineIndex::new(text);
/// let json = serde_json::to_string(&findings[0].located("a.txt", text, &index)).unwrap();
/// assert_eq!(json, concat!(
///     r#"{"path":"a.txt","rule":"punctuation/doubled-punctuation","category":"punctuation","#,
///     r#""severity":"warning","message":"stray second period; keep one","start":8,"end":11,"#,
///     r#""line":1,"column":9,"end_line":1,"end_column":12,"text":". .","#,
///     r#""fixes":[{"applicability":"safe","edits":[{"start":9,"end":11,"replacement":""}]}]}"#,
/// ));
/// # }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Located<'a> {
    /// The name the input is reported under (`-` for standard input); an
    /// empty name is left out of the JSON object.
    pub path: &'a str,
    /// The scanned text.
    pub text: &'a str,
    /// Lines and columns of `text`.
    pub index: &'a crate::LineIndex<'a>,
    /// The finding.
    pub finding: &'a Finding,
}

impl Finding {
    /// The finding with its place in `text`, reported under `path`.
    pub fn located<'a>(
        &'a self,
        path: &'a str,
        text: &'a str,
        index: &'a crate::LineIndex<'a>,
    ) -> Located<'a> {
        Located {
            path,
            text,
            index,
            finding: self,
        }
    }
}

#[cfg(feature = "serde")]
mod serialize {
    //! `Serialize` for the finding model: the CLI's JSON contract.

    use super::{Applicability, Category, Edit, Finding, Fix, Located, Severity};
    use serde::ser::{Serialize, SerializeStruct, Serializer};

    macro_rules! as_str {
        ($($t:ty),*) => {$(
            impl Serialize for $t {
                fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    s.serialize_str(self.as_str())
                }
            }
        )*};
    }
    as_str!(Severity, Category, Applicability);

    /// `{"start", "end", "replacement"}`.
    impl Serialize for Edit {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut o = s.serialize_struct("Edit", 3)?;
            o.serialize_field("start", &self.range.start)?;
            o.serialize_field("end", &self.range.end)?;
            o.serialize_field("replacement", &self.replacement)?;
            o.end()
        }
    }

    /// `{"applicability": "safe"|"unsafe", "edits": [...]}`.
    impl Serialize for Fix {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut o = s.serialize_struct("Fix", 2)?;
            o.serialize_field("applicability", &self.applicability)?;
            o.serialize_field("edits", self.edits.as_slice())?;
            o.end()
        }
    }

    /// `{"rule", "category", "severity", "message", "start", "end", "fixes"}`:
    /// the CLI's object without what needs the text ([`Located`] has it all).
    impl Serialize for Finding {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut o = s.serialize_struct("Finding", 7)?;
            o.serialize_field("rule", self.rule)?;
            o.serialize_field("category", &self.category)?;
            o.serialize_field("severity", &self.severity)?;
            o.serialize_field("message", &self.message)?;
            o.serialize_field("start", &self.span.start)?;
            o.serialize_field("end", &self.span.end)?;
            o.serialize_field("fixes", self.fixes.as_slice())?;
            o.end()
        }
    }

    /// The CLI's object: `path`, the finding's fields, 1-based `line`,
    /// `column`, `end_line`, `end_column` (columns in chars, the end
    /// exclusive), the flagged `text`, the `fixes`. An empty `path` is left
    /// out (a `stream` record, where the id names the text).
    impl Serialize for Located<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let f = self.finding;
            let start = self.index.position(f.span.start);
            let flagged = f.text(self.text);
            // a span on one line ends that many chars further: no second lookup
            let (end_line, end_column) = if flagged.contains('\n') {
                let end = self.index.position(f.span.end);
                (end.line, end.column)
            } else {
                (start.line, start.column + flagged.chars().count())
            };
            let mut o = s.serialize_struct("Finding", 12 + usize::from(!self.path.is_empty()))?;
            if self.path.is_empty() {
                o.skip_field("path")?;
            } else {
                o.serialize_field("path", self.path)?;
            }
            o.serialize_field("rule", f.rule)?;
            o.serialize_field("category", &f.category)?;
            o.serialize_field("severity", &f.severity)?;
            o.serialize_field("message", &f.message)?;
            o.serialize_field("start", &f.span.start)?;
            o.serialize_field("end", &f.span.end)?;
            o.serialize_field("line", &start.line)?;
            o.serialize_field("column", &start.column)?;
            o.serialize_field("end_line", &end_line)?;
            o.serialize_field("end_column", &end_column)?;
            o.serialize_field("text", flagged)?;
            o.serialize_field("fixes", f.fixes.as_slice())?;
            o.end()
        }
    }
}

#[cfg(test)]
mod small_list_tests {
    use super::{Edit, SmallList};

    #[test]
    fn one_element_inline_then_a_vec_equal_as_slices() {
        let mut edits: SmallList<Edit> = Edit::delete(3..4).into();
        assert_eq!(edits.len(), 1);
        edits.push(Edit::insert(9, ","));
        assert_eq!(edits[1].replacement, ",");
        let two = vec![Edit::delete(3..4), Edit::insert(9, ",")];
        assert_eq!(edits, SmallList::from(two));
    }
}
