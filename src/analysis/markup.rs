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
    /// `.htm`, in any case), plain text otherwise.
    ///
    /// ```
    /// use mtlint::Markup;
    /// use std::path::Path;
    ///
    /// assert_eq!(Markup::from_path(Path::new("docs/intro.MD")), Markup::Markdown);
    /// assert_eq!(Markup::from_path("page.htm"), Markup::Html);
    /// assert_eq!(Markup::from_path("notes"), Markup::Plain);
    /// ```
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Markup {
        let ext = (path.as_ref().extension())
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
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
    // CommonMark decodes character references (`&amp;`, `&copy;`, `&#8220;`): they
    // are markup, save a double escape (`&amp;amp;` shows `&amp;` to the reader)
    let b = text.as_bytes();
    zones.extend(
        entities(text, 0..text.len())
            .into_iter()
            .filter(|r| !(&b[r.clone()] == b"&amp;" && entity_body_at(b, r.end).is_some())),
    );
    zones
}

/// Elements whose content is code or preformatted text, not prose.
const CODE_ELEMENTS: &[&[u8]] = &[
    b"code",
    b"kbd",
    b"noscript",
    b"pre",
    b"samp",
    b"script",
    b"style",
    b"textarea",
    b"var",
];

/// HTML by a WHATWG tokenizer (html5gum: spec-compliant, spanned tokens, no
/// unsafe code and no dependencies). Prose is the text tokens outside code
/// elements; tags, attributes, comments, doctypes and character references are
/// not. `<script>`, `<style>` and the like switch the tokenizer to raw text as a
/// browser does.
fn html(text: &str) -> Vec<Range<usize>> {
    use html5gum::{DefaultEmitter, Token, Tokenizer};
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    emitter.naively_switch_states(true);
    let mut prose: Vec<Range<usize>> = Vec::new();
    // how deep inside code elements the tokenizer is
    let mut in_code = 0usize;
    for token in Tokenizer::new_with_emitter(text, emitter).flatten() {
        match token {
            Token::StartTag(tag)
                if !tag.self_closing && CODE_ELEMENTS.contains(&tag.name.as_slice()) =>
            {
                in_code += 1;
            }
            Token::EndTag(tag) if CODE_ELEMENTS.contains(&tag.name.as_slice()) => {
                in_code = in_code.saturating_sub(1);
            }
            Token::String(s) if in_code == 0 => {
                let r = s.span.start.min(text.len())..s.span.end.min(text.len());
                match prose.last_mut() {
                    Some(last) if last.end == r.start => last.end = r.end,
                    _ => prose.push(r),
                }
            }
            _ => {}
        }
    }
    // markup: everything between prose runs, and the character references inside them
    let mut zones = Vec::new();
    let mut at = 0;
    for r in prose {
        if r.start > at {
            zones.push(at..r.start);
        }
        zones.extend(entities(text, r.clone()));
        at = at.max(r.end);
    }
    if at < text.len() {
        zones.push(at..text.len());
    }
    zones
}

/// The character references (`&amp;`, `&#8212;`, `&#x2014;`) in `range`.
fn entities(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    memchr::memchr_iter(b'&', &b[range.clone()])
        .map(|k| range.start + k)
        .filter_map(|i| {
            let rest = &b[i + 1..range.end.min(i + 34)];
            entity_body_at(rest, 0).map(|k| i..i + k + 2)
        })
        .collect()
}

/// The length of an entity's name (`amp`, `#8212`, `#x2014`) at `b[at..]` when a
/// `;` closes it within 33 bytes.
fn entity_body_at(b: &[u8], at: usize) -> Option<usize> {
    let rest = &b[at.min(b.len())..b.len().min(at + 33)];
    let k = rest.iter().position(|&c| c == b';')?;
    let name = &rest[..k];
    let ok = !name.is_empty()
        && (name.iter().all(u8::is_ascii_alphanumeric)
            || (name[0] == b'#'
                && name.len() > 1
                && name[1..].iter().all(u8::is_ascii_alphanumeric)));
    ok.then_some(k)
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
    fn markdown_character_references_are_markup_but_a_double_escape_is_not() {
        let md = "Salt &amp; pepper, &copy; Acme, &#8220;fresh&#8221; and &amp;amp; twice.\n";
        let z = zones(md, Markup::Markdown);
        assert_eq!(z, ["&amp;", "&copy;", "&#8220;", "&#8221;"]);
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
