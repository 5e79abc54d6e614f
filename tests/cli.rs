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
    // an info-level finding is reported but fails a run only with --fail-on info
    assert_eq!(json(&out)[0]["rule"], "locale/space-before-percent");
    assert_eq!(json(&out)[0]["severity"], "info");
    assert_eq!(out.status.code(), Some(0));
    let enable = ["check", "--enable", "locale/space-before-percent"];
    for (fail_on, code) in [("info", 1), ("warning", 0), ("error", 0)] {
        let mut args = enable.to_vec();
        args.extend(["--fail-on", fail_on, "-"]);
        assert_eq!(
            mtlint(&args, Some(text)).status.code(),
            Some(code),
            "{fail_on}"
        );
    }
    let error = mtlint(
        &["check", "--fail-on", "error", "-"],
        Some(b"He did not are pushing."),
    );
    assert_eq!(error.status.code(), Some(1), "an error-level finding");
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
    for key in [
        "path",
        "words",
        "findings",
        "score",
        "machine_translated",
        "verdict",
        "thin",
        "evidence",
        "translation",
        "page",
        "disclaimer",
        "top_findings",
    ] {
        assert!(r.get(key).is_some(), "missing {key}");
    }
    assert_eq!(r["path"], "-");
    assert_eq!(r["machine_translated"], true);
    assert_eq!(r["verdict"], "machine-translated");
    assert!(r["score"].as_f64().unwrap() >= 0.95);
    assert_eq!(r["findings"], 2);
    // the debris is page evidence, reported apart; the disclaimer is behind the score
    assert_eq!(r["page"]["kinds"][0]["kind"], "debris");
    assert!(r["page"]["score"].as_f64().unwrap() > 0.0);
    assert_eq!(r["top_findings"][0]["rule"], "boilerplate/mt-disclaimer");
    assert_eq!(r["top_findings"][0]["line"], 2);
    let out = mtlint(&["score", "-"], Some(b"A calm and careful sentence."));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("evidence is thin (5 words): no verdict"), "{s}");
    let long = "A calm and careful sentence about the harbour and its boats. ".repeat(30);
    let out = mtlint(&["score", "-"], Some(long.as_bytes()));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        s.contains("no sign of machine translation (330 words)"),
        "{s}"
    );
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

#[test]
fn machine_formats_for_ci() {
    let input: &[u8] = "Talks ended. .\nPrices rose 150,5 billion.\n".as_bytes();
    let out = mtlint(&["check", "--format", "brief", "-"], Some(input));
    let s = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        s.starts_with("-:1:12: warning[punctuation/doubled-punctuation]: "),
        "{s}"
    );
    assert_eq!(s.lines().count(), 2);

    let out = mtlint(&["check", "--format", "jsonl", "-"], Some(input));
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON object a line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["rule"], "locale/decimal-comma");

    let out = mtlint(&["check", "--format", "github", "-"], Some(input));
    let s = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(s.starts_with("::warning file=-,line=1,col=12,endLine=1,endColumn=15,title=punctuation/doubled-punctuation::"), "{s}");

    let out = mtlint(&["check", "--format", "rdjsonl", "-"], Some(input));
    let first: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(first["code"]["value"], "punctuation/doubled-punctuation");
    assert_eq!(first["suggestions"][0]["text"], "");
    assert_eq!(first["location"]["range"]["start"]["line"], 1);

    let out = mtlint(&["check", "--format", "sarif", "-"], Some(input));
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SARIF JSON");
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    assert_eq!(run["results"].as_array().unwrap().len(), 2);
    assert_eq!(
        run["tool"]["driver"]["rules"].as_array().unwrap().len(),
        mtlint::rules::all().len()
    );
    assert_eq!(
        run["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"],
        1
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn github_commands_escape_their_text() {
    let f = mtlint(
        &["check", "--format", "github", "-"],
        Some("He said: “ok. “, then left. .".as_bytes()),
    );
    let s = String::from_utf8_lossy(&f.stdout);
    for line in s.lines() {
        let (props, _msg) = line
            .trim_start_matches("::warning ")
            .split_once("::")
            .expect("two parts");
        assert!(!props.contains(' ') || props.contains("title="), "{line}");
    }
}

#[test]
fn fix_rewrites_atomically_keeps_permissions_and_leaves_clean_files_alone() {
    use std::os::unix::fs::PermissionsExt;
    let dirty = temp_file(
        "fix-dirty.txt",
        "Talks ended. .\nShares of AT&amp;T rose 2,5 %.\n".as_bytes(),
    );
    std::fs::set_permissions(&dirty, std::fs::Permissions::from_mode(0o640)).unwrap();
    let clean = temp_file("fix-clean.txt", b"A clean line.\n");
    let before = std::fs::metadata(&clean).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));

    let diff = mtlint(&["check", "--diff", dirty.to_str().unwrap()], None);
    assert_eq!(diff.status.code(), Some(1));
    let d = String::from_utf8_lossy(&diff.stdout);
    assert!(
        d.contains("-Talks ended. .") && d.contains("+Talks ended."),
        "{d}"
    );
    assert_eq!(
        std::fs::read_to_string(&dirty).unwrap(),
        "Talks ended. .\nShares of AT&amp;T rose 2,5 %.\n",
        "--diff must not write"
    );

    let out = mtlint(
        &[
            "check",
            "--fix",
            dirty.to_str().unwrap(),
            clean.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(
        std::fs::read_to_string(&dirty).unwrap(),
        "Talks ended.\nShares of AT&T rose 2.5%.\n"
    );
    assert_eq!(
        std::fs::metadata(&dirty).unwrap().permissions().mode() & 0o777,
        0o640
    );
    assert_eq!(
        std::fs::metadata(&clean).unwrap().modified().unwrap(),
        before,
        "a file with no fix is not touched"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dirty.parent().unwrap())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn fix_reports_a_read_only_file_and_leaves_it() {
    use std::os::unix::fs::PermissionsExt;
    let ro = temp_file("fix-readonly.txt", b"Talks ended. .\n");
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).unwrap();
    let out = mtlint(&["check", "--fix", ro.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("read-only"));
    assert_eq!(std::fs::read_to_string(&ro).unwrap(), "Talks ended. .\n");
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o644)).unwrap();
}

#[test]
fn markup_comes_from_the_extension_or_the_flag() {
    let md = "We saw the the plan; `the the` stays.\n";
    let plain = mtlint(&["check", "--format", "json", "-"], Some(md.as_bytes()));
    assert_eq!(json(&plain).len(), 2, "plain text sees both");
    let out = mtlint(
        &["check", "--format", "json", "--markup", "markdown", "-"],
        Some(md.as_bytes()),
    );
    assert_eq!(json(&out).len(), 1, "Markdown code is not prose");
    let file = temp_file("page.html", b"<p>AT&amp;T said so. .</p>");
    let out = mtlint(&["check", "--format", "json", file.to_str().unwrap()], None);
    let rules: Vec<String> = json(&out)
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        rules,
        ["punctuation/doubled-punctuation"],
        "an entity in HTML is markup"
    );
}

#[test]
fn a_directory_of_many_files_is_checked_in_parallel_in_a_stable_order() {
    let dir = std::env::temp_dir().join(format!("mtlint-many-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for i in 0..300 {
        std::fs::write(
            dir.join(format!("f{i:03}.txt")),
            format!("Note {i}: talks ended. .\n"),
        )
        .unwrap();
    }
    let first = mtlint(&["check", "--format", "brief", dir.to_str().unwrap()], None);
    let second = mtlint(&["check", "--format", "brief", dir.to_str().unwrap()], None);
    assert_eq!(first.stdout, second.stdout);
    let s = String::from_utf8_lossy(&first.stdout);
    let names: Vec<&str> = s.lines().map(|l| l.split(':').next().unwrap()).collect();
    assert_eq!(names.len(), 300);
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "output follows the sorted file order");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Nested directories come in path order (component by component), as a sort
/// of the full paths would give: `a/x.txt` before `a-b/…` and `a.txt`.
#[test]
fn a_directory_tree_is_reported_in_path_order() {
    let root = temp_dir("path-order");
    let files = [
        "a.txt",
        "a/x.txt",
        "a/a.txt",
        "a-b/q.txt",
        "a b/r.txt",
        "A/s.txt",
        "a0.txt",
        "ab/c/t.txt",
        "ab.txt",
        "x/y/z/u.txt",
        "x/y.txt",
        "é/v.txt",
        "e.txt",
        "a.d/w.txt",
        "a.d.txt",
        "Z.txt",
        "_.txt",
        "10.txt",
        "9.txt",
    ];
    for f in files {
        let path = root.join(f);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, "Talks ended. .\n").unwrap();
    }
    let out = mtlint(
        &["check", "--format", "brief", root.to_str().unwrap()],
        None,
    );
    let s = String::from_utf8_lossy(&out.stdout);
    let listed: Vec<std::path::PathBuf> = s
        .lines()
        .map(|l| std::path::PathBuf::from(l.split(':').next().unwrap()))
        .collect();
    let mut sorted: Vec<std::path::PathBuf> = files.iter().map(|f| root.join(f)).collect();
    sorted.sort();
    assert_eq!(listed, sorted);
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn stdin_filename_names_the_input_and_sets_its_markup() {
    let out = mtlint(
        &[
            "check",
            "--format",
            "brief",
            "--stdin-filename",
            "notes.md",
            "-",
        ],
        Some(b"Use `the the` here, and the the there.\n"),
    );
    let s = String::from_utf8_lossy(&out.stdout);
    assert_eq!(s.lines().count(), 1, "{s}");
    assert!(s.starts_with("notes.md:1:25:"), "{s}");
}

#[test]
fn explain_shows_examples_and_how_to_silence() {
    let out = mtlint(&["explain", "locale/decimal-comma"], None);
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        s.contains("150,5 billion") && s.contains("mtlint-disable-next-line locale/decimal-comma"),
        "{s}"
    );
    let out = mtlint(&["explain", "locale/decimal-coma"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean `locale/decimal-comma`"));
}

#[test]
fn bad_inputs_are_named_and_the_rest_still_checked() {
    let utf16 = temp_file("utf16.txt", &[0xFF, 0xFE, b'h', 0, b'i', 0]);
    let binary = temp_file("blob.txt", b"PK\x03\x04\x00\x00binary");
    let empty = temp_file("empty.txt", b"");
    let bom = temp_file(
        "bom.txt",
        "\u{FEFF}Talks ended. .\r\nNext line the the end.\r\n".as_bytes(),
    );
    let out = mtlint(
        &[
            "check",
            "--format",
            "json",
            utf16.to_str().unwrap(),
            binary.to_str().unwrap(),
            empty.to_str().unwrap(),
            bom.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("utf16.txt: a UTF-16 file"), "{err}");
    assert!(
        err.contains("blob.txt: a binary file (NUL byte at 4)"),
        "{err}"
    );
    let findings = json(&out);
    assert_eq!(findings.len(), 2, "the BOM file is still checked");
    // byte offsets count the BOM; lines and columns are right with CRLF endings
    assert_eq!(findings[0]["start"], 3 + "Talks ended".len());
    assert_eq!(
        (findings[0]["line"].as_u64(), findings[0]["column"].as_u64()),
        (Some(1), Some(13))
    );
    assert_eq!(
        (findings[1]["line"].as_u64(), findings[1]["column"].as_u64()),
        (Some(2), Some(11))
    );
}

#[cfg(unix)]
#[test]
fn a_linked_file_takes_the_configuration_of_its_target_and_its_neighbours_their_own() {
    // the configuration found for a directory is reused for its files, but not
    // for a link, whose target's directory counts
    let root = temp_dir("cfg-link");
    std::fs::create_dir_all(root.join("quiet")).unwrap();
    std::fs::create_dir_all(root.join("loud")).unwrap();
    std::fs::write(
        root.join("quiet/mtlint.toml"),
        "[rules]\n\"repetition\" = \"off\"\n",
    )
    .unwrap();
    std::fs::write(root.join("quiet/target.txt"), "We saw the the end.\n").unwrap();
    std::fs::write(root.join("loud/a.txt"), "We saw the the end.\n").unwrap();
    std::os::unix::fs::symlink(root.join("quiet/target.txt"), root.join("loud/b.txt")).unwrap();
    std::fs::write(root.join("loud/c.txt"), "We saw the the end.\n").unwrap();
    let files: Vec<String> = ["loud/a.txt", "loud/b.txt", "loud/c.txt"]
        .iter()
        .map(|f| root.join(f).to_string_lossy().into_owned())
        .collect();
    let mut args = vec!["check", "--format", "brief"];
    args.extend(files.iter().map(String::as_str));
    let out = mtlint(&args, None);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let flagged: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains("duplicated-word"))
        .map(|l| &l[..l.find(':').unwrap()])
        .map(|p| &p[p.rfind('/').unwrap() + 1..])
        .collect();
    assert_eq!(flagged, ["a.txt", "c.txt"], "{stdout}");
}

#[test]
fn configuration_is_found_walking_up_and_applied_per_file() {
    let root = std::env::temp_dir().join(format!("mtlint-cfg-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("docs/deep")).unwrap();
    std::fs::create_dir_all(root.join("vendor")).unwrap();
    std::fs::write(
        root.join("mtlint.toml"),
        "accept = [\"soil. .\"]\nexclude = [\"vendor/**\"]\n\n[rules]\n\"punctuation/missing-space-after-sentence\" = \"error\"\n\n[[overrides]]\nfiles = [\"docs/**\"]\nrules = { \"repetition\" = \"off\" }\n",
    )
    .unwrap();
    std::fs::write(
        root.join("a.txt"),
        "It was late.He left. We saw the the end. The soil. .\n",
    )
    .unwrap();
    std::fs::write(root.join("docs/deep/b.txt"), "We saw the the end.\n").unwrap();
    std::fs::write(root.join("vendor/c.txt"), "We saw the the end.\n").unwrap();
    let out = mtlint(
        &["check", "--format", "jsonl", root.to_str().unwrap()],
        None,
    );
    let rows: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let got: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| {
            let p = r["path"].as_str().unwrap();
            (
                p[p.rfind('/').unwrap() + 1..].to_string(),
                r["rule"].as_str().unwrap().to_string(),
                r["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "a.txt".to_string(),
                "punctuation/missing-space-after-sentence".to_string(),
                "error".to_string()
            ),
            (
                "a.txt".to_string(),
                "repetition/duplicated-word".to_string(),
                "warning".to_string()
            ),
        ],
        "vendor excluded, docs override, accepted text silent"
    );
    let printed = mtlint(
        &[
            "config",
            "--print",
            root.join("docs/deep/b.txt").to_str().unwrap(),
        ],
        None,
    );
    let s = String::from_utf8_lossy(&printed.stdout);
    assert!(
        s.contains("mtlint.toml")
            && s.contains("overrides that apply: [0]")
            && !s.contains("#   repetition/duplicated-word"),
        "{s}"
    );

    std::fs::write(
        root.join("mtlint.toml"),
        "[rules]\n\"repetition/duplicated-wrd\" = \"off\"\n",
    )
    .unwrap();
    let out = mtlint(&["check", root.join("a.txt").to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("mtlint.toml:2: unknown rule or family `repetition/duplicated-wrd` (did you mean `repetition/duplicated-word`?)"), "{err}");
    std::fs::write(root.join("mtlint.toml"), "exclud = []\n").unwrap();
    let out = mtlint(&["check", root.join("a.txt").to_str().unwrap()], None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("mtlint.toml:1: unknown field `exclud`"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&root);
}

// ---- the bad-input matrix: each case names the file, exits 2, and the other files are still checked

/// A directory of its own for one test's files.
fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("mtlint-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A long text with one artifact at its end. The tests that race mtlint also set
/// `MTLINT_TEST_SCAN_DELAY_MS`, which makes the debug build wait after reading
/// each file, so they do not depend on how fast the scan is.
fn slow_text() -> String {
    // numbered, so that no line repeats the one before it (a loop mtlint reports)
    let mut text = String::new();
    for day in 0..20_000 {
        text +=
            &format!("The council met on day {day} and agreed the budget after a long debate.\n");
    }
    text + "Talks ended. .\n"
}

// needs the debug build's scan delay (MTLINT_TEST_SCAN_DELAY_MS)
#[cfg(debug_assertions)]
#[test]
fn a_file_deleted_between_listing_and_reading_is_reported_and_the_rest_checked() {
    let dir = temp_dir("deleted");
    std::fs::write(dir.join("a.txt"), slow_text()).unwrap();
    std::fs::write(dir.join("b.txt"), "the the end\n").unwrap();
    std::fs::write(dir.join("c.txt"), "the the end\n").unwrap();
    // one thread: b.txt is read only after a.txt has been scanned
    let mut child = Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .args([
            "check",
            "-j",
            "1",
            "--format",
            "brief",
            dir.to_str().unwrap(),
        ])
        .env("MTLINT_TEST_SCAN_DELAY_MS", "1000")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // b.txt goes once mtlint says it has read a.txt, however loaded the machine
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut err = String::new();
    while !err.contains("a.txt read") {
        let before = err.len();
        std::io::BufRead::read_line(&mut stderr, &mut err).unwrap();
        assert!(
            err.len() > before,
            "mtlint ended before reading a.txt: {err}"
        );
    }
    std::fs::remove_file(dir.join("b.txt")).unwrap();
    std::io::Read::read_to_string(&mut stderr, &mut err).unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("b.txt") && err.contains("No such file"),
        "{err}"
    );
    assert!(
        stdout.contains("a.txt:") && stdout.contains("c.txt:"),
        "{stdout}"
    );
}

#[test]
fn an_unreadable_file_is_reported_and_the_rest_checked() {
    use std::os::unix::fs::PermissionsExt;
    let good = temp_file("readable.txt", b"the the end\n");
    // /proc/self/mem cannot be read from its start by anyone, root included
    let mut paths = vec!["/proc/self/mem".to_string()];
    let locked = temp_file("locked.txt", b"the the end\n");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let root = std::fs::read(&locked).is_ok(); // root reads it anyway
    if !root {
        paths.push(locked.to_str().unwrap().to_string());
    }
    paths.push(good.to_str().unwrap().to_string());
    let mut args = vec!["check", "--format", "brief"];
    args.extend(paths.iter().map(String::as_str));
    let out = mtlint(&args, None);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o644)).unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("/proc/self/mem: "), "{err}");
    if !root {
        assert!(
            err.contains("locked.txt: ") && err.contains("ermission denied"),
            "{err}"
        );
    }
    assert!(String::from_utf8_lossy(&out.stdout).contains("readable.txt:1:1"));
}

#[test]
fn a_directory_loop_through_symlinks_is_not_followed() {
    let dir = temp_dir("loop");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/a.txt"), "the the end\n").unwrap();
    std::os::unix::fs::symlink(&dir, dir.join("sub/back")).unwrap();
    std::os::unix::fs::symlink(dir.join("sub"), dir.join("sub/self")).unwrap();
    let out = mtlint(&["check", "--format", "brief", dir.to_str().unwrap()], None);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        stdout.lines().count(),
        1,
        "the file once, through no link: {stdout}"
    );
}

#[test]
fn directories_honour_gitignore_hidden_files_and_globs() {
    let dir = temp_dir("ignore");
    for (name, text) in [
        ("a.txt", "the the a\n"),
        ("skipped.txt", "the the b\n"),
        (".hidden.txt", "the the c\n"),
        ("notes.rst", "the the d\n"),
        ("drafts/e.md", "the the e\n"),
        (".gitignore", "skipped.txt\n"),
    ] {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let files = |extra: &[&str]| -> Vec<String> {
        let mut args = vec!["check", "--format", "brief"];
        args.extend(extra);
        args.push(dir.to_str().unwrap());
        let out = mtlint(&args, None);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        stdout
            .lines()
            .map(|l| {
                l.split(':')
                    .next()
                    .unwrap()
                    .rsplit('/')
                    .next()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    assert_eq!(files(&[]), ["a.txt", "e.md"]);
    assert_eq!(files(&["--glob", "!drafts/**"]), ["a.txt"]);
    assert_eq!(files(&["--glob", "*.rst"]), ["notes.rst"]);
    let bad = mtlint(&["check", "--glob", "a{", dir.to_str().unwrap()], None);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--glob a{"));
}

#[test]
fn an_unknown_rule_in_a_directive_is_reported_where_it_is() {
    let md = temp_file(
        "directive.md",
        b"Fine text.\n<!-- mtlint-disable-next-line repetiton -->\nMore fine text.\n",
    );
    let out = mtlint(&["check", md.to_str().unwrap()], None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("directive.md:2:31: warning: unknown rule or family `repetiton` in an mtlint directive (did you mean `repetition`?)"),
        "{err}"
    );
}

/// Line and column (in chars, from 1) of byte `at`, counted independently.
fn line_col(text: &str, at: usize) -> (u64, u64) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
    (line as u64, col as u64)
}

#[test]
fn positions_are_exact_after_emoji_cjk_combining_marks_links_and_entities() {
    let cases = [
        (
            "pos.md",
            "# 标题 😀\n\n👨\u{200D}👩\u{200D}👧 e\u{301} 中文 [a link](https://x.org/the-the,,) and the the end.\n\nSee [`code . .`](u) then soil. . Done.\n",
            [("the the", "the the"), ("soil. .", ". .")],
        ),
        (
            "pos.html",
            "<p>Caf&eacute; &amp; 港 😀 e\u{301}</p>\n<p title=\"the the\">&nbsp;&#8212; and the the end, soil. . Done.</p>\n",
            [("the the", "the the"), ("soil. .", ". .")],
        ),
    ];
    for (name, text, artifacts) in cases {
        let path = temp_file(name, text.as_bytes());
        // the CJK word stands there to shift the offsets; untranslated/foreign-script would
        // rightly flag it in an English line, which is not what this test counts
        let out = mtlint(
            &[
                "check",
                "--format",
                "json",
                "--disable",
                "untranslated/foreign-script",
                path.to_str().unwrap(),
            ],
            None,
        );
        let findings = json(&out);
        let mut searched = 0;
        for (context, artifact) in artifacts {
            // the artifact in the prose (after the markup that imitates it)
            let ctx = text[searched..].rfind(context).unwrap() + searched;
            let at = ctx + context.find(artifact).unwrap();
            searched = at;
            let f = findings
                .iter()
                .find(|f| f["text"] == artifact)
                .unwrap_or_else(|| panic!("{name}: {artifact} not found in {findings:?}"));
            let (start, end) = (
                f["start"].as_u64().unwrap() as usize,
                f["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[start..end], f["text"].as_str().unwrap(), "{name}");
            assert_eq!(start, at, "{name}: {artifact}");
            assert_eq!(
                (f["line"].as_u64().unwrap(), f["column"].as_u64().unwrap()),
                line_col(text, start),
                "{name}: {artifact}"
            );
            assert_eq!(
                (
                    f["end_line"].as_u64().unwrap(),
                    f["end_column"].as_u64().unwrap()
                ),
                line_col(text, end),
                "{name}: end of {artifact}"
            );
        }
        assert_eq!(
            findings.len(),
            2,
            "{name}: nothing in the markup: {findings:?}"
        );
    }
}

#[test]
fn idioms_files_add_idioms_from_the_command_line_and_the_config() {
    let dir = temp_dir("idioms");
    std::fs::write(
        dir.join("ours.txt"),
        "# house idioms\ncrack one's knuckles\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("a.txt"),
        "The boxers sat there and cracked your knuckles.\n",
    )
    .unwrap();
    let a = dir.join("a.txt");
    let plain = mtlint(&["check", a.to_str().unwrap()], None);
    assert_eq!(plain.status.code(), Some(0), "not a built-in idiom");
    let flag = mtlint(
        &[
            "check",
            "--idioms",
            dir.join("ours.txt").to_str().unwrap(),
            a.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(flag.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&flag.stdout).contains("idiom/wrong-person"));
    std::fs::write(dir.join("mtlint.toml"), "idioms = [\"ours.txt\"]\n").unwrap();
    let config = mtlint(&["check", a.to_str().unwrap()], None);
    assert_eq!(
        config.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&config.stderr)
    );
    std::fs::write(dir.join("ours.txt"), "crack one's knuckles\nknuckles\n").unwrap();
    let bad = mtlint(&["check", a.to_str().unwrap()], None);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("ours.txt:2: expected a verb"));
}

#[test]
fn a_config_file_with_a_syntax_error_names_the_file_and_line() {
    let dir = temp_dir("badtoml");
    std::fs::write(
        dir.join("mtlint.toml"),
        "exclude = [\"a\"]\naccept = [\"x\",\n[rules]\n",
    )
    .unwrap();
    std::fs::write(dir.join("a.txt"), "the the end\n").unwrap();
    let out = mtlint(&["check", dir.join("a.txt").to_str().unwrap()], None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("mtlint.toml:3:"), "{err}");
}

#[test]
#[ignore = "100 MB: .ci/run runs it in release mode (cargo test --release --test cli -- --ignored)"]
fn a_100_mb_line_is_checked() {
    let dir = temp_dir("hundred");
    let path = dir.join("line.txt");
    let sentence =
        "The council met on Tuesday and agreed the budget, said FT that the the plan was fine. ";
    let text = sentence.repeat(100_000_000 / sentence.len());
    std::fs::write(&path, &text).unwrap();
    let out = mtlint(
        &["check", "--format", "jsonl", path.to_str().unwrap()],
        None,
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let last = String::from_utf8_lossy(&out.stdout)
        .lines()
        .last()
        .map(str::to_string)
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(&last).unwrap();
    assert_eq!(v["line"], 1);
    assert!(v["column"].as_u64().unwrap() > 99_000_000);
    std::fs::remove_dir_all(&dir).unwrap();
}

// ---- --fix never loses data

// needs the debug build's scan delay (MTLINT_TEST_SCAN_DELAY_MS)
#[cfg(debug_assertions)]
#[test]
fn fix_does_not_overwrite_a_file_changed_since_it_was_read() {
    let dir = temp_dir("changed");
    let path = dir.join("a.txt");
    std::fs::write(&path, slow_text()).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .args(["check", "--fix", path.to_str().unwrap()])
        .env("MTLINT_TEST_SCAN_DELAY_MS", "1000")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // the file is edited once mtlint says it has read it, however loaded the machine
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut said = String::new();
    std::io::BufRead::read_line(&mut stderr, &mut said).unwrap();
    assert!(said.starts_with("test hook:"), "{said}");
    let edited = slow_text() + "An editor's new line.\n";
    std::fs::write(&path, &edited).unwrap();
    let mut err = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut err).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(2), "{err}");
    assert!(err.contains("changed on disk"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), edited);
}

// the debug build fails the write on request; the release build has no such switch
#[cfg(debug_assertions)]
#[test]
fn fix_that_fails_half_way_through_the_write_leaves_the_original_intact() {
    let dir = temp_dir("failwrite");
    let path = dir.join("a.txt");
    std::fs::write(&path, "Talks ended. .\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .args(["check", "--fix", path.to_str().unwrap()])
        .env("MTLINT_TEST_FAIL_WRITE", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("simulated failure"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "Talks ended. .\n");
    let left: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["a.txt"], "no temporary file left behind");
}

#[test]
fn fix_killed_at_any_moment_leaves_the_old_or_the_new_file_never_a_mix() {
    let dir = temp_dir("killed");
    let original = slow_text().replace("agreed the budget", "agreed the the budget");
    let reference = dir.join("reference.txt");
    std::fs::write(&reference, &original).unwrap();
    let done = mtlint(&["check", "--fix", reference.to_str().unwrap()], None);
    assert_eq!(done.status.code(), Some(0), "everything fixed");
    let fixed = std::fs::read_to_string(&reference).unwrap();
    assert_ne!(fixed, original);
    for (round, wait_ms) in [0u64, 20, 80, 200, 400, 700, 1000, 1500]
        .into_iter()
        .enumerate()
    {
        let path = dir.join(format!("a{round}.txt"));
        std::fs::write(&path, &original).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_mtlint"))
            .args(["check", "--fix", path.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(wait_ms));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read_to_string(&path).unwrap();
        assert!(
            now == original || now == fixed,
            "round {round}: a partial file"
        );
    }
}

#[test]
fn fix_through_a_symlink_rewrites_the_target_and_keeps_the_link() {
    let dir = temp_dir("symlink");
    let target = dir.join("real.txt");
    std::fs::write(&target, "Talks ended. .\n").unwrap();
    let link = dir.join("link.txt");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let out = mtlint(&["check", "--fix", link.to_str().unwrap()], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "Talks ended.\n");
}

// ---- #17: the library and the CLI share one contract

#[test]
fn json_objects_are_the_librarys_located_findings_with_unsafe_fixes_named_unsafe() {
    // #17 items 16 (one name: `unsafe`) and 17 (`Finding` serialises to the CLI's object)
    let text = "Officials met. .\nA source said FT that the the plan stands.\n";
    let out = mtlint(
        &[
            "check",
            "--format",
            "jsonl",
            "--stdin-filename",
            "a.txt",
            "-",
        ],
        Some(text.as_bytes()),
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON object a line"))
        .collect();
    let findings = mtlint::Detector::new().scan(text);
    let index = mtlint::LineIndex::new(text);
    let expected: Vec<serde_json::Value> = findings
        .iter()
        .map(|f| serde_json::to_value(f.located("a.txt", text, &index)).unwrap())
        .collect();
    assert_eq!(lines, expected);
    let applicabilities: Vec<&str> = lines
        .iter()
        .flat_map(|l| l["fixes"].as_array().unwrap())
        .map(|x| x["applicability"].as_str().unwrap())
        .collect();
    assert!(applicabilities.contains(&"unsafe"), "{applicabilities:?}");
    assert!(!applicabilities.contains(&"review"), "{applicabilities:?}");
}

// #17 item 1: each format counts columns as its spec says
#[test]
fn columns_follow_each_formats_spec_after_curly_quotes_emoji_and_cjk() {
    let text = "“北京” 🎉 said it ended. .\n";
    let at = text.find(". .").unwrap();
    let chars = text[..at].chars().count() + 1;
    let bytes = at + 1;
    assert_ne!(chars, bytes);
    let run = |format: &str| {
        let out = mtlint(
            &[
                "check",
                "--format",
                format,
                "--stdin-filename",
                "a.txt",
                "-",
            ],
            Some(text.as_bytes()),
        );
        assert_eq!(out.status.code(), Some(1), "{format}");
        String::from_utf8(out.stdout).unwrap()
    };
    let first_line = |s: String| -> serde_json::Value {
        serde_json::from_str(s.lines().next().unwrap()).unwrap()
    };
    // JSON (the README's contract): characters
    assert_eq!(first_line(run("jsonl"))["column"], chars);
    // GitHub workflow commands: characters, as the editor shows them
    assert!(run("github").contains(&format!(",col={chars},")));
    // SARIF: the run declares unicodeCodePoints, and the columns count them
    let sarif: serde_json::Value = serde_json::from_str(&run("sarif")).unwrap();
    let run0 = &sarif["runs"][0];
    assert_eq!(run0["columnKind"], "unicodeCodePoints");
    let region = &run0["results"][0]["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startColumn"], chars);
    assert_eq!(region["byteOffset"], at);
    // SARIF rules carry the explain text and a help address
    let rule = &run0["tool"]["driver"]["rules"][0];
    assert!(rule["fullDescription"]["text"]
        .as_str()
        .unwrap()
        .contains("To silence it"));
    assert!(rule["helpUri"].as_str().unwrap().starts_with("https://"));
    // reviewdog's rdjsonl: UTF-8 bytes, for the span and the suggestion
    let rd = first_line(run("rdjsonl"));
    assert_eq!(rd["location"]["range"]["start"]["column"], bytes);
    assert_eq!(rd["suggestions"][0]["range"]["start"]["column"], bytes + 1);
}

// #17 item 8
#[test]
fn diff_prints_only_the_diff_counts_its_fixes_and_refuses_machine_formats() {
    let text = "It grew 2,5 % in the the spring. .\n";
    let out = mtlint(
        &["check", "--diff", "--stdin-filename", "a.txt", "-"],
        Some(text.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("--- a.txt\n+++ a.txt\n@@"), "{stdout}");
    assert!(
        stdout.lines().all(|l| l.starts_with(['-', '+', '@', ' '])),
        "{stdout}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("would fix 3 findings in 1 file"),
        "{stderr}"
    );
    let out = mtlint(
        &["check", "--diff", "--format", "json", "-"],
        Some(text.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--diff"));
}

// #17 item 9
#[test]
fn fix_says_what_it_did_and_fixes_standard_input_to_standard_output() {
    let dir = temp_dir("fix-report");
    std::fs::write(dir.join("a.txt"), "It ended. .\n").unwrap();
    std::fs::write(dir.join("b.txt"), "In the the end it rained. .\n").unwrap();
    std::fs::write(dir.join("c.txt"), "Clean text.\n").unwrap();
    let out = mtlint(&["check", "--fix", dir.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("fixed 3 findings in 2 files"), "{stderr}");
    assert!(out.stdout.is_empty());
    let out = mtlint(
        &["check", "--fix", "-"],
        Some(b"It ended. .\nThe the end.\n"),
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "It ended.\nThe end.\n"
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("fixed 2 findings in 1 file"));
}

// #17 item 10
#[test]
fn a_file_that_is_not_text_met_in_a_walk_is_skipped_with_a_note() {
    let dir = temp_dir("walk-binary");
    std::fs::write(dir.join("blob.txt"), b"PK\x03\x04\x00\x00binary").unwrap();
    std::fs::write(dir.join("latin1.txt"), b"caf\xe9 au lait").unwrap();
    std::fs::write(dir.join("good.txt"), "It ended. .\n").unwrap();
    let out = mtlint(&["check", "--format", "brief", dir.to_str().unwrap()], None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("blob.txt: a binary file"), "{stderr}");
    assert!(stderr.contains("latin1.txt: invalid UTF-8"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("good.txt:1:"));
    // named on the command line, it stays an error
    let blob = dir.join("blob.txt");
    let out = mtlint(&["check", blob.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
}

// #17 item 11
#[test]
fn score_honours_the_configuration_and_rule_flags_and_fails_above_a_threshold() {
    let dir = temp_dir("score-config");
    let text = "Rain fell.\nThis page has been robot translated, sorry for typos if any.\n";
    std::fs::write(dir.join("a.txt"), text).unwrap();
    let a = dir.join("a.txt");
    let a = a.to_str().unwrap();
    let findings = |args: &[&str]| -> (u64, Option<i32>) {
        let out = mtlint(&[&["score", "--format", "json"], args, &[a]].concat(), None);
        (
            json(&out)[0]["findings"].as_u64().unwrap(),
            out.status.code(),
        )
    };
    assert_eq!(findings(&[]), (1, Some(0)));
    assert_eq!(findings(&["--disable", "boilerplate"]), (0, Some(0)));
    assert_eq!(findings(&["--fail-above", "0.5"]), (1, Some(1)));
    std::fs::write(dir.join("mtlint.toml"), "[rules]\nboilerplate = \"off\"\n").unwrap();
    assert_eq!(findings(&[]), (0, Some(0)));
    assert_eq!(
        findings(&["--enable", "boilerplate/mt-disclaimer"]),
        (1, Some(0))
    );
    let out = mtlint(&["score", "-"], Some(b"Hello"));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("(1 word)"), "{s}");
}

// #17 item 12
#[test]
fn version_completions_rules_json_quiet_statistics_and_output_file() {
    let out = mtlint(&["--version"], None);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("mtlint {}\n", env!("CARGO_PKG_VERSION"))
    );
    for shell in ["bash", "zsh", "fish"] {
        let out = mtlint(&["completions", shell], None);
        assert_eq!(out.status.code(), Some(0));
        let script = String::from_utf8_lossy(&out.stdout);
        assert!(
            script.contains("mtlint") && script.contains("unsafe-fixes"),
            "{shell}"
        );
    }
    let out = mtlint(&["rules", "--format", "json"], None);
    let rules = json(&out);
    assert_eq!(rules.len(), mtlint::rules::all().len());
    assert!(rules
        .iter()
        .all(|r| r["id"].is_string() && r["default_enabled"].is_boolean()));
    let text = b"It ended. .\nThe the end. .\n";
    let out = mtlint(&["check", "--quiet", "-"], Some(text));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        s.contains("stray second period") && !s.contains("findings in"),
        "{s}"
    );
    let out = mtlint(&["check", "--statistics", "-"], Some(text));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "2\tpunctuation/doubled-punctuation\n1\trepetition/duplicated-word\n"
    );
    assert_eq!(out.status.code(), Some(1));
    let report = temp_dir("output-file").join("report.json");
    let out = mtlint(
        &[
            "check",
            "--format",
            "json",
            "--output-file",
            report.to_str().unwrap(),
            "-",
        ],
        Some(text),
    );
    assert!(out.stdout.is_empty());
    let written: Vec<serde_json::Value> =
        serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(written.len(), 3);
}

// #17 item 14
#[test]
fn the_package_names_both_licences_its_repository_and_ships_a_pre_commit_hook() {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |p: &str| std::fs::read_to_string(format!("{root}/{p}")).unwrap_or_default();
    assert!(read("LICENSE-MIT").contains("Permission is hereby granted"));
    assert!(read("LICENSE-APACHE").contains("Apache License"));
    assert!(read("CHANGELOG.md").contains(env!("CARGO_PKG_VERSION")));
    assert!(!env!("CARGO_PKG_REPOSITORY").is_empty());
    let hooks = read(".pre-commit-hooks.yaml");
    assert!(hooks.contains("id: mtlint") && hooks.contains("entry: mtlint check"));
    assert!(read("README.md").contains("github/codeql-action/upload-sarif"));
}

#[test]
fn unsafe_fixes_keep_the_period_after_an_entity() {
    let file = temp_file(
        "entity-semicolon.txt",
        "She wrote &#8220;done&#8221;. Then she went home.\n".as_bytes(),
    );
    let out = mtlint(
        &["check", "--fix", "--unsafe-fixes", file.to_str().unwrap()],
        None,
    );
    assert!(out.status.code().is_some(), "{out:?}");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "She wrote “done”. Then she went home.\n"
    );
}

#[test]
fn fix_in_an_html_file_leaves_the_elements_whole() {
    let file = temp_file(
        "debris.html",
        b"<html><body><p>The harbour froze over in January.</p>\n<p>Back to top button</p>\n</body></html>\n",
    );
    let out = mtlint(&["check", "--fix", file.to_str().unwrap()], None);
    assert!(out.status.code().is_some(), "{out:?}");
    let fixed = std::fs::read_to_string(&file).unwrap();
    assert!(!fixed.contains("Back to top"), "{fixed}");
    // every end tag closes the element opened last
    let mut open: Vec<Vec<u8>> = Vec::new();
    for token in html5gum::Tokenizer::new(fixed.as_str()).flatten() {
        match token {
            html5gum::Token::StartTag(t) => open.push(t.name.to_vec()),
            html5gum::Token::EndTag(t) => {
                assert_eq!(open.pop().as_deref(), Some(t.name.as_slice()), "{fixed}")
            }
            _ => {}
        }
    }
    assert!(open.is_empty(), "{fixed}");
}
