//! Conversions from UTF-8 byte offsets to lines, columns, char and UTF-16 offsets.
//!
//! mtlint has one coordinate system, UTF-8 byte offsets into the caller's text.
//! Everything else is computed from it here, once per text, in `O(log lines)`
//! per lookup plus the length of one line.

/// A position in a text, every coordinate derived from one byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Position {
    /// UTF-8 byte offset (the input to the conversion, clamped to a char boundary).
    pub byte: usize,
    /// 1-based line number; lines end at `\n` (a `\r\n` pair counts once).
    pub line: usize,
    /// 1-based column, counted in Unicode scalar values (chars) from the line start.
    pub column: usize,
    /// 0-based offset in chars from the start of the text.
    pub char_offset: usize,
    /// 0-based offset in UTF-16 code units from the start of the text (what editors
    /// speaking LSP and JavaScript expect).
    pub utf16_offset: usize,
}

/// Per-line table of a text, built once, answering position queries.
///
/// ```
/// use mtlint::LineIndex;
/// let text = "ab\ncé d";
/// let index = LineIndex::new(text);
/// let p = index.position(text.find('d').unwrap());
/// assert_eq!((p.line, p.column, p.char_offset, p.utf16_offset), (2, 4, 6, 6));
/// ```
#[derive(Debug, Clone)]
pub struct LineIndex<'t> {
    text: &'t str,
    /// For each line: (byte start, char offset of start, utf16 offset of start).
    lines: Vec<(usize, usize, usize)>,
}

impl<'t> LineIndex<'t> {
    /// Indexes `text` (one pass).
    pub fn new(text: &'t str) -> LineIndex<'t> {
        let mut lines = vec![(0, 0, 0)];
        let (mut chars, mut units) = (0usize, 0usize);
        let mut last = 0usize;
        for (i, _) in text.match_indices('\n') {
            let seg = &text[last..=i];
            chars += count_chars(seg);
            units += count_utf16(seg);
            last = i + 1;
            lines.push((last, chars, units));
        }
        LineIndex { text, lines }
    }

    /// The number of lines (a text ending in `\n` has an empty last line).
    pub fn line_count(&self) -> usize {
        self.lines.len()
    }

    /// Converts a byte offset. An offset past the end is clamped to the end; one
    /// inside a multi-byte char is moved back to that char's start.
    pub fn position(&self, byte: usize) -> Position {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let idx = match self.lines.binary_search_by_key(&byte, |l| l.0) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let (start, chars, units) = self.lines[idx];
        let prefix = &self.text[start..byte];
        let col_chars = count_chars(prefix);
        Position {
            byte,
            line: idx + 1,
            column: col_chars + 1,
            char_offset: chars + col_chars,
            utf16_offset: units + count_utf16(prefix),
        }
    }

    /// The byte range of line `line` (1-based), without its line ending.
    /// `None` when there is no such line.
    pub fn line_range(&self, line: usize) -> Option<std::ops::Range<usize>> {
        let start = self.lines.get(line.checked_sub(1)?)?.0;
        let end = self
            .lines
            .get(line)
            .map(|l| l.0 - 1)
            .unwrap_or(self.text.len());
        let end = if end > start && self.text.as_bytes()[end - 1] == b'\r' {
            end - 1
        } else {
            end
        };
        Some(start..end)
    }
}

fn count_chars(s: &str) -> usize {
    // Count the bytes that start a char: all but UTF-8 continuation bytes.
    s.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

fn count_utf16(s: &str) -> usize {
    // Chars of 4 UTF-8 bytes take two UTF-16 units; every other char one.
    count_chars(s) + s.bytes().filter(|&b| b >= 0xF0).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_across_lines_and_wide_chars() {
        let text = "a😀b\r\nxyz\n\nq";
        let idx = LineIndex::new(text);
        let b = text.find('b').unwrap();
        let p = idx.position(b);
        assert_eq!(
            (p.line, p.column, p.char_offset, p.utf16_offset),
            (1, 3, 2, 3)
        );
        let q = idx.position(text.len() - 1);
        assert_eq!((q.line, q.column), (4, 1));
        assert_eq!(idx.line_range(1), Some(0..6));
        assert_eq!(idx.line_range(3), Some(text.len() - 2..text.len() - 2));
        assert_eq!(idx.line_range(5), None);
        // inside the emoji: moved back to its start
        assert_eq!(idx.position(2).byte, 1);
        // past the end: clamped
        assert_eq!(idx.position(999).byte, text.len());
    }

    #[test]
    fn conversions_agree_with_std() {
        let text = "Zoë said “hi” 😀\nthen Ŝ left.";
        let idx = LineIndex::new(text);
        for (byte, _) in text.char_indices() {
            let p = idx.position(byte);
            assert_eq!(p.char_offset, text[..byte].chars().count());
            assert_eq!(p.utf16_offset, text[..byte].encode_utf16().count());
            let line_start = text[..byte].rfind('\n').map_or(0, |i| i + 1);
            assert_eq!(p.column, text[line_start..byte].chars().count() + 1);
        }
    }
}
