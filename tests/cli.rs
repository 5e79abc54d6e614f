//! The command-line tool: exit codes, the JSON contract, errors that name the file
//! and keep the other files going.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn mtlint(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run mtlint");
    if let Some(input) = stdin {
        // the tool may exit before reading (a configuration error): a broken pipe is fine
        let _ = child.stdin.take().expect("stdin").write_all(input);
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("wait")
}

fn temp_file(name: &str, content: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("mtlint-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, content).expect("write temp file");
    path
}

fn json(out: &Output) -> Vec<serde_json::Value> {
    serde_json::from_slice(&out.stdout).expect("stdout is a JSON array")
}

#[test]
fn clean_input_exits_0_and_prints_an_empty_array() {
    let out = mtlint(
        &["check", "--format", "json", "-"],
        Some(b"A clean sentence, with care."),
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(json(&out).is_empty());
}

#[test]
fn json_contract_has_every_key_with_byte_and_char_positions() {
    let text = "First line\nZoë’s island. .\n";
    let out = mtlint(&["check", "--format", "json", "-"], Some(text.as_bytes()));
    assert_eq!(out.status.code(), Some(1));
    let findings = json(&out);
    assert_eq!(findings.len(), 1);
    let f = &findings[0];
    for key in [
        "path",
        "rule",
        "category",
        "severity",
        "message",
        "start",
        "end",
        "line",
        "column",
        "end_line",
        "end_column",
        "text",
        "fixes",
    ] {
        assert!(f.get(key).is_some(), "missing {key}");
    }
    let start = text.find(". .").unwrap();
    assert_eq!(f["path"], "-");
    assert_eq!(f["rule"], "punctuation/doubled-punctuation");
    assert_eq!(f["category"], "punctuation");
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["start"], start);
    assert_eq!(f["end"], start + 3);
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(2), Some(13))
    );
    assert_eq!(
        (f["end_line"].as_u64(), f["end_column"].as_u64()),
        (Some(2), Some(16))
    );
    assert_eq!(start, 11 + "Zoë’s island".len()); // bytes, not chars
    assert_eq!(f["text"], ". .");
    assert_eq!(f["fixes"][0]["applicability"], "safe");
    assert_eq!(f["fixes"][0]["edits"][0]["replacement"], "");
}

#[test]
fn invalid_utf8_is_an_error_with_the_offset_and_other_files_are_checked() {
    let bad = temp_file("bad.txt", b"fine text \xff\xfe more");
    let good = temp_file("good.txt", "the the end".as_bytes());
    let out = mtlint(
        &[
            "check",
            "--format",
            "json",
            bad.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.txt") && err.contains("invalid UTF-8 at byte 10"),
        "{err}"
    );
    let findings = json(&out);
    assert_eq!(findings.len(), 1);
    assert!(findings[0]["path"].as_str().unwrap().ends_with("good.txt"));
}

#[test]
fn missing_file_is_an_error_naming_it() {
    let out = mtlint(&["check", "/nonexistent/mtlint-nothing.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("mtlint-nothing.txt"));
}

#[test]
fn unknown_rule_is_a_usage_error_with_a_suggestion() {
    let out = mtlint(&["check", "--disable", "encoding/mojbake", "-"], Some(b"x"));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean `encoding/mojibake`"));
}

#[test]
fn human_format_shows_location_rule_carets_and_fix() {
    let out = mtlint(
        &["check", "-"],
        Some("They left the island. .\n".as_bytes()),
    );
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        s.contains("-:1:21: warning[punctuation/doubled-punctuation]"),
        "{s}"
    );
    assert!(s.contains("^^^"), "{s}");
    assert!(s.contains("fix (safe): `. .` -> `.`"), "{s}");
}

#[test]
fn enable_turns_on_a_rule_that_is_off_by_default() {
    let text: &[u8] = b"Prices rose 12 % last year.";
    assert_eq!(mtlint(&["check", "-"], Some(text)).status.code(), Some(0));
    let out = mtlint(
        &[
            "check",
            "--format",
            "json",
            "--enable",
            "locale/space-before-percent",
            "-",
        ],
        Some(text),
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&out)[0]["rule"], "locale/space-before-percent");
}

#[test]
fn directories_are_walked_for_text_files() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/clean");
    let out = mtlint(&["check", dir], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = mtlint(
        &[
            "check",
            "--format",
            "json",
            concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/mt"),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(json(&out).len() >= 20);
}

#[test]
fn score_json_contract() {
    let seed_like = "Rain fell.\nThis page has been robot translated, sorry for typos if any.\nBack to top button\n";
    let out = mtlint(
        &["score", "--format", "json", "-"],
        Some(seed_like.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(0));
    let rows = json(&out);
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    for key in ["path", "words", "findings", "score", "machine_translated"] {
        assert!(r.get(key).is_some(), "missing {key}");
    }
    assert_eq!(r["path"], "-");
    assert_eq!(r["machine_translated"], true);
    assert!(r["score"].as_f64().unwrap() >= 0.95);
    assert_eq!(r["findings"], 2);
    let out = mtlint(&["score", "-"], Some(b"A calm and careful sentence."));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("no sign of machine translation"), "{s}");
}

#[test]
fn names_file_adds_entries_and_reports_bad_lines_with_file_and_line() {
    let good = temp_file(
        "names.tsv",
        b"# our outlets\nHarbour Gazette\tHG\tthe\toutlet\n",
    );
    let out = mtlint(
        &[
            "check",
            "--format",
            "json",
            "--names",
            good.to_str().unwrap(),
            "-",
        ],
        Some(b"It ran in the HarbourGazette, and a source said HG that it was true."),
    );
    assert_eq!(out.status.code(), Some(1));
    let rules: Vec<String> = json(&out)
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(rules, ["names/glued-name", "names/outlet-article"]);
    let bad = temp_file(
        "bad-names.tsv",
        b"Harbour Gazette\tHG\tthe\toutlet\nBroken line\n",
    );
    let out = mtlint(
        &["check", "--names", bad.to_str().unwrap(), "-"],
        Some(b"x"),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad-names.tsv:2: expected 4 TAB-separated columns"),
        "{err}"
    );
}
