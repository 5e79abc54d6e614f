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
    /// Probably right, but one of several candidates or a guess: show it, let a person decide.
    Review,
}

impl Applicability {
    /// `safe` or `review`.
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Review => "review",
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
///
/// ```
/// use mtlint::{Edit, SmallList};
/// let mut edits: SmallList<Edit> = Edit::delete(3..4).into();
/// assert_eq!(edits.len(), 1);
/// edits.push(Edit::insert(9, ","));
/// assert_eq!(edits[1].replacement, ",");
/// assert_eq!(edits, SmallList::from(vec![Edit::delete(3..4), Edit::insert(9, ",")]));
/// ```
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
    pub edits: SmallList<Edit>,
}

impl Fix {
    /// A fix that is safe to apply automatically: one edit, an array or a `Vec` of them.
    pub fn safe(edits: impl Into<SmallList<Edit>>) -> Fix {
        Fix::new(Applicability::Safe, edits)
    }

    /// A fix that needs a person to confirm it.
    pub fn review(edits: impl Into<SmallList<Edit>>) -> Fix {
        Fix::new(Applicability::Review, edits)
    }

    /// A fix with the given applicability; the edits are sorted by position.
    pub fn new(applicability: Applicability, edits: impl Into<SmallList<Edit>>) -> Fix {
        let mut edits = edits.into();
        edits.sort_by_key(|e| (e.range.start, e.range.end));
        Fix {
            applicability,
            edits,
        }
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
    pub fixes: SmallList<Fix>,
}

impl Finding {
    /// The flagged text, sliced from the text that was scanned.
    ///
    /// Returns an empty string when `text` is not the scanned text and the span
    /// does not fit it.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.clone()).unwrap_or("")
    }

    /// Adds a fix (builder style).
    pub fn with_fix(mut self, fix: Fix) -> Finding {
        self.fixes.push(fix);
        self
    }
}
