//! Applying fixes to files: to convergence, written atomically, or shown as a diff.

use mtlint::{apply_fixes, Detector, FixLevel, Markup};
use std::io::{self, Write};
use std::path::Path;

/// Applies fixes and rescans until nothing more applies (at most 4 rounds), so
/// that a rescan of the result does not find the fixed artifacts again.
/// Returns the fixed text and how many fixes were applied.
pub fn fix_to_convergence(
    detector: &Detector,
    text: &str,
    level: FixLevel,
    markup: Markup,
) -> (String, usize) {
    let mut current = text.to_string();
    let mut applied = 0;
    for _ in 0..4 {
        let fixed = apply_fixes(&current, &detector.scan_markup(&current, markup), level);
        if fixed.applied == 0 {
            break;
        }
        applied += fixed.applied;
        current = fixed.text;
    }
    (current, applied)
}

/// Replaces `path`'s content with `fixed`: a temporary file beside it with the same
/// permissions, then a rename, so a crash leaves either the old or the new file.
/// Refuses when the file changed on disk since it was read.
pub fn write_atomically(path: &Path, original: &str, fixed: &str) -> io::Result<()> {
    // through a symbolic link, the file it points to is rewritten (renaming over
    // the link would replace it with a copy)
    let resolved = std::fs::canonicalize(path)?;
    let path = resolved.as_path();
    let now = std::fs::read(path)?;
    if now != original.as_bytes() {
        return Err(io::Error::other(
            "the file changed on disk since it was read; run again",
        ));
    }
    let meta = std::fs::metadata(path)?;
    if meta.permissions().readonly() {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            "the file is read-only",
        ));
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // a short name, whatever the file's (a long name plus a suffix could pass
    // the file system's limit); create_new never follows or reuses a file
    static SERIAL: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let serial = SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!(".mtlint-{}-{serial}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::options()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        let bytes = fixed.as_bytes();
        f.write_all(&bytes[..bytes.len() / 2])?;
        // tests make the write fail half-way here to prove the original survives
        #[cfg(debug_assertions)]
        if std::env::var_os("MTLINT_TEST_FAIL_WRITE").is_some() {
            return Err(io::Error::other(
                "simulated failure half-way through the write",
            ));
        }
        f.write_all(&bytes[bytes.len() / 2..])?;
        f.sync_all()?;
        std::fs::set_permissions(&tmp, meta.permissions())?;
        std::fs::rename(&tmp, path)?;
        // make the rename itself durable (best effort: not every system allows it)
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// A unified diff of two texts, line by line (the changed lines with 2 lines of context).
pub fn unified_diff(name: &str, old: &str, new: &str) -> String {
    let a: Vec<&str> = old.split_inclusive('\n').collect();
    let b: Vec<&str> = new.split_inclusive('\n').collect();
    // fixes never add or remove lines except whole debris lines; align with an LCS
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    if n.saturating_mul(m) > 4_000_000 {
        // too large to align: one hunk of the whole text
        let mut s = format!("--- {name}\n+++ {name}\n@@ -1,{n} +1,{m} @@\n");
        a.iter()
            .for_each(|l| s.push_str(&format!("-{}", with_newline(l))));
        b.iter()
            .for_each(|l| s.push_str(&format!("+{}", with_newline(l))));
        return s;
    }
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    // edit script: (tag, line) with tag ' ', '-', '+'
    let mut ops: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', a[i]));
            i += 1;
        } else {
            ops.push(('+', b[j]));
            j += 1;
        }
    }
    let mut out = format!("--- {name}\n+++ {name}\n");
    let changed: Vec<usize> = ops
        .iter()
        .enumerate()
        .filter(|(_, o)| o.0 != ' ')
        .map(|(k, _)| k)
        .collect();
    let mut k = 0;
    while k < changed.len() {
        let start = changed[k].saturating_sub(2);
        let mut end = changed[k] + 3;
        while k + 1 < changed.len() && changed[k + 1] < end + 2 {
            k += 1;
            end = changed[k] + 3;
        }
        let end = end.min(ops.len());
        let old_start = ops[..start].iter().filter(|o| o.0 != '+').count() + 1;
        let new_start = ops[..start].iter().filter(|o| o.0 != '-').count() + 1;
        let old_len = ops[start..end].iter().filter(|o| o.0 != '+').count();
        let new_len = ops[start..end].iter().filter(|o| o.0 != '-').count();
        out.push_str(&format!(
            "@@ -{old_start},{old_len} +{new_start},{new_len} @@\n"
        ));
        for (tag, line) in &ops[start..end] {
            out.push(*tag);
            out.push_str(&with_newline(line));
        }
        k += 1;
    }
    out
}

fn with_newline(line: &str) -> String {
    if line.ends_with('\n') {
        line.to_string()
    } else {
        format!("{line}\n\\ No newline at end of file\n")
    }
}
