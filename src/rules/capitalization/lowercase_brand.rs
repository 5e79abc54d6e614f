//! The `capitalization/lowercase-brand` rule: the name of a platform or brand whose capitals are
//! part of the name written all in lower case in prose (`her wechat account`, `a youtube
//! channel`): MT out of a script with no case, or a lower-cased source, loses the capitals, and
//! no English word has the lower-case spelling.

use super::lowercase_name::stands_alone;
use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// A brand with capitals in its name written in lower case: `wechat` for `WeChat`.
pub struct LowercaseBrand;

static LOWERCASE_BRAND: RuleMeta = RuleMeta {
    id: "capitalization/lowercase-brand",
    category: Category::Capitalization,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| BRANDS.iter().map(|(lower, _)| *lower).collect()),
    default_enabled: true,
    summary: "a platform or brand name written in lower case (`her wechat group`, `a youtube video`)",
    flags: &[
        Example {
            text: "She posted the photo in her wechat group on Monday.",
            fixed: "She posted the photo in her WeChat group on Monday.",
        },
        Example {
            text: "The clip was watched a million times on youtube within a day.",
            fixed: "The clip was watched a million times on YouTube within a day.",
        },
        Example {
            text: "Sellers moved to whatsapp and linkedin after the ban.",
            fixed: "Sellers moved to WhatsApp and LinkedIn after the ban.",
        },
    ],
    passes: &[
        "She posted the photo in her WeChat group on Monday.",
        "See https://www.youtube.com/watch?v=abc or youtube.com for the clip.",
        "Follow @wechat_news and #tiktok for more.",
        "The package wechat-sdk and the file tiktok_export.csv are on the server.",
        "Install it with `pip install youtube` first.",
    ],
};

/// Brands and platforms whose capitals are part of the name and whose lower-case spelling is no
/// English word: (lower case, the name). Names of the shape of many common words (`chatgpt` and
/// `contact`, `playstation` and `preparation`) are left out: the trigger index would hand the
/// rule those words.
const BRANDS: &[(&str, &str)] = &[
    ("blackberry", "BlackBerry"),
    ("facebook", "Facebook"),
    ("fedex", "FedEx"),
    ("instagram", "Instagram"),
    ("linkedin", "LinkedIn"),
    ("paypal", "PayPal"),
    ("spacex", "SpaceX"),
    ("tiktok", "TikTok"),
    ("wechat", "WeChat"),
    ("weibo", "Weibo"),
    ("whatsapp", "WhatsApp"),
    ("youtube", "YouTube"),
    ("youtuber", "YouTuber"),
    ("youtubers", "YouTubers"),
];

impl Rule for LowercaseBrand {
    fn meta(&self) -> &'static RuleMeta {
        &LOWERCASE_BRAND
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let b = text.as_bytes();
        for k in doc.trigger_words(LOWERCASE_BRAND.id) {
            let word = doc.word(k);
            // the list takes any case of the words' shapes: only the all-lower-case spelling
            let Ok(at) = BRANDS.binary_search_by(|(lower, _)| (*lower).cmp(word)) else {
                continue;
            };
            let (s, e) = doc.words()[k];
            if !stands_alone(b, s, e) || in_code(b, s, e) || doc.is_protected(s..e) {
                continue;
            }
            let name = BRANDS[at].1;
            out.push(
                LOWERCASE_BRAND
                    .finding(s..e, format!("`{word}` is a name: `{name}`"))
                    .with_fix(Fix::safe(Edit::new(s..e, name.to_string()))),
            );
        }
    }
}

/// Whether the word at `s..e` is in backquoted code on its line (`` `pip install youtube` ``).
fn in_code(b: &[u8], s: usize, e: usize) -> bool {
    let line_start = memchr::memrchr(b'\n', &b[..s]).map_or(0, |i| i + 1);
    let line_end = memchr::memchr(b'\n', &b[e..]).map_or(b.len(), |i| e + i);
    let ticks = memchr::memchr_iter(b'`', &b[line_start..s]).count();
    ticks % 2 == 1 && memchr::memchr(b'`', &b[e..line_end]).is_some()
}
