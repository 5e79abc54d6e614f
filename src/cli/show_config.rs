//! `mtlint config --print`: the configuration in force for a file.

use super::config::{self, Loaded};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Prints the configuration found for `path` (or `explicit`) and the rules it enables.
pub fn print_config(path: Option<&Path>, explicit: Option<&Path>) -> ExitCode {
    let file = path
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let found = explicit.map(Path::to_path_buf).or_else(|| {
        config::find_for(&file.join("x"))
            .filter(|_| file.is_dir())
            .or_else(|| config::find_for(&file))
    });
    let c = match &found {
        Some(p) => match Loaded::load(p) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("mtlint: {e}");
                return ExitCode::from(2);
            }
        },
        None => Loaded::default(),
    };
    let applies = c.for_file(&file);
    let detector = match c.detector(&file, &[], &[], &[], &[], false) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("mtlint: {e}");
            return ExitCode::from(2);
        }
    };
    let mut out = io::stdout().lock();
    let _ = writeln!(
        out,
        "# configuration: {}",
        found
            .as_ref()
            .map_or("none (defaults)".to_string(), |p| p.display().to_string())
    );
    let _ = writeln!(
        out,
        "# for: {}{}",
        file.display(),
        if applies.excluded { " (excluded)" } else { "" }
    );
    let _ = writeln!(out, "# overrides that apply: {:?}", applies.overrides);
    let _ = write!(
        out,
        "{}",
        toml::to_string(c.config.settings()).unwrap_or_default()
    );
    let _ = writeln!(out, "# rules enabled for this file:");
    for id in detector.rule_ids() {
        let _ = writeln!(out, "#   {id}");
    }
    ExitCode::SUCCESS
}
