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
