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

struct Silence {
    lines: std::ops::Range<usize>, // 0-based line numbers, half-open
    rules: Vec<String>,            // empty: every rule
}

fn matches(rules: &[String], id: &str) -> bool {
    rules.is_empty()
        || rules
            .iter()
            .any(|r| r == id || id.split('/').next() == Some(r.as_str()))
}

/// Removes the findings that directives in `text` silence.
pub(crate) fn apply(text: &str, findings: &mut Vec<Finding>) {
    if !text.contains("mtlint-") {
        return;
    }
    let mut line_starts = vec![0usize];
    line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    let mut silences: Vec<Silence> = Vec::new();
    let mut open: Option<(usize, Vec<String>)> = None;
    for (n, line) in text.split('\n').enumerate() {
        let Some(at) = line.find("mtlint-") else {
            continue;
        };
        let rest = &line[at + "mtlint-".len()..];
        let (kind, args) = match rest.split_once(|c: char| c.is_whitespace()) {
            Some((k, a)) => (k, a),
            None => (rest.trim_end_matches(['-', '>', '*', '/']), ""),
        };
        let rules: Vec<String> = args
            .split(|c: char| c.is_whitespace() || c == ',')
            .take_while(|w| !w.starts_with("-->") && !w.starts_with("*/"))
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect();
        match kind {
            "disable-next-line" => silences.push(Silence {
                lines: n + 1..n + 2,
                rules,
            }),
            "disable-line" => silences.push(Silence {
                lines: n..n + 1,
                rules,
            }),
            "disable" => open = Some((n, rules)),
            "enable" => {
                if let Some((from, rules)) = open.take() {
                    silences.push(Silence {
                        lines: from..n + 1,
                        rules,
                    });
                }
            }
            _ => {}
        }
    }
    if let Some((from, rules)) = open {
        silences.push(Silence {
            lines: from..usize::MAX,
            rules,
        });
    }
    if silences.is_empty() {
        return;
    }
    findings.retain(|f| {
        let line = line_starts.partition_point(|&s| s <= f.span.start) - 1;
        !silences
            .iter()
            .any(|s| s.lines.contains(&line) && matches(&s.rules, f.rule))
    });
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
}
