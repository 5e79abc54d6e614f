//! Applying fixes to a text.

use crate::finding::{Applicability, Edit, Finding};
use std::ops::Range;

/// Which fixes [`apply_fixes`] may apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixLevel {
    /// Only fixes marked [`Applicability::Safe`].
    Safe,
    /// Safe fixes and those marked [`Applicability::Unsafe`] (`--unsafe-fixes`).
    Unsafe,
}

impl FixLevel {
    fn allows(self, a: Applicability) -> bool {
        matches!(
            (self, a),
            (FixLevel::Unsafe, _) | (FixLevel::Safe, Applicability::Safe)
        )
    }
}

/// The result of applying fixes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    /// The text with the fixes applied.
    pub text: String,
    /// How many fixes were applied.
    pub applied: usize,
    /// How many allowed fixes were skipped because they overlapped one applied before.
    pub skipped: usize,
}

fn conflicts(a: &Range<usize>, b: &Range<usize>) -> bool {
    (a.start < b.end && b.start < a.end) || a.start == b.start
}

/// Applies the first fix of each finding that `level` allows.
///
/// Fixes are taken in order of position; a fix any of whose edits conflicts with
/// an edit already taken (overlapping, or at the same offset) is skipped whole,
/// so two edits never overlap. Edits whose range does not fit `text` or is not on
/// char boundaries are skipped too: this never panics. Findings must come from
/// scanning this very `text`.
///
/// ```
/// use mtlint::{apply_fixes, Detector, FixLevel};
/// let text = "It grew 12,5 % in the the spring. .";
/// let detector = Detector::new();
/// let fixed = apply_fixes(text, &detector.scan(text), FixLevel::Safe);
/// assert_eq!(fixed.text, "It grew 12.5% in the spring.");
/// assert!(detector.scan(&fixed.text).is_empty());
/// ```
pub fn apply_fixes(text: &str, findings: &[Finding], level: FixLevel) -> Fixed {
    let mut candidates: Vec<&[Edit]> = findings
        .iter()
        .filter_map(|f| f.fixes.first())
        .filter(|fix| level.allows(fix.applicability) && !fix.edits.is_empty())
        .map(|fix| fix.edits.as_slice())
        .collect();
    candidates.sort_by_key(|edits| (edits[0].range.start, edits[0].range.end));
    let mut taken: Vec<&Edit> = Vec::new();
    let (mut applied, mut skipped) = (0, 0);
    for edits in candidates {
        let valid = edits.iter().all(|e| {
            e.range.start <= e.range.end
                && text.is_char_boundary(e.range.start)
                && text.is_char_boundary(e.range.end)
                && e.range.end <= text.len()
        });
        let clash = edits
            .iter()
            .any(|e| taken.iter().any(|t| conflicts(&e.range, &t.range)));
        let self_clash = edits
            .windows(2)
            .any(|w| conflicts(&w[0].range, &w[1].range));
        if !valid || clash || self_clash {
            skipped += 1;
            continue;
        }
        taken.extend(edits.iter());
        applied += 1;
    }
    taken.sort_by_key(|e| e.range.start);
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for e in taken {
        out.push_str(&text[pos..e.range.start]);
        out.push_str(&e.replacement);
        pos = e.range.end;
    }
    out.push_str(&text[pos..]);
    Fixed {
        text: out,
        applied,
        skipped,
    }
}
