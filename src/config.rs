//! `mtlint.toml`: the command-line tool's configuration, found by walking up from
//! each file (or named with `--config`).
//!
//! ```toml
//! names = ["our-outlets.tsv"]      # extra name data, relative to this file
//! idioms = ["our-idioms.txt"]      # extra possessive idioms, relative to this file
//! accept = ["KitKat", "Kit Kat"]   # text never flagged
//! exclude = ["vendor/**"]          # files never checked
//!
//! # rule levels by id or family: off, info, warning, error
//! [rules]
//! "punctuation/missing-space-after-sentence" = "warning"
//! "names/name-consistency" = "off"
//!
//! [[overrides]]
//! files = ["docs/**/*.md"]
//! rules = { "names" = "off" }
//! ```

use globset::{Glob, GlobSet, GlobSetBuilder};
use mtlint::{Detector, Severity};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The names a configuration file may have, in the order they are looked for.
pub const FILE_NAMES: &[&str] = &["mtlint.toml", ".mtlint.toml"];

/// A rule's level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Info,
    Warning,
    Error,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    #[serde(default)]
    pub rules: BTreeMap<String, Level>,
    #[serde(default)]
    pub names: Vec<String>,
    #[serde(default)]
    pub idioms: Vec<String>,
    #[serde(default)]
    pub accept: Vec<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
    #[serde(default)]
    pub overrides: Vec<Override>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Override {
    pub files: Vec<String>,
    #[serde(default)]
    pub rules: BTreeMap<String, Level>,
}

/// A parsed configuration file.
#[derive(Debug)]
pub struct Config {
    /// Where it was read from (None: the defaults).
    pub path: Option<PathBuf>,
    pub settings: Settings,
    text: String,
    exclude: GlobSet,
    overrides: Vec<GlobSet>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

fn globs(path: &Path, text: &str, patterns: &[String]) -> Result<GlobSet, String> {
    let mut b = GlobSetBuilder::new();
    for p in patterns {
        let g = Glob::new(p).map_err(|e| {
            let at = text.find(p.as_str()).unwrap_or(0);
            format!(
                "{}:{}: bad glob `{p}`: {e}",
                path.display(),
                line_of(text, at)
            )
        })?;
        b.add(g);
    }
    b.build().map_err(|e| format!("{}: {e}", path.display()))
}

impl Config {
    /// No file: the defaults.
    pub fn default_config() -> Config {
        Config {
            path: None,
            settings: Settings::default(),
            text: String::new(),
            exclude: GlobSet::empty(),
            overrides: Vec::new(),
        }
    }

    /// Reads and checks a configuration file; errors name the file and line.
    pub fn load(path: &Path) -> Result<Config, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let settings: Settings = toml::from_str(&text).map_err(|e| {
            let line = e.span().map_or(1, |s| line_of(&text, s.start));
            format!("{}:{line}: {}", path.display(), e.message())
        })?;
        let exclude = globs(path, &text, &settings.exclude)?;
        let overrides = settings
            .overrides
            .iter()
            .map(|o| globs(path, &text, &o.files))
            .collect::<Result<Vec<_>, _>>()?;
        let config = Config {
            path: Some(path.to_path_buf()),
            settings,
            text,
            exclude,
            overrides,
        };
        // every rule id and family must exist: build once to find out
        for (k, _) in config.all_rule_settings() {
            if let Err(e) = Detector::builder().enable(k.as_str()).build() {
                let at = config
                    .text
                    .find(&format!("\"{k}\""))
                    .or_else(|| config.text.find(k.as_str()))
                    .unwrap_or(0);
                return Err(format!(
                    "{}:{}: {e}",
                    path.display(),
                    line_of(&config.text, at)
                ));
            }
        }
        Ok(config)
    }

    fn all_rule_settings(&self) -> impl Iterator<Item = (&String, &Level)> {
        self.settings
            .rules
            .iter()
            .chain(self.settings.overrides.iter().flat_map(|o| o.rules.iter()))
    }

    /// The directory relative paths are taken from.
    pub fn base(&self) -> PathBuf {
        self.path
            .as_ref()
            .and_then(|p| p.parent())
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."))
    }

    fn relative(&self, file: &Path) -> PathBuf {
        let base = self.base();
        let abs = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        abs(file)
            .strip_prefix(abs(&base))
            .map(Path::to_path_buf)
            .unwrap_or_else(|_| file.to_path_buf())
    }

    /// Whether the configuration excludes `file`.
    pub fn excludes(&self, file: &Path) -> bool {
        !self.exclude.is_empty() && self.exclude.is_match(self.relative(file))
    }

    /// The overrides that apply to `file`, by index.
    pub fn overrides_for(&self, file: &Path) -> Vec<usize> {
        if self.overrides.is_empty() {
            return Vec::new();
        }
        let rel = self.relative(file);
        self.overrides
            .iter()
            .enumerate()
            .filter(|(_, g)| g.is_match(&rel))
            .map(|(i, _)| i)
            .collect()
    }

    /// The rule levels for `file`: the base table, then each matching override.
    pub fn levels_for(&self, overrides: &[usize]) -> Vec<(String, Level)> {
        let mut v: Vec<(String, Level)> = self
            .settings
            .rules
            .iter()
            .map(|(k, l)| (k.clone(), *l))
            .collect();
        for &i in overrides {
            v.extend(
                self.settings.overrides[i]
                    .rules
                    .iter()
                    .map(|(k, l)| (k.clone(), *l)),
            );
        }
        v
    }

    /// The detector for a file: configuration levels, then the command line's
    /// --disable and --enable, then extra name and idiom files.
    pub fn detector(
        &self,
        overrides: &[usize],
        enable: &[String],
        disable: &[String],
        names: &[PathBuf],
        idioms: &[PathBuf],
    ) -> Result<Detector, String> {
        let mut b = Detector::builder();
        for (id, level) in self.levels_for(overrides) {
            b = match level {
                Level::Off => b.disable(id),
                Level::Info => b.enable(id.clone()).severity(id, Severity::Info),
                Level::Warning => b.enable(id.clone()).severity(id, Severity::Warning),
                Level::Error => b.enable(id.clone()).severity(id, Severity::Error),
            };
        }
        for d in disable {
            b = b.disable(d.as_str());
        }
        for e in enable {
            b = b.enable(e.as_str());
        }
        let base = self.base();
        for n in &self.settings.names {
            let p = base.join(n);
            let text = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            b = b.names(p.display().to_string(), text);
        }
        for p in names {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            b = b.names(p.display().to_string(), text);
        }
        for p in self
            .settings
            .idioms
            .iter()
            .map(|i| base.join(i))
            .chain(idioms.iter().cloned())
        {
            let text = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            b = b.idioms(p.display().to_string(), text);
        }
        b.build().map_err(|e| e.to_string())
    }

    /// Drops the findings that lie inside (or cover) an accepted word or phrase.
    pub fn filter_accepted(&self, text: &str, findings: &mut Vec<mtlint::Finding>) {
        if self.settings.accept.is_empty() || findings.is_empty() {
            return;
        }
        let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
        for a in self.settings.accept.iter().filter(|a| !a.is_empty()) {
            ranges.extend(text.match_indices(a.as_str()).map(|(i, m)| i..i + m.len()));
        }
        findings.retain(|f| {
            !ranges.iter().any(|r| {
                (r.start <= f.span.start && f.span.end <= r.end)
                    || (f.span.start <= r.start && r.end <= f.span.end)
            })
        });
    }
}

/// The configuration file for `file`: the first of [`FILE_NAMES`] found walking
/// up from its directory.
pub fn find_for(file: &Path) -> Option<PathBuf> {
    let start = std::fs::canonicalize(file)
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .or_else(|| std::env::current_dir().ok())?;
    let mut dir = Some(start.as_path());
    while let Some(d) = dir {
        for name in FILE_NAMES {
            let c = d.join(name);
            if c.is_file() {
                return Some(c);
            }
        }
        dir = d.parent();
    }
    None
}
