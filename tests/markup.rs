//! Markup is a layer: every MT fixture wrapped in Markdown (front matter, a fenced
//! code block, a link target holding artifacts) or in HTML (paragraphs, a script,
//! an attribute, entities) gives the same findings, by rule and text, as the plain
//! fixture, and none inside the markup.

use mtlint::{Detector, Markup};

fn fixtures() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/mt");
    let mut v: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

fn found(text: &str, markup: Markup) -> Vec<(&'static str, String)> {
    let mut v: Vec<_> = Detector::new()
        .scan_markup(text, markup)
        .into_iter()
        .map(|f| (f.rule, f.text(text).to_string()))
        .collect();
    v.sort();
    v
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn markdown_wrapping_changes_nothing() {
    for (name, text) in fixtures() {
        let md = format!(
            "---\ntitle: THE BBC said FT that soil. .\n---\n\n{text}\n\n```\nsoil. . THE BBC 150,5 billion the the\n```\n\nSee [the source](https://ex.org/FinancialTimes/said-FT-that,,x).\n"
        );
        // character references are markup in Markdown (CommonMark decodes them)
        let plain: Vec<_> = found(&text, Markup::Plain)
            .into_iter()
            .filter(|(rule, _)| *rule != "encoding/html-entity")
            .collect();
        assert_eq!(found(&md, Markup::Markdown), plain, "{name}");
    }
}

#[test]
fn html_wrapping_changes_nothing() {
    for (name, text) in fixtures() {
        if name.ends_with("encoding.txt") {
            continue; // its artifacts are entities, which in HTML are markup
        }
        let body: String = text
            .split('\n')
            .map(|line| format!("<p data-note=\"THE BBC, , soil. .\">{}</p>\n", escape(line)))
            .collect();
        let html = format!("<html><head><script>var s = 'the the. . THE BBC';</script></head><body>\n{body}<p>Tom&nbsp;and&amp;Jerry</p></body></html>\n");
        let plain: Vec<_> = found(&text, Markup::Plain);
        let wrapped: Vec<_> = found(&html, Markup::Html)
            .into_iter()
            .map(|(r, t)| (r, t.replace("&amp;", "&")))
            .collect();
        assert_eq!(wrapped, plain, "{name}");
    }
}

/// The tags of an HTML text pair up: each end tag closes the last open element.
fn assert_balanced(html: &str) {
    use html5gum::{Token, Tokenizer};
    const VOID: &[&[u8]] = &[b"br", b"hr", b"img", b"meta", b"link", b"input"];
    let mut open: Vec<Vec<u8>> = Vec::new();
    for token in Tokenizer::new(html).flatten() {
        match token {
            Token::StartTag(t) if !t.self_closing && !VOID.contains(&t.name.as_slice()) => {
                open.push(t.name.to_vec())
            }
            Token::EndTag(t) => assert_eq!(
                open.pop().as_deref(),
                Some(t.name.as_slice()),
                "unbalanced: {html}"
            ),
            _ => {}
        }
    }
    assert!(open.is_empty(), "unclosed {open:?}: {html}");
}

#[test]
fn fixes_in_html_leave_the_markup_balanced() {
    use mtlint::{apply_fixes, FixLevel};
    let pages = [
        "<html><body><p>The storm passed overnight.</p><p>Back to top button</p></body></html>",
        "<body><div><p>Share this:</p>\n<p>The river rose by a metre in two days.</p></div></body>",
        "<ul><li>The river rose by a metre.</li><li><a href=\"#head\">Back to top</a></li></ul>",
        "<section><h2>Share this story</h2><p>The river rose by a metre in a day.</p></section>",
    ];
    for page in pages {
        let findings = Detector::new().scan_markup(page, Markup::Html);
        assert!(
            findings.iter().any(|f| f.rule == "boilerplate/page-debris"),
            "{page}"
        );
        for level in [FixLevel::Safe, FixLevel::Unsafe] {
            let fixed = apply_fixes(page, &findings, level).text;
            assert!(
                !fixed.contains("top") && !fixed.contains("Share"),
                "{fixed}"
            );
            assert_balanced(&fixed);
        }
    }
}

#[test]
fn all_caps_the_at_the_start_of_a_block_starts_a_sentence() {
    use mtlint::{apply_fixes, FixLevel};
    for page in [
        "<p>THE BBC said the vote would be held in spring.</p>",
        "<h1>Floods</h1>THE Met Office warned of more rain this week.",
    ] {
        let findings = Detector::new().scan_markup(page, Markup::Html);
        let fixed = apply_fixes(page, &findings, FixLevel::Safe).text;
        assert!(
            fixed.contains(">The BBC") || fixed.contains(">The Met"),
            "{fixed}"
        );
    }
}

#[test]
fn markdown_character_references_are_markup_but_a_double_escape_is_flagged() {
    let md =
        "Salt &amp; pepper, &copy; Acme and &#8220;fresh&#8221; bread.\n\nFish &amp;amp; chips.\n";
    let found = found(md, Markup::Markdown);
    assert_eq!(
        found,
        [("encoding/html-entity", "&amp;amp;".to_string())],
        "{found:?}"
    );
}
