//! `mtlint stream`: JSON Lines in, one line per record out, in order.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn stream(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .arg("stream")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run mtlint");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_string();
    // write from another thread: the output pipe fills while the input is written
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer").expect("write");
    out
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// Record `k`: every third one has a doubled period.
fn record(k: usize) -> String {
    let text = if k % 3 == 0 {
        format!("Report {k} was filed. . The council met.")
    } else {
        format!("Report {k} was filed on time.")
    };
    serde_json::json!({"id": format!("doc-{k}"), "text": text}).to_string()
}

#[test]
fn three_thousand_records_come_back_as_three_thousand_lines_in_order() {
    let input: String = (0..3000).map(|k| record(k) + "\n").collect();
    let out = stream(&["-j", "2"], &input);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got = lines(&out);
    assert_eq!(got.len(), 3000);
    for (k, line) in got.iter().enumerate() {
        assert_eq!(line["id"], format!("doc-{k}"));
        let findings = line["findings"].as_array().expect("findings");
        let doubled = findings
            .iter()
            .any(|f| f["rule"] == "punctuation/doubled-punctuation");
        assert_eq!(doubled, k % 3 == 0, "record {k}: {line}");
        assert!(line["words"].as_u64().unwrap() >= 5);
        assert!(line["score"].is_number() && line["machine_translated"].is_boolean());
    }
}

#[test]
fn a_finding_is_the_check_object_without_the_path() {
    let out = stream(&[], &(record(0) + "\n"));
    let got = lines(&out);
    let f = &got[0]["findings"][0];
    let keys: Vec<&str> = f.as_object().unwrap().keys().map(String::as_str).collect();
    let mut expected = vec![
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
    ];
    expected.sort_unstable();
    let mut keys = keys;
    keys.sort_unstable();
    assert_eq!(keys, expected);
    assert_eq!(f["text"], ". .");
    // the line is written in the order of the record's fields
    let raw = String::from_utf8_lossy(&out.stdout);
    assert!(raw.starts_with(r#"{"id":"doc-0","words":"#), "{raw}");
    assert!(raw.contains(r#""findings":[{"rule":"#), "{raw}");
}

#[test]
fn a_malformed_line_in_the_middle_gives_an_error_record_and_the_stream_goes_on() {
    let mut input = String::new();
    for k in 0..10 {
        match k {
            4 => input.push_str("{\"id\": \"doc-4\", \"text\": tru\n"),
            5 => input.push_str("{\"id\": 5, \"body\": \"no text\"}\n"),
            6 => input.push_str("{\"id\": 6, \"text\": \"Fine.\", \"markup\": \"rtf\"}\n"),
            _ => input.push_str(&(record(k) + "\n")),
        }
    }
    input.push('\n'); // a blank line is no record
    let out = stream(&["-j", "2"], &input);
    assert!(out.status.success());
    let got = lines(&out);
    assert_eq!(got.len(), 10);
    assert_eq!(got[4]["line"], 5);
    assert!(got[4].get("id").is_none());
    assert!(got[4]["error"].as_str().unwrap().starts_with("not JSON"));
    assert_eq!(got[5]["id"], 5);
    assert!(got[5]["error"].as_str().unwrap().contains("\"text\""));
    assert_eq!(got[6]["id"], 6);
    assert!(got[6]["error"].as_str().unwrap().contains("markup"));
    for k in [0, 1, 2, 3, 7, 8, 9] {
        assert_eq!(got[k]["id"], format!("doc-{k}"));
        assert!(got[k].get("error").is_none());
    }
}

#[test]
fn a_line_that_is_not_utf8_is_an_error_record() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .arg("stream")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run");
    let mut input = (record(0) + "\n").into_bytes();
    input.extend_from_slice(b"{\"id\": 1, \"text\": \"\xff\"}\n");
    input.extend_from_slice((record(2) + "\n").as_bytes());
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let out = child.wait_with_output().unwrap();
    let got = lines(&out);
    assert_eq!(got.len(), 3);
    assert_eq!(got[1]["line"], 2);
    assert_eq!(got[1]["error"], "not UTF-8");
    assert_eq!(got[2]["id"], "doc-2");
}

#[test]
fn markup_per_record_and_rule_options_apply() {
    let input = concat!(
        r#"{"id": "a", "text": "Code: `x. . y` here.", "markup": "markdown"}"#,
        "\n",
        r#"{"id": "b", "text": "Code: `x. . y` here."}"#,
        "\n"
    );
    let got = lines(&stream(&[], input));
    assert_eq!(got[0]["findings"].as_array().unwrap().len(), 0);
    assert!(!got[1]["findings"].as_array().unwrap().is_empty());
    let off = lines(&stream(&["--disable", "punctuation"], input));
    assert_eq!(off[1]["findings"].as_array().unwrap().len(), 0);
}

/// `mtlint score --format json`'s objects for `texts`, written to files.
fn scored_by_the_score_command(texts: &[&str]) -> Vec<serde_json::Value> {
    let dir = std::env::temp_dir().join(format!("mtlint-stream-score-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let paths: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(k, t)| {
            let p = dir.join(format!("{k}.txt"));
            std::fs::write(&p, t).unwrap();
            p
        })
        .collect();
    let out = Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .args(["score", "--format", "json"])
        .args(&paths)
        .current_dir(&dir)
        .output()
        .expect("run mtlint score");
    std::fs::remove_dir_all(&dir).ok();
    serde_json::from_slice(&out.stdout).expect("JSON")
}

#[test]
fn the_score_fields_are_those_of_the_score_command() {
    // a spaced percent sign: a rule off by default, evidence for the score all the same
    let texts = [
        "The mayor said on Monday (4) that the plan, And not the budget, was late. Prices rose 12 % in May.",
        "Report 1 was filed. . The council met.",
        "The council met on Tuesday.",
    ];
    let input: String = texts
        .iter()
        .enumerate()
        .map(|(k, t)| serde_json::json!({"id": k, "text": t}).to_string() + "\n")
        .collect();
    let out = stream(&[], &input);
    let got = lines(&out);
    let expected = scored_by_the_score_command(&texts);
    assert_eq!(got.len(), 3);
    for (k, (line, score)) in got.iter().zip(&expected).enumerate() {
        let line = line.as_object().unwrap();
        let score = score.as_object().unwrap();
        // every field of the score's object but its path; `findings` is the list
        let mut have: Vec<&String> = line.keys().filter(|k| *k != "id").collect();
        let mut want: Vec<&String> = score.keys().filter(|k| *k != "path").collect();
        have.sort();
        want.sort();
        assert_eq!(have, want, "record {k}");
        for key in want.into_iter().filter(|k| *k != "findings") {
            assert_eq!(line[key], score[key], "record {k}: {key}");
        }
        assert!(line["findings"].is_array());
    }
    // the id first, the score's fields in its order, the findings last
    let raw = String::from_utf8_lossy(&out.stdout);
    let first = raw.lines().next().unwrap();
    assert!(
        first.starts_with(r#"{"id":0,"words":20,"score":"#),
        "{first}"
    );
    assert!(first.contains(r#","top_findings":[{"rule":"#), "{first}");
    let listed = first.find(r#","findings":[{"rule":"#).expect("the list");
    assert!(
        listed > first.find(r#","per_1000_words":"#).unwrap(),
        "{first}"
    );
    // the score counts the rule that is off by default; the findings listed are check's
    let first = &got[0];
    assert!(first["translation"]
        .as_array()
        .unwrap()
        .iter()
        .any(|k| k["kind"] == "percent-space"));
    let listed: Vec<&str> = first["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(
        !listed.contains(&"locale/space-before-percent"),
        "{listed:?}"
    );
    assert!(listed.contains(&"locale/bracketed-date"), "{listed:?}");
    assert_eq!(got[2]["verdict"], "thin");
}
