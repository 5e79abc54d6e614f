//! The `boilerplate/web-ui-line` rule: a line made of the words of web-page furniture (comment
//! forms, share buttons, related-article and source links) in any wording: `Leave your comment`,
//! `Share on WhatsApp`, `See also: …`.

use super::lines::{plain, remove_block, shared_lines, trimmed};
use super::page_debris::is_debris_line;
use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::floor_boundary;
use crate::text::hash::FoldedWords;
use once_cell::sync::Lazy;

/// A short line of page-furniture words, or a label of them before a headline.
pub struct WebUiLine;

static WEB_UI_LINE: RuleMeta = RuleMeta {
    id: "boilerplate/web-ui-line",
    category: Category::Boilerplate,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a line made of web-page furniture words (comment forms, share buttons, related links: `Leave your comment`, `See also: …`) left from a scraped page; remove it",
    flags: &[
        Example { text: "The mayor resigned.\nLeave your comment here\nThe council met.", fixed: "The mayor resigned.\nThe council met." },
        Example { text: "See also: The budget vote in pictures\nThe council met.", fixed: "The council met." },
        Example { text: "The council met.\nShare via Telegram", fixed: "The council met." },
        Example { text: "Your email will not be shown. Required fields are marked", fixed: "" },
        Example { text: "The council met.\nOriginal source link\nThe vote was close.", fixed: "The council met.\nThe vote was close." },
        Example { text: "The council met.\nPopular tags\nThe vote was close.", fixed: "The council met.\nThe vote was close." },
    ],
    passes: &[
        "I read your comment and I agree.",
        "Editor: Jana Novak",
        "She shared the news with her family on Monday.",
        "Address: 12 Harbour Road",
        "Please see the pictures for more details.",
        "The council met.\nNews\nThe vote was close.",
        "They follow the link to the source.",
        "Please follow the next steps of the process",
        "Here!",
    ],
};

/// The vocabulary of web-page furniture: comment forms, sharing, subscriptions,
/// related-article lists, navigation, legal footers (the kind's words, in any
/// order, not a site's phrases).
pub(super) const UI_WORDS: &[&str] = &[
    "address", "advertisement", "advertisements", "all", "also", "article", "articles", "back",
    "browser", "categories", "category", "click", "comment", "comments", "content", "continue",
    "cookie", "cookies", "copyright", "e-mail", "editor", "editor's", "email", "enter", "facebook",
    "feed", "feeds", "fields", "follow", "gallery", "here", "home", "latest", "learn", "leave",
    "link", "linkedin", "links", "loading", "log", "login", "marked", "menu", "more", "must",
    "name", "news", "newsletter", "next", "notification", "notify", "original", "photo", "pick",
    "picks", "pin", "policy", "popular", "post", "posted", "posts", "previous", "print",
    "privacy", "processed", "published", "read", "reading", "recent", "register", "related",
    "replies", "reply", "required", "reserved", "rights", "rss", "search", "see", "share",
    "shares", "sign", "site", "skip", "source", "spam", "sponsored", "subscribe", "tag", "tags",
    "telegram", "terms", "top", "trending", "tweet", "twitter", "video", "view", "watch",
    "website", "whatsapp",
];

/// English function words: they neither make nor spoil a furniture line.
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "across", "after", "against", "although", "among", "an", "and", "are", "as",
    "at", "be", "because", "been", "before", "between", "but", "by", "can", "could", "did", "do",
    "does", "during", "for", "from", "had", "has", "have", "he", "her", "his", "i", "if", "in",
    "into", "is", "it", "its", "may", "might", "my", "no", "nor", "not", "of", "on", "onto", "or",
    "our", "over", "per", "shall", "she", "should", "since", "so", "than", "that", "the", "their",
    "then", "these", "they", "this", "those", "though", "through", "to", "under", "until", "via",
    "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "whose",
    "will", "with", "without", "would", "yet", "you", "your",
];

/// One-word lines too common as headings to be furniture alone.
pub(super) const HEADINGS: &[&str] = &["back", "here", "home", "more", "news", "photo", "top", "video"];

static UI_KEYS: Lazy<FoldedWords> = Lazy::new(|| FoldedWords::new(UI_WORDS));
static FUNCTION_KEYS: Lazy<FoldedWords> = Lazy::new(|| FoldedWords::new(FUNCTION_WORDS));

/// Whether `w` (any case; a curly apostrophe reads as `'`) is in the sorted
/// `list`, whose words are also in `folded` (the quick test of ASCII words).
fn listed_in(list: &[&str], folded: &FoldedWords, w: &str) -> bool {
    folded.contains(w).unwrap_or_else(|| {
        let lower = w.replace('’', "'").to_lowercase();
        list.binary_search(&lower.as_str()).is_ok()
    })
}

fn is_ui_word(w: &str) -> bool {
    listed_in(UI_WORDS, &UI_KEYS, w)
}

fn is_function_word(w: &str) -> bool {
    listed_in(FUNCTION_WORDS, &FUNCTION_KEYS, w)
}

/// The words of a line: letter runs, with an inner apostrophe or hyphen.
fn words(line: &str) -> impl Iterator<Item = &str> {
    line.split(|c: char| !(c.is_alphabetic() || matches!(c, '\'' | '’' | '-')))
        .map(|w| w.trim_matches(['\'', '’', '-']))
        .filter(|w| !w.is_empty())
}

/// Where a `Label:` of furniture words ends (`See also:`, `Original source:`).
fn ui_label(line: &str) -> Option<usize> {
    let colon = line[..floor_boundary(line, 40)].find(':')?;
    let label = &line[..colon];
    let n = words(label).count();
    let ok = (2..=3).contains(&n)
        && label.starts_with(|c: char| c.is_uppercase())
        && !label.contains(|c: char| c.is_ascii_digit())
        && line[colon + 1..].starts_with(char::is_whitespace)
        && words(label).all(is_ui_word);
    ok.then_some(colon + 1)
}

/// Whether a line may have at most 14 words: fewer than 18 runs of spaces
/// (blanked markup is a run too). Most lines are prose, too long to be furniture.
fn few_words(line: &str) -> bool {
    crate::text::space_runs(line.as_bytes(), 18) < 18
}

/// Whether a whole line is furniture: at most 14 words and 10 content words, no
/// sentence about someone, and its content words (mostly) furniture words.
fn is_ui_line(line: &str) -> bool {
    if !few_words(line) {
        return false;
    }
    // a line of six words or more ending a sentence is prose
    let b = line.as_bytes();
    let sentence = line.trim_end_matches(['"', '”', '’', ')']).ends_with(['.', '!', '?']);
    if sentence && crate::text::has_at_least(b, b' ', 5) {
        return false;
    }
    let (mut all, mut content, mut ui) = (0, 0, 0);
    let mut single = "";
    // a line about someone is a sentence, unless it asks to leave a comment
    let leave = line.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("leave"));
    for w in words(line) {
        all += 1;
        let pronoun = matches!(
            w,
            "I" | "we" | "We" | "he" | "He" | "she" | "She" | "they" | "They" | "it" | "It"
        );
        if pronoun && !leave {
            return false;
        }
        if is_function_word(w) {
            continue;
        }
        content += 1;
        if !w.eq_ignore_ascii_case("also") && is_ui_word(w) {
            ui += 1;
        } else if content > ui + 2 {
            // three other content words: ui < 3 * (content - ui), never furniture
            return false;
        }
        if content == 1 {
            single = w;
        }
    }
    if content == 0 || all > 14 || content > 10 {
        return false;
    }
    if content == 1 {
        return ui == 1 && all <= 2 && !line.ends_with('.') && !HEADINGS.contains(&single.to_lowercase().as_str());
    }
    ui >= 2 && ui * 4 >= content * 3
}

impl Rule for WebUiLine {
    fn meta(&self) -> &'static RuleMeta {
        &WEB_UI_LINE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let (ls, edge) = shared_lines(doc);
        for (i, (content, full)) in ls.iter().enumerate() {
            // most lines are prose: too long to be furniture or a label's line
            if content.len() > 400 || (!doc.has_markup() && !few_words(&text[content.clone()])) {
                continue;
            }
            let t = trimmed(doc, content);
            if t.is_empty()
                || t.len() > 300
                || !text[t.start..].starts_with(|c: char| c.is_alphabetic())
            {
                continue;
            }
            let plain = plain(doc, &t);
            let line: &str = &plain;
            let furniture = ui_label(line).is_some() || is_ui_line(line);
            // page-debris reports its listed lines, with their certain fix
            if furniture && !is_debris_line(line, edge[i]) && !doc.is_protected(t.clone()) {
                let finding = WEB_UI_LINE.finding(
                    t.clone(),
                    "a line of the scraped page's furniture (comments, sharing, links); remove it",
                );
                out.push(match remove_block(doc, full, &t) {
                    Some(edit) => finding.with_fix(Fix::unsafe_fix(edit)),
                    None => finding,
                });
            }
        }
    }
}
