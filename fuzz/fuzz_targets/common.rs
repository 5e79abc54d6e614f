//! The invariants every fuzz target asserts on whatever text it is given.

use mtlint::{apply_fixes, Detector, Finding, FixLevel, LineIndex, Markup};
use std::sync::OnceLock;

/// One detector with every rule on, built once per process.
pub fn detector() -> &'static Detector {
    static D: OnceLock<Detector> = OnceLock::new();
    D.get_or_init(|| Detector::builder().all().build().expect("all rules build"))
}

fn fits(text: &str, r: &std::ops::Range<usize>) -> bool {
    r.start <= r.end
        && r.end <= text.len()
        && text.is_char_boundary(r.start)
        && text.is_char_boundary(r.end)
}

/// Spans and edits in bounds and on char boundaries, edits of one fix in order
/// and apart, findings sorted, positions computable, messages present.
pub fn check_findings(text: &str, findings: &[Finding]) {
    let index = LineIndex::new(text);
    for f in findings {
        assert!(fits(text, &f.span), "{}: span {:?}", f.rule, f.span);
        assert!(!f.message.is_empty(), "{}: empty message", f.rule);
        let p = index.position(f.span.start);
        assert!(p.line >= 1 && p.column >= 1);
        for fix in f.fixes() {
            assert!(!fix.edits().is_empty(), "{}: fix without edits", f.rule);
            for e in fix.edits() {
                assert!(fits(text, &e.range), "{}: edit {:?}", f.rule, e.range);
            }
            for w in fix.edits().windows(2) {
                assert!(w[0].range.end <= w[1].range.start, "{}: overlapping edits", f.rule);
            }
        }
    }
    for w in findings.windows(2) {
        assert!(
            (w[0].span.start, w[0].span.end, w[0].rule) <= (w[1].span.start, w[1].span.end, w[1].rule),
            "findings out of order"
        );
    }
}

/// Scans `text` as `markup`, checks the findings, applies every fix and checks
/// that safe fixing reaches a fixed point within a few rounds.
pub fn check(text: &str, markup: Markup) {
    let d = detector();
    let findings = d.scan_markup(text, markup);
    check_findings(text, &findings);
    let all = apply_fixes(text, &findings, FixLevel::Unsafe);
    assert!(all.applied + all.skipped <= findings.len());
    let mut current = text.to_string();
    for round in 0.. {
        let findings = d.scan_markup(&current, markup);
        check_findings(&current, &findings);
        let fixed = apply_fixes(&current, &findings, FixLevel::Safe);
        if fixed.applied == 0 {
            break;
        }
        assert!(round < 8, "safe fixes do not converge: {current:?}");
        current = fixed.text;
    }
}
