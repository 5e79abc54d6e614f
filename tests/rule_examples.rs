//! Every rule's own examples, run as tests: each `flags` example must be flagged
//! by its rule and fixed to the expected text; each `passes` example must not be.

use mtlint::{apply_fixes, Detector, FixLevel};

fn only(id: &str) -> Detector {
    Detector::builder()
        .none()
        .enable(id)
        .build()
        .expect("rule id from the registry")
}

#[test]
fn every_rule_flags_and_fixes_its_examples() {
    let mut failures = Vec::new();
    for meta in mtlint::rules::all() {
        let detector = only(meta.id);
        for ex in meta.flags {
            let findings = detector.scan(ex.text);
            if findings.is_empty() {
                failures.push(format!("{}: did not flag {:?}", meta.id, ex.text));
                continue;
            }
            let fixed = apply_fixes(ex.text, &findings, FixLevel::Unsafe);
            if fixed.text != ex.fixed {
                failures.push(format!(
                    "{}: {:?} was fixed to {:?}, expected {:?}",
                    meta.id, ex.text, fixed.text, ex.fixed
                ));
            }
        }
        for text in meta.passes {
            let findings = detector.scan(text);
            if !findings.is_empty() {
                let spans: Vec<_> = findings.iter().map(|f| f.text(text)).collect();
                failures.push(format!("{}: flagged {:?} in {:?}", meta.id, spans, text));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} example(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn registry_ids_are_unique_sorted_and_well_formed() {
    let ids: Vec<&str> = mtlint::rules::all().map(|m| m.id).collect();
    for w in ids.windows(2) {
        assert!(
            w[0] < w[1],
            "registry not sorted or not unique: {} then {}",
            w[0],
            w[1]
        );
    }
    for id in &ids {
        let (family, name) = id
            .split_once('/')
            .unwrap_or_else(|| panic!("{id}: no family"));
        let kebab =
            |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        assert!(kebab(family) && kebab(name), "{id}: not family/kebab-name");
        // one rule per file: src/rules/<family>/<rule_name>.rs
        let file = format!(
            "{}/src/rules/{family}/{}.rs",
            env!("CARGO_MANIFEST_DIR"),
            name.replace('-', "_")
        );
        assert!(std::path::Path::new(&file).exists(), "{id}: no {file}");
    }
}

#[test]
fn every_rule_has_enough_examples_of_both_kinds() {
    for meta in mtlint::rules::all() {
        assert!(
            meta.flags.len() >= 3,
            "{}: fewer than 3 flagged examples",
            meta.id
        );
        assert!(
            meta.passes.len() >= 3,
            "{}: fewer than 3 clean examples",
            meta.id
        );
        assert!(!meta.summary.is_empty(), "{}: no summary", meta.id);
    }
}
