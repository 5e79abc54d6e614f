//! The finding and fix model: what a rule reports and how it proposes to repair it.

use std::fmt;
use std::ops::Range;

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
    /// The text to put in its place (empty to delete).
    pub replacement: String,
}

impl Edit {
    /// An edit replacing `range` with `replacement`.
    pub fn new(range: Range<usize>, replacement: impl Into<String>) -> Edit {
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
    pub fn insert(at: usize, text: impl Into<String>) -> Edit {
        Edit::new(at..at, text)
    }
}

/// A proposed repair: one or more non-overlapping edits, applied together.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Fix {
    /// Whether the fix may be applied without review.
    pub applicability: Applicability,
    /// The edits, sorted by start offset, never overlapping.
    pub edits: Vec<Edit>,
}

impl Fix {
    /// A fix that is safe to apply automatically.
    pub fn safe(edits: Vec<Edit>) -> Fix {
        Fix::new(Applicability::Safe, edits)
    }

    /// A fix that needs a person to confirm it.
    pub fn review(edits: Vec<Edit>) -> Fix {
        Fix::new(Applicability::Review, edits)
    }

    /// A fix with the given applicability; the edits are sorted by position.
    pub fn new(applicability: Applicability, mut edits: Vec<Edit>) -> Fix {
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
    /// What is wrong and what to do about it.
    pub message: String,
    /// Half-open UTF-8 byte range of the flagged text, on char boundaries.
    pub span: Range<usize>,
    /// Proposed repairs, best first; may be empty when only a person can repair it.
    pub fixes: Vec<Fix>,
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
