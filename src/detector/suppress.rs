//! Inline suppression: comments in the text that silence findings.
//!
//! * `mtlint-disable-next-line [RULE...]` silences the next line;
//! * `mtlint-disable-line [RULE...]` silences its own line;
//! * `mtlint-disable [RULE...]` … `mtlint-enable` silences the lines between.
//!
//! `RULE` is a rule id or a family, several separated by spaces or commas; none
//! means every rule. The directive may sit in any comment syntax
//! (`<!-- mtlint-disable-line -->`, `# mtlint-disable-next-line encoding`).

use crate::finding::Finding;
use std::ops::Range;

struct Silence {
    lines: Range<usize>, // 0-based line numbers, half-open
    rules: Vec<String>,  // empty: every rule
}

fn matches(rules: &[String], id: &str) -> bool {
    rules.is_empty()
        || rules
            .iter()
            .any(|r| r == id || id.split('/').next() == Some(r.as_str()))
}

/// A rule name in a directive that names no rule or family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectiveProblem {
    /// The name's byte range in the text.
    pub span: Range<usize>,
    /// What is wrong, with the closest valid name when there is one.
    pub message: String,
}

/// The directives of `text`: the silences they make, and each rule name with
/// its byte range.
fn parse(text: &str) -> (Vec<Silence>, Vec<(Range<usize>, String)>) {
    let mut silences: Vec<Silence> = Vec::new();
    let mut names = Vec::new();
    let mut open: Option<(usize, Vec<String>)> = None;
    let mut line_start = 0;
    for (n, line) in text.split('\n').enumerate() {
        let this_start = line_start;
        line_start += line.len() + 1;
        let Some(at) = line.find("mtlint-") else {
            continue;
        };
        let rest = &line[at + "mtlint-".len()..];
        let (kind, args) = match rest.split_once(|c: char| c.is_whitespace()) {
            Some((k, a)) => (k, a),
            None => (rest.trim_end_matches(['-', '>', '*', '/']), ""),
        };
        if !matches!(
            kind,
            "disable-next-line" | "disable-line" | "disable" | "enable"
        ) {
            continue;
        }
        let args_at = this_start + at + "mtlint-".len() + (rest.len() - args.len());
        let mut rules = Vec::new();
        let mut offset = 0;
        for w in args.split_inclusive(|c: char| c.is_whitespace() || c == ',') {
            let word = w.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
            let from = args_at + offset;
            offset += w.len();
            if word.starts_with("-->") || word.starts_with("*/") {
                break;
            }
            if !word.is_empty() {
                names.push((from..from + word.len(), word.to_string()));
                rules.push(word.to_string());
            }
        }
        match kind {
            "disable-next-line" => silences.push(Silence {
                lines: n + 1..n + 2,
                rules,
            }),
            "disable-line" => silences.push(Silence {
                lines: n..n + 1,
                rules,
            }),
            "disable" => {
                // a second `disable` before `enable` closes the first block
                if let Some((from, rules)) = open.take() {
                    silences.push(Silence {
                        lines: from..n,
                        rules,
                    });
                }
                open = Some((n, rules));
            }
            _ => {
                if let Some((from, rules)) = open.take() {
                    silences.push(Silence {
                        lines: from..n + 1,
                        rules,
                    });
                }
            }
        }
    }
    if let Some((from, rules)) = open {
        silences.push(Silence {
            lines: from..usize::MAX,
            rules,
        });
    }
    (silences, names)
}

/// Removes the findings that directives in `text` silence (`findings` sorted by
/// position; one sweep over findings and directives together).
pub(crate) fn apply(text: &str, findings: &mut Vec<Finding>) {
    if memchr::memmem::find(text.as_bytes(), b"mtlint-").is_none() {
        return;
    }
    let (mut silences, _) = parse(text);
    if silences.is_empty() {
        return;
    }
    silences.sort_by_key(|s| s.lines.start);
    let newlines: Vec<usize> = memchr::memchr_iter(b'\n', text.as_bytes()).collect();
    let mut next = 0;
    let mut active: Vec<&Silence> = Vec::new();
    findings.retain(|f| {
        let line = newlines.partition_point(|&i| i < f.span.start);
        while next < silences.len() && silences[next].lines.start <= line {
            active.push(&silences[next]);
            next += 1;
        }
        active.retain(|s| s.lines.end > line);
        !active.iter().any(|s| matches(&s.rules, f.rule))
    });
}

/// The rule names in `text`'s directives that `known` does not accept, each
/// with the closest of `names` as a suggestion.
pub(crate) fn problems<'a>(
    text: &str,
    known: impl Fn(&str) -> bool,
    names: impl Fn() -> Vec<&'a str>,
) -> Vec<DirectiveProblem> {
    if memchr::memmem::find(text.as_bytes(), b"mtlint-").is_none() {
        return Vec::new();
    }
    parse(text)
        .1
        .into_iter()
        .filter(|(_, name)| !known(name))
        .map(|(span, name)| {
            let hint = crate::error::closest(&name, names())
                .map(|c| format!(" (did you mean `{c}`?)"))
                .unwrap_or_default();
            DirectiveProblem {
                span,
                message: format!("unknown rule or family `{name}` in an mtlint directive{hint}"),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::Detector;

    #[test]
    fn directives_silence_what_they_name() {
        let d = Detector::new();
        let text = "a the the b\n<!-- mtlint-disable-next-line repetition -->\nc the the d\ne the the f # mtlint-disable-line encoding\n";
        let lines: Vec<usize> = d
            .scan(text)
            .iter()
            .map(|f| text[..f.span.start].matches('\n').count() + 1)
            .collect();
        assert_eq!(lines, [1, 4]);
        let block = "mtlint-disable\nthe the\nsoil. .\nmtlint-enable\nthe the\n";
        assert_eq!(d.scan(block).len(), 1);
        let all = "x the the y # mtlint-disable-line\n";
        assert!(d.scan(all).is_empty());
    }

    #[test]
    fn unknown_names_in_directives_are_reported_with_their_place() {
        let d = Detector::new();
        let text = "a\n<!-- mtlint-disable-next-line repetiton, encoding -->\nthe the\n";
        let p = d.directive_problems(text);
        assert_eq!(p.len(), 1);
        assert_eq!(&text[p[0].span.clone()], "repetiton");
        assert!(
            p[0].message.contains("did you mean `repetition`"),
            "{}",
            p[0].message
        );
        assert!(d
            .directive_problems("the the # mtlint-disable-line repetition/duplicated-word")
            .is_empty());
    }

    #[test]
    fn many_directives_and_findings_stay_linear() {
        let d = Detector::new();
        // (each line its own, so that no line repeats the one before it)
        let text: String = (0..20_000)
            .map(|i| format!("x the the y {i} # mtlint-disable-line encoding\n"))
            .collect();
        assert_eq!(d.scan(&text).len(), 20_000);
    }
}
