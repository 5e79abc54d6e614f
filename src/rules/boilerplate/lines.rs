//! The lines both boilerplate rules read: each line's text and full range, and
//! whether it is among the first or last lines of the text.

use crate::analysis::document::Document;
use crate::finding::Edit;
use std::ops::Range;

/// How many non-empty lines at each end of a text count as its edge, where a
/// page's header and footer debris sits.
const EDGE_LINES: usize = 5;

/// The non-empty lines of a text: (range without the line ending, range including it). In
/// markup, a block-level tag (`<p>`, `<br>`, `<li>`...) also ends a line.
pub(super) fn lines(doc: &Document<'_>, mut out: Vec<Line>) -> Vec<Line> {
    let text = doc.text();
    out.clear();
    let mut start = 0;
    // the line ends are the document's newlines (then the text's end)
    let mut ends = doc.newlines().iter().copied();
    while start < text.len() {
        let end = ends.next().unwrap_or(text.len());
        let full_end = (end + 1).min(text.len());
        let content_end = if end > start && text.as_bytes()[end - 1] == b'\r' {
            end - 1
        } else {
            end
        };
        let mut piece = start;
        for z in doc.markup_in(&(start..content_end)) {
            if is_block_tag(&text[z.clone()]) && z.start > piece {
                out.push((piece..z.start, piece..z.start));
                piece = z.end.min(content_end);
            }
        }
        if piece == start {
            // an empty line can be neither a disclaimer nor debris: leave it out
            if content_end > start {
                out.push((start..content_end, start..full_end));
            }
        } else if piece < content_end {
            out.push((piece..content_end, piece..content_end));
        }
        start = full_end;
    }
    out
}

/// A line: its text without the line ending, and its whole range.
type Line = (Range<usize>, Range<usize>);

/// The lines and edge flags of `doc`, computed once for both boilerplate rules.
pub(super) fn shared_lines<'d>(doc: &'d Document<'_>) -> (&'d [Line], &'d [bool]) {
    let (ls, edge) = doc.block_lines(|(ls, edge)| {
        let ls = lines(doc, ls);
        let edge = edge_flags(doc.text(), &ls, edge);
        (ls, edge)
    });
    (ls, edge)
}

/// Whether a markup range is (or begins with) a block-level HTML tag or a line break.
pub(crate) fn is_block_tag(zone: &str) -> bool {
    const BLOCK: &[&str] = &[
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "section",
        "table",
        "td",
        "th",
        "title",
        "tr",
        "ul",
    ];
    let Some(rest) = zone.strip_prefix('<') else {
        return false;
    };
    let name: String = rest
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    BLOCK.contains(&name.as_str())
}

/// The trimmed range of a line: without surrounding white space, nor the markup
/// (tags) at its ends, so that `<p>Back to top</p>` is the line `Back to top`.
pub(super) fn trimmed(doc: &Document<'_>, r: &Range<usize>) -> Range<usize> {
    let text = doc.text();
    let (mut start, mut end) = (r.start, r.end);
    loop {
        let s = &text[start..end];
        start += s.len() - s.trim_start().len();
        let s = &text[start..end];
        end -= s.len() - s.trim_end().len();
        let mut moved = false;
        if let Some(z) = doc.markup_at(start).filter(|_| start < end) {
            start = z.end.min(end);
            moved = true;
        }
        if let Some(z) = end
            .checked_sub(1)
            .and_then(|e| doc.markup_at(e))
            .filter(|_| start < end)
        {
            end = z.start.max(start);
            moved = true;
        }
        if !moved {
            return start..end;
        }
    }
}

/// The text of the trimmed line `t` with the markup inside it blanked out (each
/// byte a space), so that offsets in it are offsets in `t`: `Share <a>on X</a>`
/// reads `Share    on X    `.
pub(super) fn plain<'t>(doc: &Document<'t>, t: &Range<usize>) -> std::borrow::Cow<'t, str> {
    let text = doc.text();
    let inner = doc.markup_in(t);
    if inner.is_empty() {
        return std::borrow::Cow::Borrowed(&text[t.clone()]);
    }
    let mut s = String::with_capacity(t.len());
    let mut at = t.start;
    for z in inner {
        let (zs, ze) = (z.start.max(at), z.end.min(t.end));
        if zs < ze {
            s.push_str(&text[at..zs]);
            s.extend(std::iter::repeat_n(' ', ze - zs));
            at = ze;
        }
    }
    s.push_str(&text[at..t.end]);
    std::borrow::Cow::Owned(s)
}

/// For each line, whether it is among the first or last [`EDGE_LINES`] non-empty lines.
fn edge_flags(text: &str, ls: &[Line], mut edge: Vec<bool>) -> Vec<bool> {
    let blank = |r: &Range<usize>| text[r.clone()].trim().is_empty();
    let nonempty = ls.iter().filter(|(r, _)| !blank(r)).count();
    edge.clear();
    let mut k = 0; // the index of the line among the non-blank ones
    edge.extend(ls.iter().map(|(r, _)| {
        if blank(r) {
            return false;
        }
        k += 1;
        k <= EDGE_LINES || k + EDGE_LINES > nonempty
    }));
    edge
}

/// The edit removing a whole line: its text and line ending, or for the last
/// line the line ending before it.
pub(super) fn remove_line(text: &str, full: &Range<usize>) -> Edit {
    if full.end == text.len() && !text[full.clone()].ends_with('\n') && full.start > 0 {
        Edit::delete(full.start - 1..full.end)
    } else {
        Edit::delete(full.clone())
    }
}

/// The edit removing a line found as boilerplate. In plain text, the whole line
/// ([`remove_line`]); in markup, the line only when it holds whole elements, else
/// the element around it (`<p>Back to top</p>`), else the text inside it (`t`, the
/// trimmed line), else nothing: a fix never leaves a tag without its partner.
pub(super) fn remove_block(
    doc: &Document<'_>,
    full: &Range<usize>,
    t: &Range<usize>,
) -> Option<Edit> {
    let text = doc.text();
    if !doc.has_markup() {
        return Some(remove_line(text, full));
    }
    // the line with the end tag that closes it (`<p>Back to top</p>`)
    let closed = text[full.end..]
        .strip_prefix("</")
        .and_then(|rest| rest.find('>'))
        .map(|k| full.start..full.end + 2 + k + 1);
    let line = remove_line(text, full);
    [Some(line.range.clone()), closed, Some(t.clone())]
        .into_iter()
        .flatten()
        .find(|r| !r.is_empty() && holds_whole_markup(doc, r))
        .map(|r| {
            if r == line.range {
                line.clone()
            } else {
                Edit::delete(r)
            }
        })
}

/// Whether the range `r` of a markup document holds whole markup only: it cuts
/// no markup range of a Markdown file, and its tags pair up (a start tag with
/// its end tag; void and self-closing tags stand alone).
fn holds_whole_markup(doc: &Document<'_>, r: &Range<usize>) -> bool {
    use html5gum::{Token, Tokenizer};
    const VOID: &[&[u8]] = &[
        b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
        b"source", b"track", b"wbr",
    ];
    let text = doc.text();
    let cut = |i: usize| {
        let b = text.as_bytes();
        doc.markup_at(i).is_some_and(|z| {
            z.start < i && !matches!(b[i - 1], b'>' | b'\n') && b.get(i) != Some(&b'<')
        })
    };
    if cut(r.start) || cut(r.end) {
        return false;
    }
    let mut open: Vec<Vec<u8>> = Vec::new();
    for token in Tokenizer::new(&text[r.clone()]).flatten() {
        match token {
            Token::StartTag(tag) if !tag.self_closing && !VOID.contains(&tag.name.as_slice()) => {
                open.push(tag.name.to_vec());
            }
            Token::EndTag(tag) => {
                let last = open.pop();
                if last.as_deref() != Some(tag.name.as_slice()) {
                    return false;
                }
            }
            _ => {}
        }
    }
    open.is_empty()
}
