//! The inputs of a run: the files named on the command line, the text files
//! under the directories named, standard input; and reading one.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Text extensions read when a directory is given.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm", "en"];
/// The inputs to check: a display name and a path (none for standard input).
pub type Inputs = Vec<(String, Option<PathBuf>)>;

/// The inputs named by `paths` (directories walked), and how many entries could
/// not be read; an error for a bad `--glob`.
pub fn collect_inputs(paths: &[PathBuf], globs: &[String]) -> Result<(Inputs, usize), String> {
    let mut errors = 0usize;
    let mut inputs: Vec<(String, Option<PathBuf>)> = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            inputs.push(("-".to_string(), None));
        } else if p.is_dir() {
            let mut files = Vec::new();
            errors += walk(p, globs, &mut files)?;
            sort_paths(&mut files);
            inputs.extend(
                files
                    .into_iter()
                    .map(|f| (f.display().to_string(), Some(f))),
            );
        } else {
            inputs.push((p.display().to_string(), Some(p.clone())));
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

pub fn read_input(path: Option<&Path>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match path {
        None => io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| e.to_string())?,
        Some(p) => {
            bytes = std::fs::read(p).map_err(|e| e.to_string())?;
            bytes.len()
        }
    };
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err("a UTF-16 file; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)".into());
    }
    if let Some(at) = memchr::memchr(0, &bytes[..bytes.len().min(8192)]) {
        return Err(format!("a binary file (NUL byte at {at}); not checked"));
    }
    // a UTF-8 byte-order mark stays: offsets are those of the file as read
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("invalid UTF-8 at byte {at}; convert the file to UTF-8 first")
    })
}
