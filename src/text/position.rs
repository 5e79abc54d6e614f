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
    /// The byte offset of each line start.
    lines: Vec<usize>,
    /// (byte, char offset, utf16 offset) every [`CHECKPOINT`] bytes (moved
    /// forward to a char boundary), so that a lookup counts at most that many
    /// bytes however long the line is; counted on the first lookup that needs
    /// them (a report of lines and columns on short lines never does).
    checkpoints: std::sync::OnceLock<Vec<(usize, usize, usize)>>,
}

/// The most bytes a position lookup counts (a checkpoint costs 24 bytes:
/// under a tenth of the text it indexes).
const CHECKPOINT: usize = 256;

/// The farthest from its line's start a column is counted from there (a
/// paragraph of prose on one line; beyond it the checkpoints answer).
const COUNTED_COLUMN: usize = 16 * 1024;

impl<'t> LineIndex<'t> {
    /// Indexes `text` (one pass for the line starts; the checkpoints are
    /// counted when a lookup first needs them).
    pub fn new(text: &'t str) -> LineIndex<'t> {
        // a line starts at the text's start and after every `\n` (a text
        // ending in `\n` has an empty last line)
        let mut lines = vec![0];
        lines.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex {
            text,
            lines,
            checkpoints: std::sync::OnceLock::new(),
        }
    }

    /// The (byte, char offset, utf16 offset) checkpoints, counted on first use.
    fn checkpoints(&self) -> &[(usize, usize, usize)] {
        self.checkpoints.get_or_init(|| {
            let text = self.text;
            let mut checkpoints = Vec::with_capacity(text.len() / CHECKPOINT + 2);
            let (mut at, mut chars, mut units) = (0usize, 0usize, 0usize);
            loop {
                checkpoints.push((at, chars, units));
                if at == text.len() {
                    break;
                }
                let mut next = (at + CHECKPOINT).min(text.len());
                while !text.is_char_boundary(next) {
                    next += 1;
                }
                let (c, u) = count_chars_and_utf16(&text[at..next]);
                chars += c;
                units += u;
                at = next;
            }
            checkpoints
        })
    }

    /// The number of lines (a text ending in `\n` has an empty last line).
    pub fn line_count(&self) -> usize {
        self.lines.len()
    }

    /// The char and UTF-16 offsets of char boundary `byte`.
    fn offsets(&self, byte: usize) -> (usize, usize) {
        let checkpoints = self.checkpoints();
        let cp = checkpoints.partition_point(|c| c.0 <= byte).max(1) - 1;
        let (cb, cc, cu) = checkpoints[cp];
        let (c, u) = count_chars_and_utf16(&self.text[cb..byte]);
        (cc + c, cu + u)
    }

    /// The 1-based line and column (in chars) of a byte offset, clamped as
    /// [`LineIndex::position`] does and equal to its `line` and `column`. A
    /// column less than 16 KB from its line's start is counted
    /// from there, without the text's char offsets (one pass over the line's
    /// start instead of one over the whole text for a report of a few findings).
    pub fn line_column(&self, byte: usize) -> (usize, usize) {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let line = self.lines.partition_point(|&l| l <= byte).max(1) - 1;
        let start = self.lines[line];
        let column = if byte - start <= COUNTED_COLUMN {
            count_chars_and_utf16(&self.text[start..byte]).0
        } else {
            self.offsets(byte).0 - self.offsets(start).0
        };
        (line + 1, column + 1)
    }

    /// Converts a byte offset. An offset past the end is clamped to the end; one
    /// inside a multi-byte char is moved back to that char's start.
    pub fn position(&self, byte: usize) -> Position {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let line = self.lines.partition_point(|&l| l <= byte).max(1) - 1;
        let (char_offset, utf16_offset) = self.offsets(byte);
        let (line_start, _) = self.offsets(self.lines[line]);
        Position {
            byte,
            line: line + 1,
            column: char_offset - line_start + 1,
            char_offset,
            utf16_offset,
        }
    }

    /// The byte range of line `line` (1-based), without its line ending.
    /// `None` when there is no such line.
    pub fn line_range(&self, line: usize) -> Option<std::ops::Range<usize>> {
        let start = *self.lines.get(line.checked_sub(1)?)?;
        let end = self
            .lines
            .get(line)
            .map(|l| l - 1)
            .unwrap_or(self.text.len());
        let end = if end > start && self.text.as_bytes()[end - 1] == b'\r' {
            end - 1
        } else {
            end
        };
        Some(start..end)
    }
}

/// The chars of `s` and its length in UTF-16 code units, in one pass.
fn count_chars_and_utf16(s: &str) -> (usize, usize) {
    // a char starts at every byte but a UTF-8 continuation byte; a char of 4
    // UTF-8 bytes (its first byte 0xF0 or above) takes two UTF-16 units
    // (counted in bytes, 255 at most, which the compiler does 32 at a time)
    let (mut chars, mut long) = (0usize, 0usize);
    for block in s.as_bytes().chunks(255) {
        let (mut c, mut l) = (0u8, 0u8);
        for &b in block {
            c += u8::from((b as i8) >= -0x40);
            l += u8::from(b >= 0xF0);
        }
        chars += usize::from(c);
        long += usize::from(l);
    }
    (chars, chars + long)
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
    fn long_lines_use_checkpoints() {
        let text = "é".repeat(3000) + "\n" + &"a😀".repeat(2000) + &"x".repeat(COUNTED_COLUMN);
        let idx = LineIndex::new(&text);
        let far = 6001 + 10000 + COUNTED_COLUMN / 2;
        for byte in [0, 1, 2, 2048, 5999, 6000, 6001, 6002, 7000, far, text.len()] {
            let p = idx.position(byte);
            let b = p.byte;
            assert_eq!(p.char_offset, text[..b].chars().count(), "{byte}");
            assert_eq!(p.utf16_offset, text[..b].encode_utf16().count(), "{byte}");
            let line_start = text[..b].rfind('\n').map_or(0, |i| i + 1);
            assert_eq!(p.column, text[line_start..b].chars().count() + 1, "{byte}");
            assert_eq!(p.line, text[..b].matches('\n').count() + 1, "{byte}");
            assert_eq!(idx.line_column(byte), (p.line, p.column), "{byte}");
        }
        assert_eq!(LineIndex::new("").line_count(), 1);
        assert_eq!(LineIndex::new("a\n").line_count(), 2);
        assert_eq!(LineIndex::new("a").line_count(), 1);
    }

    #[test]
    fn every_position_agrees_with_counting_from_the_start() {
        let text = "ab\r\n".to_owned() + &"é x😀\n".repeat(90) + &"y".repeat(600) + "\n\nz";
        for text in [text.as_str(), "", "\n", "a", "a\n", "\n\na"] {
            let idx = LineIndex::new(text);
            assert_eq!(idx.line_count(), text.matches('\n').count() + 1);
            for byte in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
                let p = idx.position(byte);
                let line_start = text[..byte].rfind('\n').map_or(0, |i| i + 1);
                let want = (
                    text[..byte].matches('\n').count() + 1,
                    text[line_start..byte].chars().count() + 1,
                    text[..byte].chars().count(),
                    text[..byte].encode_utf16().count(),
                );
                assert_eq!(
                    (p.line, p.column, p.char_offset, p.utf16_offset),
                    want,
                    "{byte}"
                );
            }
            // the line and column alone, from a fresh index (no checkpoints
            // counted yet) and at every byte (inside a char: moved back)
            let alone = LineIndex::new(text);
            for byte in 0..=text.len() + 1 {
                let p = idx.position(byte);
                assert_eq!(alone.line_column(byte), (p.line, p.column), "{byte}");
            }
        }
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
