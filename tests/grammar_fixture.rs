//! The grammar fixture (issue #20): `tests/grammar_fixture.tsv`, sentences of
//! our own wording. At least 90% of the errors must be flagged by a grammar
//! rule on by default and at least 80% of those found fixed to the text given;
//! no correct look-alike may be flagged.

use mtlint::{apply_fixes, Detector, FixLevel};

const FIXTURE: &str = include_str!("grammar_fixture.tsv");

/// The default grammar rules, and nothing else.
fn grammar_detector() -> Detector {
    let mut builder = Detector::builder().none();
    for meta in mtlint::rules::all() {
        if meta.family() == "grammar" && meta.default_enabled {
            builder = builder.enable(meta.id);
        }
    }
    builder.build().expect("rule ids from the registry")
}

#[test]
fn grammar_fixture_errors_found_and_look_alikes_pass() {
    let detector = grammar_detector();
    let (mut errors, mut found, mut fixed_right) = (0, 0, 0);
    let (mut look_alikes, mut missed, mut wrong_fix, mut false_alarms) =
        (0, Vec::new(), Vec::new(), Vec::new());
    for (n, line) in FIXTURE.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        match fields.as_slice() {
            ["E", text, fixed] => {
                errors += 1;
                let findings = detector.scan(text);
                if findings.is_empty() {
                    missed.push(*text);
                    continue;
                }
                found += 1;
                let got = apply_fixes(text, &findings, FixLevel::Unsafe).text;
                if got == *fixed {
                    fixed_right += 1;
                } else {
                    wrong_fix.push(format!("{text:?} -> {got:?}, expected {fixed:?}"));
                }
            }
            ["P", text] => {
                look_alikes += 1;
                let findings = detector.scan(text);
                if let Some(f) = findings.first() {
                    false_alarms.push(format!("{} in {text:?}: {}", f.rule, f.message));
                }
            }
            _ => panic!(
                "tests/grammar_fixture.tsv line {}: bad line {line:?}",
                n + 1
            ),
        }
    }
    assert!(errors >= 100 && look_alikes >= 100, "the fixture shrank");
    eprintln!(
        "grammar fixture: {found}/{errors} errors found, {fixed_right} fixed as given, \
         {} of {look_alikes} look-alikes flagged",
        false_alarms.len()
    );
    assert!(
        false_alarms.is_empty(),
        "look-alikes flagged:\n{}",
        false_alarms.join("\n")
    );
    assert!(
        found * 10 >= errors * 9,
        "{found}/{errors} errors found; missed:\n{}",
        missed.join("\n")
    );
    assert!(
        fixed_right * 10 >= found * 8,
        "{fixed_right}/{found} fixed as given:\n{}",
        wrong_fix.join("\n")
    );
}
