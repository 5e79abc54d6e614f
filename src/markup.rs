//! Markup is a layer: the parts of a Markdown or HTML file that are not prose
//! (code, tags, attributes, URLs, link targets, front matter, entities, scripts
//! and styles), as byte ranges of the original text. Rules run over the whole
//! text, so offsets never move; findings that touch these ranges are dropped.

use std::ops::Range;

/// The kind of text a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Markup {
    /// Plain text: all of it is prose.
    #[default]
    Plain,
    /// CommonMark with GitHub extensions (tables, strikethrough, task lists,
    /// footnotes) and YAML front matter.
    Markdown,
    /// HTML.
    Html,
}

impl Markup {
    /// The markup a file name's extension implies (`.md`, `.markdown`, `.html`,
    /// `.htm`), plain text otherwise.
    pub fn from_path(path: &str) -> Markup {
        let ext = path
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "md" | "markdown" | "mdown" | "mkd" => Markup::Markdown,
            "html" | "htm" | "xhtml" => Markup::Html,
            _ => Markup::Plain,
        }
    }
}

/// The non-prose ranges of `text`, sorted and merged.
pub(crate) fn non_prose(text: &str, markup: Markup) -> Vec<Range<usize>> {
    crate::text::merge_ranges(match markup {
        Markup::Plain => Vec::new(),
        Markup::Markdown => markdown(text),
        Markup::Html => html(text),
    })
}

fn markdown(text: &str) -> Vec<Range<usize>> {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut zones = Vec::new();
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Code(_)
            | Event::Html(_)
            | Event::InlineHtml(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_) => zones.push(range),
            Event::Start(
                Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::Image { .. } | Tag::HtmlBlock,
            ) => zones.push(range),
            Event::Start(Tag::Link { .. }) => {
                // `[text](target)`: the text is prose, the target is not; an autolink is all target
                let src = &text[range.clone()];
                match src.rfind("](") {
                    Some(k) if src.starts_with('[') => zones.push(range.start + k + 1..range.end),
                    _ if src.starts_with('<') => zones.push(range),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    zones
}

/// The offset of the first `</tag` (any case) at or after `from`.
fn find_close_tag(text: &str, from: usize, tag: &str) -> Option<usize> {
    let b = text.as_bytes();
    memchr::memmem::find_iter(&b[from..], "</")
        .map(|k| from + k)
        .find(|&k| {
            b.get(k + 2..k + 2 + tag.len())
                .is_some_and(|name| name.eq_ignore_ascii_case(tag.as_bytes()))
        })
}

fn html(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut zones = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'<' => {
                let rest = &text[i..];
                let end = if rest.starts_with("<!--") {
                    rest.find("-->").map_or(text.len(), |k| i + k + 3)
                } else if rest.len() > 1
                    && (b[i + 1].is_ascii_alphabetic() || matches!(b[i + 1], b'/' | b'!' | b'?'))
                {
                    tag_end(text, i)
                } else {
                    i += 1;
                    continue;
                };
                // the contents of script and style are code
                let tag = text[i + 1..end]
                    .trim_start_matches('/')
                    .to_ascii_lowercase();
                let raw = ["script", "style", "pre", "code", "textarea"]
                    .into_iter()
                    .find(|t| {
                        tag.starts_with(t)
                            && tag[t.len()..].starts_with(|c: char| c.is_whitespace() || c == '>')
                    });
                let end = match raw.filter(|_| !text[i + 1..end].starts_with('/')) {
                    Some(t) => {
                        find_close_tag(text, end, t).map_or(text.len(), |k| tag_end(text, k))
                    }
                    None => end,
                };
                zones.push(i..end);
                i = end;
            }
            b'&' => {
                // an entity is markup in HTML
                let rest = &b[i + 1..b.len().min(i + 12)];
                match rest.iter().position(|&c| c == b';') {
                    Some(k)
                        if k > 0
                            && rest[..k]
                                .iter()
                                .all(|c| c.is_ascii_alphanumeric() || *c == b'#') =>
                    {
                        zones.push(i..i + k + 2);
                        i += k + 2;
                    }
                    _ => i += 1,
                }
            }
            _ => i += 1,
        }
    }
    zones
}

/// The end of the tag starting at `start` (after its `>`), honouring quoted attributes.
fn tag_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut quote: Option<u8> = None;
    for (k, &c) in b.iter().enumerate().skip(start + 1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (None, b'"' | b'\'') => quote = Some(c),
            (None, b'>') => return k + 1,
            _ => {}
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zones(text: &str, m: Markup) -> Vec<&str> {
        non_prose(text, m).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn markdown_code_links_and_front_matter_are_not_prose() {
        let md = "---\ntitle: x\n---\n\nSee `the the` and [the site](https://ex.com/a,,b).\n\n```\nsoil. .\n```\n";
        let z = zones(md, Markup::Markdown);
        assert!(z.iter().any(|s| s.contains("title: x")), "{z:?}");
        assert!(z.contains(&"`the the`"));
        assert!(z.iter().any(|s| s.starts_with("(https://ex.com")));
        assert!(z.iter().any(|s| s.contains("soil. .")));
        assert!(!z.iter().any(|s| s.contains("the site")));
    }

    #[test]
    fn html_tags_entities_scripts_are_not_prose() {
        let html = "<p class=\"a>b\">Shares of AT&amp;T rose.</p><script>var x = 'the the';</script><!-- c -->";
        let z = zones(html, Markup::Html);
        assert_eq!(
            z,
            [
                "<p class=\"a>b\">",
                "&amp;",
                "</p><script>var x = 'the the';</script><!-- c -->"
            ]
        );
        assert_eq!(Markup::from_path("a/b.MD"), Markup::Markdown);
        assert_eq!(Markup::from_path("x.htm"), Markup::Html);
        assert_eq!(Markup::from_path("notes"), Markup::Plain);
    }
}
