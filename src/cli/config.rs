//! The configuration files of a run: found by walking up from each file (or
//! named with `--config`), read, and turned into a detector with the command
//! line's options. Parsing and resolving are the library's (`mtlint::config`).

use super::inputs::Inputs;
use mtlint::config::{Config, FILE_NAMES};
use mtlint::Detector;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// What the command line says about the detectors: options over every
/// configuration.
pub struct DetectorOptions<'a> {
    /// `--config`: the one configuration file, instead of looking for one.
    pub config: Option<&'a Path>,
    /// `--enable`.
    pub enable: &'a [String],
    /// `--disable`.
    pub disable: &'a [String],
    /// `--names`.
    pub names: &'a [PathBuf],
    /// `--idioms`.
    pub idioms: &'a [PathBuf],
    /// Start from every rule on (`score`: its weights were learned so) rather than
    /// the defaults; the configuration and the flags still apply after.
    pub all_rules: bool,
}

/// A configuration file as loaded: where it was read from and what it says.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Where it was read from (none: the defaults).
    pub path: Option<PathBuf>,
    /// The parsed configuration.
    pub config: Config,
}

/// What applies to one file: whether it is excluded, and the key of the
/// detector it needs (files with the same key share a detector).
pub struct ForFile {
    /// Whether the configuration excludes the file.
    pub excluded: bool,
    /// The overrides that apply to it, by index.
    pub overrides: Vec<usize>,
}

impl Loaded {
    /// Reads and checks a configuration file; errors name the file and line.
    pub fn load(path: &Path) -> Result<Loaded, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let config =
            Config::parse(&text, &path.display().to_string()).map_err(|e| e.to_string())?;
        Ok(Loaded {
            path: Some(path.to_path_buf()),
            config,
        })
    }

    /// The directory relative paths are taken from.
    pub fn base(&self) -> PathBuf {
        self.path
            .as_ref()
            .and_then(|p| p.parent())
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."))
    }

    /// `file`'s path relative to the configuration's directory.
    fn relative(&self, file: &Path) -> PathBuf {
        let base = self.base();
        let abs = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        abs(file)
            .strip_prefix(abs(&base))
            .map(Path::to_path_buf)
            .unwrap_or_else(|_| file.to_path_buf())
    }

    /// What applies to `file`.
    pub fn for_file(&self, file: &Path) -> ForFile {
        let s = self.config.settings();
        if s.exclude.is_empty() && s.overrides.is_empty() {
            return ForFile {
                excluded: false,
                overrides: Vec::new(),
            };
        }
        let resolved = self.config.resolve(self.relative(file));
        ForFile {
            excluded: resolved.excluded,
            overrides: resolved.overrides,
        }
    }

    /// The detector for a file: configuration levels and accepted words, then
    /// the command line's --disable and --enable, then extra name and idiom files.
    pub fn detector(
        &self,
        file: &Path,
        enable: &[String],
        disable: &[String],
        names: &[PathBuf],
        idioms: &[PathBuf],
        all_rules: bool,
    ) -> Result<Detector, String> {
        let start = if all_rules {
            Detector::builder().all()
        } else {
            Detector::builder()
        };
        let mut b = self.config.resolve(self.relative(file)).apply(start);
        for d in disable {
            b = b.disable(d.as_str());
        }
        for e in enable {
            b = b.enable(e.as_str());
        }
        let base = self.base();
        let settings = self.config.settings();
        let read =
            |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
        for p in settings
            .names
            .iter()
            .map(|n| base.join(n))
            .chain(names.iter().cloned())
        {
            b = b.names(p.display().to_string(), read(&p)?);
        }
        for p in settings
            .idioms
            .iter()
            .map(|i| base.join(i))
            .chain(idioms.iter().cloned())
        {
            b = b.idioms(p.display().to_string(), read(&p)?);
        }
        b.build().map_err(|e| e.to_string())
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

/// A detector for each distinct setting, and which one each input takes.
pub struct Setup {
    /// The detectors.
    pub detectors: Vec<mtlint::Detector>,
    /// Per input: its detector's index.
    pub per_input: Vec<usize>,
}

/// The configuration and detector of each input (inputs the configuration
/// excludes are dropped). `named`: the paths given on the command line (only
/// those can be links: a directory's walk skips links).
pub fn setup(
    inputs: &mut Inputs,
    named: &HashSet<&Path>,
    o: &DetectorOptions<'_>,
) -> Result<Setup, String> {
    let mut configs: Vec<Loaded> = Vec::new();
    let mut by_path: HashMap<Option<PathBuf>, usize> = HashMap::new();
    let mut detectors = Vec::new();
    let mut by_setting: HashMap<(usize, Vec<usize>), usize> = HashMap::new();
    let mut per_input = Vec::new();
    let mut kept = Vec::new();
    // the configuration found for each directory: the files of one directory
    // share it, unless a file is a link (then its target's directory counts)
    let mut by_dir: HashMap<PathBuf, Option<PathBuf>> = HashMap::new();
    for input in inputs.drain(..) {
        let path = &input.path;
        let file = path.clone().unwrap_or_else(|| PathBuf::from(&input.name));
        let cpath = match o.config {
            Some(c) => Some(c.to_path_buf()),
            None => {
                let link = named.contains(file.as_path())
                    && std::fs::symlink_metadata(&file).is_ok_and(|m| m.file_type().is_symlink());
                match file.parent().filter(|_| !link && path.is_some()) {
                    Some(dir) => by_dir
                        .entry(dir.to_path_buf())
                        .or_insert_with(|| find_for(&file))
                        .clone(),
                    None => find_for(&file),
                }
            }
        };
        let ci = match by_path.get(&cpath) {
            Some(&i) => i,
            None => {
                let c = match &cpath {
                    Some(p) => Loaded::load(p)?,
                    None => Loaded::default(),
                };
                configs.push(c);
                by_path.insert(cpath.clone(), configs.len() - 1);
                configs.len() - 1
            }
        };
        let applies = configs[ci].for_file(&file);
        if path.is_some() && applies.excluded {
            continue;
        }
        let key = (ci, applies.overrides);
        let di = match by_setting.get(&key) {
            Some(&d) => d,
            None => {
                detectors.push(configs[ci].detector(
                    &file,
                    o.enable,
                    o.disable,
                    o.names,
                    o.idioms,
                    o.all_rules,
                )?);
                by_setting.insert(key, detectors.len() - 1);
                detectors.len() - 1
            }
        };
        per_input.push(di);
        kept.push(input);
    }
    *inputs = kept;
    Ok(Setup {
        detectors,
        per_input,
    })
}
