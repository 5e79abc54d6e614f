//! The `boilerplate/shortcode` rule: a content-management shortcode left in the text (`[ad_1]`,
//! `[banner id=4]`) and an ad slot's line (`banner 300x250`).

use super::lines::{plain, shared_lines, trimmed};
use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::floor_boundary;

/// A shortcode of a publishing system, or a line naming an ad slot's size.
pub struct Shortcode;

static SHORTCODE: RuleMeta = RuleMeta {
    id: "boilerplate/shortcode",
    category: Category::Boilerplate,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a publishing system's shortcode (`[ad_1]`, `[banner id=4]`) or an ad slot's line (`banner 300x250`) left in the text; remove it",
    flags: &[
        Example { text: "[ad_2]\nThe harbour reopened on Monday.", fixed: "[ad_2]\nThe harbour reopened on Monday." },
        Example { text: "The harbour reopened on Monday. [adsense_top]", fixed: "The harbour reopened on Monday. [adsense_top]" },
        Example { text: "The council met.\nbanner 300x250\nThe vote was close.", fixed: "The council met.\nbanner 300x250\nThe vote was close." },
        Example { text: "[banner id=4]\nThe council met.", fixed: "[banner id=4]\nThe council met." },
        Example { text: "Text begins here [embed_video] and goes on.", fixed: "Text begins here [embed_video] and goes on." },
        Example { text: "The mayor spoke. [/caption] Then the vote.", fixed: "The mayor spoke. [/caption] Then the vote." },
    ],
    passes: &[
        "The council met in room [B] on Monday.",
        "The screen is 1920x1080 pixels, which is enough for most users.",
        "He said [the mayor] would resign.",
        "See note [1] for the source.",
        "The board is 120x60 cm and weighs two kilos.",
        "Read the [caption](https://example.org/c) under the photo.",
        "The [adjusted] figure came later.",
        "Rain fell.\nSize 120x60 cm\nWind rose.",
    ],
};

/// The words a shortcode's name starts with: ads, banners, captions, embeds.
const NAMES: &[&str] = &["ad", "ads", "adsense", "banner", "caption", "embed", "shortcode"];

/// Whether the text inside square brackets is a shortcode: `ad_1`, `adsense_top`,
/// `banner id=4`, `/caption`.
fn is_shortcode(inner: &str) -> bool {
    let name_end = inner.find(' ').unwrap_or(inner.len());
    let name = inner[..name_end].trim_start_matches('/');
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
        return false;
    }
    // `word_12`: a numbered slot
    if let Some((word, number)) = name.split_once('_') {
        if !word.is_empty()
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit())
        {
            return true;
        }
    }
    let letters = name.trim_end_matches(|c: char| c.is_ascii_digit());
    let head = letters.split('_').next().unwrap_or("");
    // `[adjusted]` is an editor's word: the name is a listed word, or one with `_`
    NAMES.contains(&head) && (head == letters || letters.contains('_'))
        && (name_end == inner.len() || inner[name_end..].contains('='))
}

/// The words of an ad slot's name (`banner 728x90`, `sidebar 300x250`).
const SLOT_WORDS: &[&str] = &[
    "ad", "ads", "adsense", "advert", "advertisement", "banner", "billboard", "leaderboard",
    "rectangle", "sidebar", "skyscraper", "slot", "widget",
];

/// Whether a short line names an ad slot's size: `banner 728x90`.
fn is_ad_slot(line: &str) -> bool {
    let words = || line.split_whitespace();
    if words().nth(3).is_some() || line.ends_with(['.', '!', '?']) {
        return false;
    }
    let named = words().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        // (lower-cased in a copy only past ASCII)
        if w.is_ascii() {
            SLOT_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w))
        } else {
            SLOT_WORDS.contains(&w.to_lowercase().as_str())
        }
    });
    named && words().any(|w| {
        let Some((a, b)) = w.split_once(['x', '×']) else {
            return false;
        };
        let size = |s: &str| (2..=4).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
        size(a) && size(b)
    })
}

impl Rule for Shortcode {
    fn meta(&self) -> &'static RuleMeta {
        &SHORTCODE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        for o in memchr::memchr_iter(b'[', bytes) {
            let window = &text[o + 1..floor_boundary(text, o + 80)];
            let Some(k) = window.find(']') else {
                continue;
            };
            let e = o + 1 + k + 1;
            // `[caption](url)` is a Markdown link
            if bytes.get(e) == Some(&b'(') || !is_shortcode(&window[..k]) || doc.is_protected(o..e) {
                continue;
            }
            out.push(SHORTCODE.finding(o..e, "a shortcode of the page's publishing system; remove it"));
        }
        let (ls, _) = shared_lines(doc);
        for (content, _) in ls {
            let t = trimmed(doc, content);
            let plain = plain(doc, &t);
            let line: &str = &plain;
            if line.len() <= 40 && is_ad_slot(line) && !doc.is_protected(t.clone()) {
                out.push(SHORTCODE.finding(t, "an ad slot's line left from the page; remove it"));
            }
        }
    }
}
