//! The fixture texts: clean ones must give no finding; MT-like ones must give the
//! findings their expected-findings file lists (the format of the seed's
//! `expected.tsv`), with fixes that produce one of the listed corrections, and
//! nothing anywhere else.

use mtlint::{apply_fixes, Detector, Finding, FixLevel};
use std::fs;
use std::path::{Path, PathBuf};

fn fixture_dir(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(sub)
}

fn files(sub: &str, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(fixture_dir(sub))
        .expect("fixture directory")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    v.sort();
    v
}

#[test]
fn clean_fixtures_give_no_finding() {
    let detector = Detector::new();
    let mut paths = files("clean", "txt");
    paths.extend(files("clean", "md"));
    paths.extend(files("clean", "html"));
    assert!(
        paths.len() >= 4,
        "expected clean fixtures, Markdown and HTML among them"
    );
    for path in paths {
        let text = fs::read_to_string(&path).expect("utf-8 fixture");
        let markup = mtlint::Markup::from_path(&path);
        let findings = detector.scan_markup(&text, markup);
        let shown: Vec<String> = findings
            .iter()
            .map(|f| format!("{} {:?}", f.rule, f.text(&text)))
            .collect();
        assert!(findings.is_empty(), "{}: {shown:#?}", path.display());
    }
}

struct Row {
    id: String,
    tier: String,
    range: std::ops::Range<usize>,
    fixes: Vec<String>,
}

fn load_rows(tsv: &Path, text: &str) -> Vec<Row> {
    let raw = fs::read_to_string(tsv).expect("tsv");
    let mut rows = Vec::new();
    for (n, line) in raw.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(
            cols.len() >= 6,
            "{}:{}: needs 6 columns",
            tsv.display(),
            n + 1
        );
        let needle = cols[3].replace("\\n", "\n");
        let occurrence: usize = cols[4].parse().expect("occurrence");
        // the n-th occurrence, counting overlapping ones, as check_annotations.py does
        let mut start = None;
        let mut from = 0;
        for _ in 0..occurrence {
            let at = text[from..]
                .find(&needle)
                .map(|i| from + i)
                .unwrap_or_else(|| {
                    panic!("{}:{}: needle {needle:?} not found", tsv.display(), n + 1)
                });
            start = Some(at);
            from = at + text[at..].chars().next().map_or(1, char::len_utf8);
        }
        let start = start.expect("occurrence >= 1");
        let fix = cols[5].replace("\\n", "\n");
        rows.push(Row {
            id: cols[0].to_string(),
            tier: cols[1].to_string(),
            range: start..start + needle.len(),
            fixes: if fix == "-" {
                Vec::new()
            } else {
                fix.split('|').map(String::from).collect()
            },
        });
    }
    rows
}

fn overlaps(f: &Finding, r: &std::ops::Range<usize>) -> bool {
    f.span.start < r.end && r.start < f.span.end
}

/// Applying the finding's first fix makes one of the corrections appear near the artifact.
fn fix_holds(text: &str, f: &Finding, row: &Row) -> bool {
    let Some(fixed) = f.fixes().first().and_then(|fix| fix.apply(text)) else {
        return false;
    };
    let grow = fixed.len().saturating_sub(text.len());
    let lo = row.range.start.saturating_sub(60);
    let hi = (row.range.end + 60 + grow).min(fixed.len());
    let window = String::from_utf8_lossy(&fixed.as_bytes()[lo.min(hi)..hi]);
    row.fixes.iter().any(|c| window.contains(c.as_str()))
}

#[test]
fn mt_fixtures_give_exactly_the_expected_findings() {
    let detector = Detector::new();
    let paths = files("mt", "txt");
    assert!(paths.len() >= 4, "expected one MT fixture per family");
    let mut problems = Vec::new();
    for path in paths {
        let text = fs::read_to_string(&path).expect("utf-8 fixture");
        let rows = load_rows(&path.with_extension("tsv"), &text);
        let findings = detector.scan(&text);
        for row in rows.iter().filter(|r| r.tier == "must") {
            let hits: Vec<&Finding> = findings
                .iter()
                .filter(|f| overlaps(f, &row.range))
                .collect();
            if hits.is_empty() {
                problems.push(format!("{}: {} missed", path.display(), row.id));
            } else if !row.fixes.is_empty() && !hits.iter().any(|f| fix_holds(&text, f, row)) {
                problems.push(format!(
                    "{}: {} fix does not give {:?}",
                    path.display(),
                    row.id,
                    row.fixes
                ));
            }
        }
        for f in &findings {
            if !rows.iter().any(|r| overlaps(f, &r.range)) {
                problems.push(format!(
                    "{}: false positive {} {:?}",
                    path.display(),
                    f.rule,
                    f.text(&text)
                ));
            }
        }
        // and fixing everything safe leaves none of the fixed artifacts behind
        let fixed = apply_fixes(&text, &findings, FixLevel::Safe);
        let again = detector.scan(&fixed.text);
        let safe_left: Vec<_> = again
            .iter()
            .filter(|f| {
                f.fixes()
                    .first()
                    .is_some_and(|x| x.applicability == mtlint::Applicability::Safe)
            })
            .map(|f| format!("{} {:?}", f.rule, f.text(&fixed.text)))
            .collect();
        if !safe_left.is_empty() {
            problems.push(format!(
                "{}: after --fix still {safe_left:?}",
                path.display()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
