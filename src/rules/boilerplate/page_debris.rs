//! The `boilerplate/page-debris` rule: a line of navigation, sharing or comment-form text left from
//! a scraped page (`Back to top button`); remove it.

use super::lines::{remove_block, shared_lines, trimmed};
use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use once_cell::sync::Lazy;

/// Lines of navigation, sharing and comment widgets, matched whole (case-insensitive).
pub(super) const DEBRIS: &[&str] = &[
    r"back to top(?: button)?",
    r"(?:go|scroll|jump) to (?:the )?top",
    r"share this(?: article| story| post| page)?:?",
    r"like this:?",
    r"loading(?:\.\.\.|…)",
    r"related(?: posts| articles| stories| news| content| topics)?:?",
    r"(?:more|latest|recent) (?:news|stories|posts|articles)",
    r"check also:?",
    r"you (?:may|might) also (?:like|be interested in):?",
    r"(?:also read|read also|read more)[:.]?",
    r"source link",
    r"click to (?:share|print|email) (?:on \w+ )?\(opens in new window\)",
    r"click to share on \w+",
    r"share on (?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|email)",
    r"leave a reply(?: cancel reply)?",
    r"leave a comment",
    r"cancel reply",
    r"please enter your (?:comment|name|email address|email)(?: here)?!?",
    r"your email address will not be published\.?(?: required fields are marked \*)?",
    r"required fields are marked \*",
    r"save my name, email,? and website in this browser for the next time i comment\.?",
    r"notify me of (?:follow-up comments|new posts|new comments) (?:by|via) email\.?",
    r"you must be logged in to post a comment\.?",
    r"this site uses akismet to reduce spam\. learn how your comment data is processed\.?",
    r"post navigation",
    r"(?:previous|prev|next) (?:article|post|story)",
    r"previous article\s+next article",
    r"advertisements?",
    r"sponsored(?: content)?",
    r"ad blocker detected",
    r"skip to (?:main )?content",
    r"all rights reserved\.?",
    r"editor'?s picks?",
    r"(?:most read|most popular|trending now|popular posts)",
    r"(?:continue reading|read the full (?:story|article))\.?",
    r"(?:\d+ )?comments?",
    r"no comments(?: yet)?",
];

/// The first words the debris patterns can start with: a line starting with any
/// other word is no debris, and the pattern sets need not look at it.
pub(super) const DEBRIS_FIRST: &[&str] = &[
    "(c)",
    "ad",
    "advertisement",
    "advertisements",
    "all",
    "also",
    "back",
    "cancel",
    "categories",
    "check",
    "click",
    "comment",
    "comments",
    "continue",
    "copy",
    "copyright",
    "date",
    "e-mail",
    "editor's",
    "editors",
    "editor’s",
    "email",
    "facebook",
    "filed",
    "follow",
    "go",
    "hear",
    "jump",
    "latest",
    "leave",
    "like",
    "linkedin",
    "listen",
    "loading",
    "more",
    "most",
    "next",
    "no",
    "notify",
    "pin",
    "pinterest",
    "please",
    "popular",
    "post",
    "posted",
    "prev",
    "previous",
    "print",
    "published",
    "read",
    "recent",
    "reddit",
    "related",
    "required",
    "save",
    "scroll",
    "see",
    "share",
    "sign",
    "skip",
    "source",
    "sponsored",
    "subscribe",
    "tags",
    "telegram",
    "this",
    "topics",
    "trending",
    "tweet",
    "twitter",
    "updated",
    "watch",
    "whatsapp",
    "you",
    "your",
    "©",
];

pub(super) fn first_word_is_debris_start(line: &str) -> bool {
    let first = line.split([' ', ':', '\t']).next().unwrap_or("");
    if first.starts_with('©') || first.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        return true;
    }
    let first = first.trim_end_matches(['!', '.', ',']);
    static FILTER: Lazy<crate::text::hash::KeyFilter> =
        Lazy::new(|| DEBRIS_FIRST.iter().copied().collect());
    if !FILTER.may_contain(first) {
        return false;
    }
    // no word in the list is longer than 16 bytes: compare in a stack buffer
    match crate::text::ascii_lower(first, &mut [0u8; 16]) {
        Some(lower) => DEBRIS_FIRST.binary_search(&lower).is_ok(),
        None => DEBRIS_FIRST
            .binary_search(&first.to_lowercase().as_str())
            .is_ok(),
    }
}

/// Short, common words that are debris only at the start or end of a text.
pub(super) const EDGE_DEBRIS: &[&str] = &[
    r"(?:tweet|pin it|copy link|print|email|e-mail|share|whatsapp|telegram|facebook|twitter|linkedin|reddit|pinterest)",
    r"see also:?",
    r"trending",
    r"recent",
    r"(?:date|published|posted|updated)(?: on)? *:? *\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?",
];

/// A line of debris that ends in free text of bounded length: `Read more: <headline>`.
///
/// The bound is checked on the captured tail instead of being written as a
/// counted repetition: forty copies of Unicode `\w` make an automaton that takes
/// 15 ms to build, paid by the first scan that meets a candidate line.
pub(super) struct Tailed {
    /// what the line starts with (a pattern, case-insensitive)
    pub(super) head: &'static str,
    /// the class of every character of the tail (a pattern)
    pub(super) class: &'static str,
    /// how many characters the tail has, at least and at most
    pub(super) chars: (usize, usize),
}

/// A [`Tailed`] of `head`, then `min` to `max` characters of `class`.
pub(super) const fn tailed(
    head: &'static str,
    class: &'static str,
    min: usize,
    max: usize,
) -> Tailed {
    Tailed {
        head,
        class,
        chars: (min, max),
    }
}

/// Debris lines ending in bounded free text, anywhere in the text.
pub(super) const DEBRIS_TAILED: &[Tailed] = &[
    tailed(r"(?:also )?read(?: also| more)?: ", ".", 1, 200),
    tailed(r"follow us on ", r"(?:\w| )", 2, 40),
    tailed(
        r"please (?:consider supporting us by )?disabl(?:e|ing) your ad ?blocker",
        ".",
        0,
        100,
    ),
    tailed(
        r"(?:subscribe|sign up) to (?:our|the) newsletter",
        ".",
        0,
        100,
    ),
    tailed(r"(?:tags|categories|filed under|topics):", ".", 0, 200),
    tailed(r"(?:copyright )?(?:©|\(c\)) ?\d{4}", ".", 0, 100),
];

/// Debris lines ending in bounded free text, at the start or end of the text only.
pub(super) const EDGE_TAILED: &[Tailed] = &[
    tailed(r"source:? ?", r"(?:\w| |\.)", 0, 40),
    tailed(r"posted in ", ".", 1, 80),
];

/// The tailed patterns compiled: one alternation saying whether any head fits
/// a line with a tail of its class, and, built when first needed, each pattern
/// capturing its tail. Every head ends where its tail's class cannot go on (or,
/// for `source:? ?`, greedily), so the captured tail is the shortest any reading
/// of the line gives, and its length decides.
pub(super) struct TailedSet {
    list: &'static [Tailed],
    any: crate::rules::Widened,
    each: Vec<once_cell::sync::OnceCell<crate::rules::Widened>>,
}

fn tailed_pattern(t: &Tailed) -> String {
    format!("(?i)^(?:{})({}*)$", t.head, t.class)
}

impl TailedSet {
    fn new(list: &'static [Tailed]) -> TailedSet {
        let all: Vec<String> = list.iter().map(tailed_pattern).collect();
        TailedSet {
            list,
            any: crate::rules::Widened::new(format!("(?:{})", all.join(")|(?:")), false)
                .expect("tailed debris patterns"),
            each: list
                .iter()
                .map(|_| once_cell::sync::OnceCell::new())
                .collect(),
        }
    }

    pub(super) fn is_match(&self, line: &str) -> bool {
        if !self.any.may_match(line) {
            return false;
        }
        self.list.iter().zip(&self.each).any(|(t, cell)| {
            let re = cell
                .get_or_init(|| {
                    crate::rules::Widened::new(tailed_pattern(t), true)
                        .expect("tailed debris pattern")
                })
                .regex_for(line);
            let mut caps = re.create_captures();
            re.captures(line, &mut caps);
            caps.get_group(1).is_some_and(|tail| {
                (t.chars.0..=t.chars.1).contains(&line[tail.range()].chars().count())
            })
        })
    }
}

pub(super) static DEBRIS_TAILED_SET: Lazy<TailedSet> = Lazy::new(|| TailedSet::new(DEBRIS_TAILED));
pub(super) static EDGE_TAILED_SET: Lazy<TailedSet> = Lazy::new(|| TailedSet::new(EDGE_TAILED));

/// A page's date field glued to the start of its first line: `date 2022-06-29 The minister…`.
pub(super) static DATE_LABEL: Lazy<crate::rules::Widened> = Lazy::new(|| {
    crate::rules::Widened::new(r"(?i)^(?:date|published(?: on)?|posted(?: on)?|updated(?: on)?|last updated(?: on)?) *:? *\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?(?: +|$)".to_string(), false)
        .expect("date label regex")
});

// One regex per list, an alternation matching whole lines: only whether any
// pattern matches counts, and one automaton answers that faster than a set.
pub(super) static DEBRIS_SET: Lazy<crate::rules::Widened> = Lazy::new(|| {
    crate::rules::Widened::new(format!("(?i)^(?:{})$", DEBRIS.join("|")), false)
        .expect("debris patterns")
});

pub(super) static EDGE_DEBRIS_SET: Lazy<crate::rules::Widened> = Lazy::new(|| {
    crate::rules::Widened::new(format!("(?i)^(?:{})$", EDGE_DEBRIS.join("|")), false)
        .expect("edge debris patterns")
});

/// Whether a line is the caption of an embedded player the scrape left out:
/// `Listen to audio in which …`, `Watch the video: …`, `See the full video`. A
/// sentence about a recording ends with a stop; the caption has none.
pub(super) fn is_player_caption(line: &str) -> bool {
    // (most lines that reach here start with another debris word: the head first)
    let head = ["listen to ", "watch ", "see ", "hear "]
        .into_iter()
        .find(|h| line.get(..h.len()).is_some_and(|start| start.eq_ignore_ascii_case(h)));
    let Some(head) = head else {
        return false;
    };
    if line.len() > 200 || line.contains(['.', '!', '?']) {
        return false;
    }
    let lower = line.to_ascii_lowercase();
    let rest = &lower[head.len()..];
    let rest = ["the ", "this "].iter().find_map(|d| rest.strip_prefix(d)).unwrap_or(rest);
    let rest = rest.strip_prefix("full ").unwrap_or(rest);
    let Some(rest) = ["audio", "video", "podcast", "recording"].iter().find_map(|m| rest.strip_prefix(m)) else {
        return false;
    };
    let rest = rest.strip_prefix('s').unwrap_or(rest);
    rest.is_empty() || rest.starts_with([' ', ':'])
}

/// Whether a line (trimmed) is one of the listed debris lines; `edge`: whether it
/// is among the first or last lines of the text.
pub(super) fn is_debris_line(line: &str, edge: bool) -> bool {
    first_word_is_debris_start(line)
        && (is_player_caption(line)
            || DEBRIS_SET.is_match(line)
            || DEBRIS_TAILED_SET.is_match(line)
            || (edge && (EDGE_DEBRIS_SET.is_match(line) || EDGE_TAILED_SET.is_match(line))))
}

/// Navigation, share and comment-form text left from scraping: `Back to top button`.
pub struct PageDebris;

static PAGE_DEBRIS: RuleMeta = RuleMeta {
    id: "boilerplate/page-debris",
    category: Category::Boilerplate,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a line of navigation, sharing or comment-form text left from a scraped page (`Back to top button`); remove it",
    flags: &[
        Example { text: "Rain fell all day.\nBack to top button", fixed: "Rain fell all day." },
        Example { text: "Share this:\nRain fell all day.", fixed: "Rain fell all day." },
        Example {
            text: "Rain fell all day.\n\nLeave a Reply\nYour email address will not be published. Required fields are marked *\n",
            fixed: "Rain fell all day.\n\n",
        },
        Example {
            text: "Rain fell.\nRead more:  Storm hits the coast again\nWind rose.",
            fixed: "Rain fell.\nWind rose.",
        },
        Example { text: "Rain fell.\nADVERTISEMENT\nWind rose.", fixed: "Rain fell.\nWind rose." },
        Example { text: "Rain fell.\nTweet", fixed: "Rain fell." },
        Example {
            text: "The mayor spoke at noon.\nListen to the audio in which the mayor explains the plan\nWind rose.",
            fixed: "The mayor spoke at noon.\nWind rose.",
        },
        Example { text: " date 2022-06-29 The minister resigned.\nRain fell.", fixed: " The minister resigned.\nRain fell." },
    ],
    passes: &[
        "She read also the report, then went back to top form.",
        "Share this view with your friends, he said.",
        "The advertisement ran for a week.\nComments were closed.",
        "Related to the storm, the roads closed.",
        "a\nb\nc\nd\ne\nPrint\nf\ng\nh\ni\nj\nk",
        "Rain fell.\nThe date 2022-06-29 was set for the vote.",
        "Rain fell.\nWatch the video below to see how the roof was rebuilt.",
        "Rain fell.\nListen to your body and rest when you need to",
    ],
};

impl Rule for PageDebris {
    fn meta(&self) -> &'static RuleMeta {
        &PAGE_DEBRIS
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let (ls, edge) = shared_lines(doc);
        // the first line may start with the page's date field
        if let Some((content, _)) = ls.iter().find(|(r, _)| !text[r.clone()].trim().is_empty()) {
            let t = trimmed(doc, content);
            let first = &text[t.clone()];
            // a date label starts with `date`, `published`, `posted`, `updated` or
            // `last`: a line starting otherwise spares building the pattern
            let label_start = matches!(
                first.as_bytes().first().map(u8::to_ascii_lowercase),
                Some(b'd' | b'p' | b'u' | b'l')
            );
            if let Some(m) = label_start.then(|| DATE_LABEL.find(first)).flatten() {
                let r = t.start..t.start + m.end();
                if r.end < t.end {
                    out.push(
                        PAGE_DEBRIS
                            .finding(
                                r.clone(),
                                "the scraped page's date field glued to the text; remove it",
                            )
                            .with_fix(Fix::safe(Edit::delete(r))),
                    );
                }
            }
        }
        for (i, (content, full)) in ls.iter().enumerate() {
            let t = trimmed(doc, content);
            let line = &text[t.clone()];
            if line.is_empty() || line.len() > 300 {
                continue;
            }
            if !is_debris_line(line, edge[i]) || doc.is_protected(t.clone()) {
                continue;
            }
            let edit = remove_block(doc, full, &t);
            let finding = PAGE_DEBRIS.finding(
                t,
                "text of the scraped page's navigation or widgets; remove the line",
            );
            out.push(match edit {
                Some(edit) => finding.with_fix(Fix::safe(edit)),
                None => finding,
            });
        }
    }
}
