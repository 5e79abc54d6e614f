//! `mtlint rules` and `mtlint explain`: what the rules are and what each catches.

use mtlint::Detector;
use std::io::{self, Write};
use std::process::ExitCode;

/// Lists the rules: id, category, default severity, on or off by default, summary.
pub fn list() -> ExitCode {
    let mut out = io::stdout().lock();
    for rule in mtlint::rules::registry() {
        let m = rule.meta();
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
    ExitCode::SUCCESS
}

/// Explains a rule: what it finds, its examples, how to silence it.
pub fn explain(id: &str) -> ExitCode {
    let Some(rule) = mtlint::rules::registry().iter().find(|r| r.meta().id == id) else {
        // the builder's error names the closest rule
        let msg = match Detector::builder().enable(id).build() {
            Err(e) => e.to_string(),
            Ok(_) => format!("`{id}` is a family; name one of its rules (see `mtlint rules`)"),
        };
        eprintln!("mtlint: {msg}");
        return ExitCode::from(2);
    };
    let m = rule.meta();
    let mut out = io::stdout().lock();
    let _ = writeln!(out, "{}\n\n{}\n", m.id, m.summary);
    let _ = writeln!(
        out,
        "category: {}; default severity: {}; {} by default",
        m.category,
        m.severity,
        if m.default_enabled {
            "on"
        } else {
            "off (turn it on with --enable)"
        }
    );
    let _ = writeln!(out, "\nFlags (and fixes to):");
    for ex in m.flags {
        let _ = writeln!(out, "  {:?}\n    -> {:?}", ex.text, ex.fixed);
    }
    let _ = writeln!(out, "\nLeaves alone:");
    for ex in m.passes {
        let _ = writeln!(out, "  {ex:?}");
    }
    let _ = writeln!(
        out,
        "\nTo silence it: --disable {id} (or --disable {}), or put `mtlint-disable-next-line {id}` on the line before.",
        m.family()
    );
    ExitCode::SUCCESS
}
