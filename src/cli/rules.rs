//! `mtlint rules` and `mtlint explain`: what the rules are and what each catches.

use super::args::RulesFormat;
use mtlint::{Detector, RuleMeta};
use std::fmt::Write as _;
use std::io::{self, Write};
use std::process::ExitCode;

/// Lists the rules: id, category, default severity, on or off by default,
/// summary; as a table or a JSON array.
pub fn list(format: RulesFormat) -> ExitCode {
    let mut out = io::stdout().lock();
    let metas = mtlint::rules::all();
    match format {
        RulesFormat::Table => {
            for m in metas {
                let on = if m.default_enabled { "on" } else { "off" };
                let _ = writeln!(
                    out,
                    "{:<42} {:<15} {:<8} {:<4} {}",
                    m.id,
                    m.category.as_str(),
                    m.severity.as_str(),
                    on,
                    m.summary
                );
            }
        }
        RulesFormat::Json => {
            let rules: Vec<serde_json::Value> = metas
                .map(|m| {
                    serde_json::json!({
                        "id": m.id,
                        "family": m.family(),
                        "category": m.category.as_str(),
                        "severity": m.severity.as_str(),
                        "default_enabled": m.default_enabled,
                        "summary": m.summary,
                    })
                })
                .collect();
            let _ = serde_json::to_writer_pretty(&mut out, &rules);
            let _ = writeln!(out);
        }
    }
    ExitCode::SUCCESS
}

/// What a rule finds, its examples and how to silence it: the text of
/// `mtlint explain`, and SARIF's full description of the rule.
pub fn explain_text(m: &RuleMeta) -> String {
    let mut s = String::new();
    let id = m.id;
    let _ = writeln!(s, "{id}\n\n{}\n", m.summary);
    let _ = writeln!(
        s,
        "category: {}; default severity: {}; {} by default",
        m.category,
        m.severity,
        if m.default_enabled {
            "on"
        } else {
            "off (turn it on with --enable)"
        }
    );
    let _ = writeln!(s, "\nFlags (and fixes to):");
    for ex in m.flags {
        let _ = writeln!(s, "  {:?}\n    -> {:?}", ex.text, ex.fixed);
    }
    let _ = writeln!(s, "\nLeaves alone:");
    for ex in m.passes {
        let _ = writeln!(s, "  {ex:?}");
    }
    let _ = writeln!(
        s,
        "\nTo silence it: --disable {id} (or --disable {}), or put `mtlint-disable-next-line {id}` on the line before.",
        m.family()
    );
    s
}

/// Explains a rule: what it finds, its examples, how to silence it.
pub fn explain(id: &str) -> ExitCode {
    let Some(meta) = mtlint::rules::all().find(|m| m.id == id) else {
        // the builder's error names the closest rule
        let msg = match Detector::builder().enable(id).build() {
            Err(e) => e.to_string(),
            Ok(_) => format!("`{id}` is a family; name one of its rules (see `mtlint rules`)"),
        };
        eprintln!("mtlint: {msg}");
        return ExitCode::from(2);
    };
    let _ = io::stdout().lock().write_all(explain_text(meta).as_bytes());
    ExitCode::SUCCESS
}
