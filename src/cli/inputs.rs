//! The inputs of a run: the files named on the command line, the text files
//! under the directories named, standard input; and reading one.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Text extensions read when a directory is given.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm", "en"];
/// One input to check.
#[derive(Debug, Clone)]
pub struct Input {
    /// The name it is reported under.
    pub name: String,
    /// Its path (none for standard input).
    pub path: Option<PathBuf>,
    /// Whether it was found walking a directory (not named on the command
    /// line): such a file that is not text is skipped with a note, not an error.
    pub walked: bool,
}

/// The inputs to check.
pub type Inputs = Vec<Input>;

/// The inputs named by `paths` (directories walked), and how many entries could
/// not be read; an error for a bad `--glob`.
pub fn collect_inputs(paths: &[PathBuf], globs: &[String]) -> Result<(Inputs, usize), String> {
    let mut errors = 0usize;
    let mut inputs = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            inputs.push(Input {
                name: "-".to_string(),
                path: None,
                walked: false,
            });
        } else if p.is_dir() {
            let mut files = Vec::new();
            errors += walk(p, globs, &mut files)?;
            sort_paths(&mut files);
            inputs.extend(files.into_iter().map(|f| Input {
                name: f.display().to_string(),
                path: Some(f),
                walked: true,
            }));
        } else {
            inputs.push(Input {
                name: p.display().to_string(),
                path: Some(p.clone()),
                walked: false,
            });
        }
    }
    Ok((inputs, errors))
}

/// Sorts paths as `Path`'s order does (component by component), by their bytes
/// with each `/` made the lowest byte: comparing paths component by component
/// parses them again at every comparison, and took most of the listing's time.
fn sort_paths(files: &mut [PathBuf]) {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        files.sort_by_cached_key(|p| {
            let bytes = p.as_os_str().as_bytes();
            bytes
                .iter()
                .map(|&b| if b == b'/' { 0 } else { b })
                .collect::<Vec<u8>>()
        });
    }
    #[cfg(not(unix))]
    files.sort();
}
/// The text files under `dir`, walked with the `ignore` crate: `.gitignore`,
/// `.ignore` and git's excludes are honoured (inside a repository or not),
/// hidden files and directories are skipped, symbolic links are not followed.
/// `globs` (`--glob`) add files by pattern (`*.rst`) or, with `!`, leave them
/// out (`!drafts/**`). Returns how many entries could not be read (each reported).
fn walk(dir: &Path, globs: &[String], files: &mut Vec<PathBuf>) -> Result<usize, String> {
    let mut overrides = ignore::overrides::OverrideBuilder::new(dir);
    for g in globs {
        overrides.add(g).map_err(|e| format!("--glob {g}: {e}"))?;
    }
    let overrides = overrides.build().map_err(|e| format!("--glob: {e}"))?;
    let includes = globs.iter().any(|g| !g.starts_with('!'));
    let mut errors = 0;
    let walker = ignore::WalkBuilder::new(dir)
        .require_git(false)
        .follow_links(false)
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                eprintln!("mtlint: {e}");
                errors += 1;
                continue;
            }
        };
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.path();
        let text_ext = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| TEXT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
        let chosen = match overrides.matched(path, false) {
            ignore::Match::Ignore(_) => false,
            ignore::Match::Whitelist(_) => true,
            // with include globs, a file they do not name is left out, as in ripgrep
            ignore::Match::None => text_ext && !includes,
        };
        if chosen {
            files.push(path.to_path_buf());
        }
    }
    Ok(errors)
}

/// Why an input could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// Reading failed (missing, unreadable...).
    Io(String),
    /// It is not UTF-8 text (binary, UTF-16, invalid UTF-8).
    NotText(String),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(m) | ReadError::NotText(m) => f.write_str(m),
        }
    }
}

/// Reads an input (standard input for none) as UTF-8 text.
pub fn read_input(path: Option<&Path>) -> Result<String, ReadError> {
    let mut bytes = Vec::new();
    let io = |e: io::Error| ReadError::Io(e.to_string());
    match path {
        None => io::stdin().read_to_end(&mut bytes).map_err(io)?,
        Some(p) => {
            bytes = std::fs::read(p).map_err(io)?;
            bytes.len()
        }
    };
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(ReadError::NotText(
            "a UTF-16 file; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)".into(),
        ));
    }
    if let Some(at) = memchr::memchr(0, &bytes[..bytes.len().min(8192)]) {
        return Err(ReadError::NotText(format!(
            "a binary file (NUL byte at {at}); not checked"
        )));
    }
    // a UTF-8 byte-order mark stays: offsets are those of the file as read
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        ReadError::NotText(format!(
            "invalid UTF-8 at byte {at}; convert the file to UTF-8 first"
        ))
    })
}
