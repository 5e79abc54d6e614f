//! The one error type of the library: what can go wrong when building a detector.

/// An error building a [`Detector`](crate::Detector). Scanning never fails.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A rule id or family named in the configuration does not exist.
    /// Check the spelling against `mtlint rules` (the closest known name is given).
    #[error("unknown rule or family `{name}`{}", did_you_mean(.suggestion))]
    UnknownRule {
        /// The name as given.
        name: String,
        /// The closest known rule id or family, if any is close.
        suggestion: Option<String>,
    },
    /// A line of user-supplied name data is malformed; fix that line of that source.
    #[error("{file}:{line}: {message}")]
    Names {
        /// The name of the data's source (a file name).
        file: String,
        /// The 1-based line number.
        line: usize,
        /// What is wrong with the line.
        message: String,
    },
    /// A configuration file is malformed (a syntax error, an unknown key, a bad
    /// glob, an unknown rule id or family); fix that line of that file.
    #[error("{file}:{line}: {message}")]
    Config {
        /// The name of the configuration's source (a file name).
        file: String,
        /// The 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A line of a user-supplied idioms file is malformed; fix that line of that source.
    #[error("{file}:{line}: {message}")]
    Idioms {
        /// The name of the data's source (a file name).
        file: String,
        /// The 1-based line number.
        line: usize,
        /// What is wrong with the line.
        message: String,
    },
}

fn did_you_mean(suggestion: &Option<String>) -> String {
    match suggestion {
        Some(s) => format!(" (did you mean `{s}`?)"),
        None => String::new(),
    }
}

/// The candidate closest to `name` by edit distance, if it is close enough to be a typo.
pub(crate) fn closest<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    let mut best: Option<(usize, &str)> = None;
    for cand in candidates {
        let d = levenshtein(name, cand);
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, cand));
        }
    }
    let (d, cand) = best?;
    // Accept up to a third of the longer name's length in edits, and at least 2.
    let limit = (name.chars().count().max(cand.chars().count()) / 3).max(2);
    (d <= limit).then(|| cand.to_string())
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_name() {
        let names = [
            "punctuation/doubled-punctuation",
            "encoding/mojibake",
            "locale",
        ];
        assert_eq!(
            closest("punctuation/doubled-punctation", names),
            Some("punctuation/doubled-punctuation".into())
        );
        assert_eq!(
            closest("encodng/mojibake", names),
            Some("encoding/mojibake".into())
        );
        assert_eq!(closest("zzzzzzzzzz", names), None);
        let err = Error::UnknownRule {
            name: "x".into(),
            suggestion: Some("y".into()),
        };
        assert_eq!(
            err.to_string(),
            "unknown rule or family `x` (did you mean `y`?)"
        );
    }
}
