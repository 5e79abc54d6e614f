//! `mtlint stream`: JSON Lines records in, one JSON line per record out, in
//! input order, for pipelines (Spark's `RDD.pipe`, Beam, `xargs`). Records are
//! read a window at a time and worked on by all cores, so memory holds one
//! window, never the whole input.

use super::args::{MarkupArg, StreamArgs};
use super::config::{self, DetectorOptions};
use super::inputs::Input;
use super::parallel::ordered_map;
use mtlint::{Detector, LineIndex, Markup};
use serde_json::{Map, Value};
use std::collections::HashSet;
use std::io::{self, BufRead, Write};
use std::process::ExitCode;

/// Records read and worked on at once, per thread.
const WINDOW_PER_THREAD: usize = 256;

/// The result line for one input line: the record's findings and score, or
/// an error record naming the id (when it could be read) and the line.
fn process(detector: &Detector, default: Markup, line_no: usize, line: &str) -> String {
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
    let findings = detector.scan_markup(text, markup);
    let score = mtlint::score(text, &findings);
    let index = LineIndex::new(text);
    let mut out = String::with_capacity(128);
    out.push_str("{\"id\":");
    out.push_str(&id.unwrap_or(Value::Null).to_string());
    out.push_str(&format!(",\"words\":{},\"score\":", score.words));
    let rounded = (score.score * 1000.0).round() / 1000.0;
    out.push_str(&serde_json::to_string(&rounded).unwrap_or_else(|_| "null".into()));
    out.push_str(&format!(
        ",\"machine_translated\":{},\"findings\":[",
        score.machine_translated
    ));
    for (k, f) in findings.iter().enumerate() {
        // the CLI's object without its first field, the path: the id names the record
        let object = serde_json::to_string(&f.located("", text, &index)).unwrap_or_default();
        if k > 0 {
            out.push(',');
        }
        match object.strip_prefix(r#"{"path":"","#) {
            Some(rest) => {
                out.push('{');
                out.push_str(rest);
            }
            None => out.push_str(&object),
        }
    }
    out.push_str("]}");
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
    let mut inputs = vec![Input {
        name: "-".to_string(),
        path: None,
        walked: false,
    }];
    let options = DetectorOptions {
        config: o.config.as_deref(),
        enable: &o.enable,
        disable: &o.disable,
        names: &o.names,
        idioms: &o.idioms,
        all_rules: false,
    };
    let setup = match config::setup(&mut inputs, &HashSet::new(), &options) {
        Ok(s) => s,
        Err(msg) => {
            eprintln!("mtlint: {msg}");
            return ExitCode::from(2);
        }
    };
    let default_detector = Detector::new();
    let detector = setup.detectors.first().unwrap_or(&default_detector);
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
                    process(detector, markup, *n, line)
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
