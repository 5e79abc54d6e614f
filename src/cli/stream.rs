//! `mtlint stream`: JSON Lines records in, one JSON line per record out, in
//! input order, for pipelines (Spark's `RDD.pipe`, Beam, `xargs`). Records are
//! read a window at a time and worked on by all cores, so memory holds one
//! window, never the whole input.

use super::args::{MarkupArg, StreamArgs};
use super::config::{self, DetectorOptions};
use super::inputs::Input;
use super::parallel::ordered_map;
use mtlint::{Detector, Finding, LineIndex, Markup};
use serde_json::{Map, Value};
use std::collections::HashSet;
use std::io::{self, BufRead, Write};
use std::process::ExitCode;

/// Records read and worked on at once, per thread.
const WINDOW_PER_THREAD: usize = 256;

/// How records are scanned: the detector of the score (every rule on, then the
/// configuration and the flags, as `mtlint score`), and the rules whose findings
/// are listed (those `check -` runs: the defaults, then the configuration).
struct Scan {
    detector: Detector,
    listed: HashSet<&'static str>,
}

/// The result line for one input line: the record's score and findings, or
/// an error record naming the id (when it could be read) and the line.
fn process(scan: &Scan, default: Markup, line_no: usize, line: &str) -> String {
    let record: Map<String, Value> = match serde_json::from_str(line) {
        Ok(Value::Object(o)) => o,
        Ok(_) => return error_line(None, line_no, "a record must be a JSON object"),
        Err(e) => return error_line(None, line_no, &format!("not JSON: {e}")),
    };
    let id = record.get("id").cloned();
    let Some(text) = record.get("text").and_then(Value::as_str) else {
        return error_line(id, line_no, "the record has no \"text\" string");
    };
    let markup = match record.get("markup") {
        None | Some(Value::Null) => default,
        Some(Value::String(m)) if m == "plain" => Markup::Plain,
        Some(Value::String(m)) if m == "markdown" => Markup::Markdown,
        Some(Value::String(m)) if m == "html" => Markup::Html,
        Some(other) => {
            let msg = format!("unknown markup {other} (plain, markdown or html)");
            return error_line(id, line_no, &msg);
        }
    };
    // one scan with the score's rules (every rule on, the configuration on top);
    // the findings listed are those of the rules `check` runs
    let scored = scan.detector.scan_markup(text, markup);
    let score = mtlint::score(text, &scored);
    let listed: Vec<Finding> = scored
        .iter()
        .filter(|f| scan.listed.contains(f.rule))
        .cloned()
        .collect();
    let index = LineIndex::new(text);
    let report = score.report("", text, &scored, &index).listing(&listed);
    let object = serde_json::to_string(&report).unwrap_or_else(|_| "{}".into());
    // the id first: the record's object after it
    let mut out = String::with_capacity(object.len() + 16);
    out.push_str("{\"id\":");
    out.push_str(&id.unwrap_or(Value::Null).to_string());
    match object.strip_prefix('{') {
        Some(rest) if rest != "}" => {
            out.push(',');
            out.push_str(rest);
        }
        _ => out.push('}'),
    }
    out
}

/// `{"id": ..., "line": N, "error": "..."}` (the id only when the record had one).
fn error_line(id: Option<Value>, line_no: usize, msg: &str) -> String {
    let id = id.map_or(String::new(), |id| format!("\"id\":{id},"));
    format!("{{{id}\"line\":{line_no},\"error\":{}}}", Value::from(msg))
}

/// Runs `mtlint stream`. Exit status 0 when every record was read (error
/// records included: the stream goes on), 2 when standard input or output
/// fails or the configuration is bad.
pub fn stream(o: &StreamArgs) -> ExitCode {
    // the configuration is the one `check -` would use: --config, or found
    // from the current directory
    let inputs = vec![Input {
        name: "-".to_string(),
        path: None,
        walked: false,
    }];
    let detector = |all_rules: bool| {
        let options = DetectorOptions {
            config: o.config.as_deref(),
            enable: &o.enable,
            disable: &o.disable,
            names: &o.names,
            idioms: &o.idioms,
            all_rules,
        };
        let mut inputs = inputs.clone();
        config::setup(&mut inputs, &HashSet::new(), &options)
            .map(|mut s| (!s.detectors.is_empty()).then(|| s.detectors.swap_remove(0)))
    };
    let scan = match (detector(true), detector(false)) {
        (Ok(scored), Ok(checked)) => Scan {
            detector: scored
                .or_else(|| Detector::builder().all().build().ok())
                .unwrap_or_default(),
            listed: checked.unwrap_or_default().rule_ids().collect(),
        },
        (Err(msg), _) | (_, Err(msg)) => {
            eprintln!("mtlint: {msg}");
            return ExitCode::from(2);
        }
    };
    let markup = match o.markup {
        Some(MarkupArg::Markdown) => Markup::Markdown,
        Some(MarkupArg::Html) => Markup::Html,
        Some(MarkupArg::Plain) | None => Markup::Plain,
    };
    let threads = o
        .threads
        .map(usize::from)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let window = threads * WINDOW_PER_THREAD;
    let mut input = io::stdin().lock();
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut line_no = 0usize;
    // (line number, line) of the window being worked on
    let mut batch: Vec<(usize, String)> = Vec::with_capacity(window);
    let mut done = false;
    while !done {
        batch.clear();
        while batch.len() < window {
            let mut line = String::new();
            match input.read_line(&mut line) {
                Ok(0) => {
                    done = true;
                    break;
                }
                Ok(_) => {
                    line_no += 1;
                    // a blank line is no record
                    if !line.trim().is_empty() {
                        batch.push((line_no, line));
                    }
                }
                Err(e) => {
                    // not UTF-8, or the read failed: an error record, and on
                    // (read_line consumed the bad line)
                    line_no += 1;
                    if e.kind() != io::ErrorKind::InvalidData {
                        eprintln!("mtlint: standard input: {e}");
                        return ExitCode::from(2);
                    }
                    batch.push((line_no, String::new()));
                }
            }
        }
        let mut failed = false;
        ordered_map(
            batch.len(),
            threads,
            |k| {
                let (n, line) = &batch[k];
                if line.is_empty() {
                    error_line(None, *n, "not UTF-8")
                } else {
                    process(&scan, markup, *n, line)
                }
            },
            // a record's result is one line of JSON: batched like any small result
            |_| false,
            |_, result| {
                if !failed {
                    failed = writeln!(out, "{result}").is_err();
                }
            },
        );
        // a reader that went away (a closed pipe) ends the stream
        if failed || out.flush().is_err() {
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
