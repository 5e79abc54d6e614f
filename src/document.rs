//! What rules see of a text: the text itself plus facts computed once per scan
//! (protected zones such as URLs and e-mail addresses that prose rules must not touch).

use std::ops::Range;

/// A text being scanned, with the zones that are not prose.
#[derive(Debug)]
pub struct Document<'t> {
    text: &'t str,
    /// Sorted, non-overlapping byte ranges of URLs, e-mail addresses, domains and file names.
    protected: Vec<Range<usize>>,
    /// Byte offsets of every `\n`, in order.
    newlines: Vec<usize>,
}

impl<'t> Document<'t> {
    /// Prepares `text` for the rules (one pass for protected zones).
    pub fn new(text: &'t str) -> Document<'t> {
        Document {
            text,
            protected: protected_zones(text),
            newlines: text.match_indices('\n').map(|(i, _)| i).collect(),
        }
    }

    /// The byte range of the line holding byte `i`, without its `\n`
    /// (`O(log lines)`, so rules can ask for every candidate).
    pub fn line_at(&self, i: usize) -> Range<usize> {
        let k = self.newlines.partition_point(|&n| n < i);
        let start = if k == 0 { 0 } else { self.newlines[k - 1] + 1 };
        let end = self.newlines.get(k).copied().unwrap_or(self.text.len());
        start..end
    }

    /// The text, exactly as the caller gave it.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Whether any byte of `range` lies in a URL, e-mail address, domain or file name.
    pub fn is_protected(&self, range: Range<usize>) -> bool {
        let i = self.protected.partition_point(|z| z.end <= range.start);
        self.protected
            .get(i)
            .is_some_and(|z| z.start < range.end.max(range.start + 1))
    }
}

/// A byte that ends a token for the purpose of finding URLs and addresses.
fn is_token_break(b: u8) -> bool {
    matches!(
        b,
        b' ' | b'\t' | b'\n' | b'\r' | b'<' | b'>' | b'"' | b'(' | b')' | b'[' | b']' | b'{' | b'}'
    )
}

fn token_around(text: &str, at: usize) -> Range<usize> {
    let bytes = text.as_bytes();
    let mut start = at;
    while start > 0 && !is_token_break(bytes[start - 1]) && bytes[start - 1] < 0x80 {
        start -= 1;
    }
    let mut end = at;
    while end < bytes.len() && !is_token_break(bytes[end]) && bytes[end] < 0x80 {
        end += 1;
    }
    start..end
}

/// File-name and domain endings that make `word.ending` a name, not two sentences.
const NAME_ENDINGS: &[&str] = &[
    "com", "org", "net", "edu", "gov", "int", "mil", "io", "co", "uk", "us", "de", "fr", "ru",
    "cn", "jp", "info", "biz", "news", "js", "ts", "rs", "py", "rb", "go", "md", "txt", "pdf",
    "doc", "docx", "xls", "xlsx", "csv", "json", "xml", "html", "htm", "php", "asp", "aspx", "jpg",
    "jpeg", "png", "gif", "svg", "mp3", "mp4", "zip", "exe", "ly", "tv", "me", "app",
];

fn protected_zones(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut zones: Vec<Range<usize>> = Vec::new();
    // Each loop visits positions in order and skips those inside the token it
    // last pushed, so a long token with many marks is expanded once: linear.
    let mut covered = 0;
    for (i, _) in text.match_indices("://") {
        if i >= covered {
            let tok = token_around(text, i);
            covered = tok.end;
            zones.push(tok);
        }
    }
    covered = 0;
    for (i, _) in text.match_indices("www.") {
        if i >= covered && (i == 0 || is_token_break(bytes[i - 1])) {
            let tok = token_around(text, i);
            covered = tok.end;
            zones.push(tok);
        }
    }
    covered = 0;
    for (i, _) in text.match_indices('@') {
        if i < covered {
            continue;
        }
        let tok = token_around(text, i);
        covered = tok.end;
        if text[i..tok.end].contains('.') && i > tok.start {
            zones.push(tok);
        }
    }
    // word.ending with a lowercase ASCII ending from the list: domains and file names.
    covered = 0;
    for (i, _) in text.match_indices('.') {
        if i < covered || i == 0 || !bytes[i - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut end = i + 1;
        while end < bytes.len() && bytes[end].is_ascii_lowercase() {
            end += 1;
        }
        if end == i + 1 || (end < bytes.len() && bytes[end].is_ascii_alphanumeric()) {
            continue;
        }
        if NAME_ENDINGS.contains(&&text[i + 1..end]) {
            let tok = token_around(text, i);
            covered = tok.end;
            zones.push(tok);
        }
    }
    zones.sort_by_key(|z| z.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(zones.len());
    for z in zones {
        match merged.last_mut() {
            Some(last) if z.start <= last.end => last.end = last.end.max(z.end),
            _ => merged.push(z),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_urls_addresses_and_file_names() {
        let text = "See https://ex.com/a?b=c, mail bob@ex.org or open Node.js and report.pdf now.";
        let doc = Document::new(text);
        for needle in [
            "https://ex.com/a?b=c,",
            "bob@ex.org",
            "Node.js",
            "report.pdf",
        ] {
            let at = text.find(needle).unwrap();
            assert!(doc.is_protected(at..at + needle.len()), "{needle}");
        }
        assert_eq!(doc.line_at(0), 0..text.len());
        let two = Document::new("ab\ncd\n");
        assert_eq!(
            (
                two.line_at(0),
                two.line_at(2),
                two.line_at(3),
                two.line_at(6)
            ),
            (0..2, 0..2, 3..5, 6..6)
        );
        let at = text.find("See").unwrap();
        assert!(!doc.is_protected(at..at + 3));
        assert!(!doc.is_protected(text.len() - 4..text.len()));
    }
}
