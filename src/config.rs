//! `mtlint.toml` as a library feature (`config`): parse a configuration from
//! its text and resolve it for a file, so that an editorial pipeline and CI
//! share one file. Nothing here reads files: finding the configuration, reading
//! it and the name and idiom files it lists is the caller's (the CLI's) part.
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
//!
//! ```
//! use mtlint::config::Config;
//! let config = Config::parse(
//!     "accept = [\"Kit Kat\"]\n[rules]\nlocale = \"off\"\n[[overrides]]\nfiles = [\"news/**\"]\nrules = { locale = \"error\" }\n",
//!     "mtlint.toml",
//! )?;
//! let text = "Kit Kat Kit Kat sales rose 2,5% in May.";
//! let docs = config.resolve("docs/a.md").builder().build()?;
//! assert!(docs.scan(text).is_empty());
//! let news = config.resolve("news/a.md").builder().build()?;
//! let found = news.scan(text);
//! assert_eq!(found.len(), 1);
//! assert_eq!((found[0].rule, found[0].severity), ("locale/decimal-comma", mtlint::Severity::Error));
//! # Ok::<(), mtlint::Error>(())
//! ```

use crate::{Detector, DetectorBuilder, Error, Severity};
use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// The names a configuration file may have, in the order they are looked for.
pub const FILE_NAMES: &[&str] = &["mtlint.toml", ".mtlint.toml"];

/// A rule's level in a configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The rule does not run.
    Off,
    /// The rule runs at [`Severity::Info`].
    Info,
    /// The rule runs at [`Severity::Warning`].
    Warning,
    /// The rule runs at [`Severity::Error`].
    Error,
}

/// The settings of a configuration file, as written.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Rule levels by rule id or family.
    #[serde(default)]
    pub rules: BTreeMap<String, Level>,
    /// Extra name data files, relative to the configuration file.
    #[serde(default)]
    pub names: Vec<String>,
    /// Extra idiom files, relative to the configuration file.
    #[serde(default)]
    pub idioms: Vec<String>,
    /// Words and phrases never flagged.
    #[serde(default)]
    pub accept: Vec<String>,
    /// Globs of files never checked, relative to the configuration file.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Rule levels for the files matching some globs.
    #[serde(default)]
    pub overrides: Vec<Override>,
}

/// Rule levels for the files matching some globs.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Override {
    /// Globs relative to the configuration file.
    pub files: Vec<String>,
    /// Rule levels by rule id or family, over the base table's.
    #[serde(default)]
    pub rules: BTreeMap<String, Level>,
}

/// A parsed and checked configuration.
#[derive(Debug, Clone, Default)]
pub struct Config {
    settings: Settings,
    exclude: GlobSet,
    overrides: Vec<GlobSet>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

fn config_error(source: &str, text: &str, at: usize, message: impl Into<String>) -> Error {
    Error::Config {
        file: source.to_string(),
        line: line_of(text, at),
        message: message.into(),
    }
}

fn globs(source: &str, text: &str, patterns: &[String]) -> Result<GlobSet, Error> {
    let mut b = GlobSetBuilder::new();
    for p in patterns {
        let g = Glob::new(p).map_err(|e| {
            let at = text.find(p.as_str()).unwrap_or(0);
            config_error(source, text, at, format!("bad glob `{p}`: {e}"))
        })?;
        b.add(g);
    }
    b.build()
        .map_err(|e| config_error(source, text, 0, e.to_string()))
}

impl Config {
    /// Parses and checks the text of a configuration file; `source` names it in
    /// errors, which give the line. Unknown keys, bad globs and unknown rule ids
    /// or families are errors.
    ///
    /// ```
    /// use mtlint::config::Config;
    /// let err = Config::parse("[rules]\n\"encoding/mojbake\" = \"off\"\n", "mtlint.toml").unwrap_err();
    /// assert_eq!(err.to_string(), "mtlint.toml:2: unknown rule or family `encoding/mojbake` (did you mean `encoding/mojibake`?)");
    /// ```
    pub fn parse(text: &str, source: &str) -> Result<Config, Error> {
        let settings: Settings = toml::from_str(text).map_err(|e| {
            let at = e.span().map_or(0, |s| s.start);
            config_error(source, text, at, e.message())
        })?;
        let exclude = globs(source, text, &settings.exclude)?;
        let overrides = settings
            .overrides
            .iter()
            .map(|o| globs(source, text, &o.files))
            .collect::<Result<Vec<_>, _>>()?;
        let names = settings
            .rules
            .keys()
            .chain(settings.overrides.iter().flat_map(|o| o.rules.keys()));
        for name in names {
            if let Err(e) = Detector::builder().enable(name.as_str()).build() {
                let at = text
                    .find(&format!("\"{name}\""))
                    .or_else(|| text.find(name.as_str()))
                    .unwrap_or(0);
                return Err(config_error(source, text, at, e.to_string()));
            }
        }
        Ok(Config {
            settings,
            exclude,
            overrides,
        })
    }

    /// The settings as written.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// What applies to a file, given by its path relative to the configuration
    /// file's directory (`docs/intro.md`).
    pub fn resolve(&self, relative: impl AsRef<Path>) -> Resolved<'_> {
        let relative = relative.as_ref();
        let excluded = !self.exclude.is_empty() && self.exclude.is_match(relative);
        let mut levels: Vec<(&str, Level)> = self
            .settings
            .rules
            .iter()
            .map(|(k, l)| (k.as_str(), *l))
            .collect();
        let mut overrides = Vec::new();
        for (i, globs) in self.overrides.iter().enumerate() {
            if globs.is_match(relative) {
                overrides.push(i);
                levels.extend(
                    self.settings.overrides[i]
                        .rules
                        .iter()
                        .map(|(k, l)| (k.as_str(), *l)),
                );
            }
        }
        Resolved {
            excluded,
            overrides,
            levels,
            accept: &self.settings.accept,
        }
    }
}

/// A configuration resolved for one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved<'a> {
    /// Whether the configuration excludes the file.
    pub excluded: bool,
    /// The overrides that apply, by their index in the file.
    pub overrides: Vec<usize>,
    /// The rule levels in the order they apply: the base table, then each
    /// matching override's.
    pub levels: Vec<(&'a str, Level)>,
    /// The accepted words and phrases.
    pub accept: &'a [String],
}

impl Resolved<'_> {
    /// Applies the levels and accepted words to a builder (which may hold
    /// settings of its own before, and take more after).
    pub fn apply(&self, mut b: DetectorBuilder) -> DetectorBuilder {
        for &(id, level) in &self.levels {
            b = match level {
                Level::Off => b.disable(id),
                Level::Info => b.enable(id).severity(id, Severity::Info),
                Level::Warning => b.enable(id).severity(id, Severity::Warning),
                Level::Error => b.enable(id).severity(id, Severity::Error),
            };
        }
        b.accept(self.accept.iter().cloned())
    }

    /// A detector builder with the levels and accepted words applied (the
    /// name and idiom files the configuration lists are the caller's to read
    /// and add).
    pub fn builder(&self) -> DetectorBuilder {
        self.apply(Detector::builder())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_source_and_line() {
        let err = Config::parse("accept = [\"a\"]\nbogus = 1\n", "team.toml").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("team.toml:2: unknown field `bogus`"),
            "{err}"
        );
        let err = Config::parse("exclude = [\"a/[\"]\n", "team.toml").unwrap_err();
        assert!(
            err.to_string().starts_with("team.toml:1: bad glob `a/[`"),
            "{err}"
        );
    }

    #[test]
    fn overrides_apply_after_the_base_table_to_matching_files_only() {
        let c = Config::parse(
            "exclude = [\"vendor/**\"]\n[rules]\nnames = \"off\"\n[[overrides]]\nfiles = [\"docs/*.md\"]\nrules = { names = \"error\" }\n",
            "c.toml",
        )
        .unwrap();
        let docs = c.resolve("docs/a.md");
        assert_eq!(
            docs.levels,
            [("names", Level::Off), ("names", Level::Error)]
        );
        assert_eq!(docs.overrides, [0]);
        assert!(!docs.excluded);
        let other = c.resolve("src/a.md");
        assert_eq!(other.levels, [("names", Level::Off)]);
        assert!(c.resolve("vendor/x/a.txt").excluded);
    }
}
