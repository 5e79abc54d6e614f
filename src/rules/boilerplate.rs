//! Boilerplate: machine-translation disclaimers and the debris of scraped pages
//! (navigation, share buttons, comment forms) left in the text.

use crate::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use once_cell::sync::Lazy;
use regex::Regex;
use std::ops::Range;

/// How many non-empty lines at each end of a text count as its edge, where a
/// page's header and footer debris sits.
const EDGE_LINES: usize = 5;

/// The non-empty lines of a text: (range without the line ending, range including it). In
/// markup, a block-level tag (`<p>`, `<br>`, `<li>`...) also ends a line.
fn lines(doc: &Document<'_>, mut out: Vec<Line>) -> Vec<Line> {
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
fn shared_lines<'d>(doc: &'d Document<'_>) -> (&'d [Line], &'d [bool]) {
    let (ls, edge) = doc.block_lines(|(ls, edge)| {
        let ls = lines(doc, ls);
        let edge = edge_flags(doc.text(), &ls, edge);
        (ls, edge)
    });
    (ls, edge)
}

/// Whether a markup range is (or begins with) a block-level HTML tag or a line break.
fn is_block_tag(zone: &str) -> bool {
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
fn trimmed(doc: &Document<'_>, r: &Range<usize>) -> Range<usize> {
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
fn remove_line(text: &str, full: &Range<usize>) -> Edit {
    if full.end == text.len() && !text[full.clone()].ends_with('\n') && full.start > 0 {
        Edit::delete(full.start - 1..full.end)
    } else {
        Edit::delete(full.clone())
    }
}

/// Phrases that declare a text machine-translated (or machine-written), each a
/// case-insensitive regex over one line.
const DISCLAIMERS: &[&str] = &[
    r"programmatic technology",
    r"\brobot(?:ically)?[- ]translated\b",
    r"\bnot (?:from|by) a human (?:editor|translator)\b",
    r"\bwe (?:transmit|publish|post|republish|share|distribute) (?:this|these|the|all) (?:news|articles?|content|stories|posts)(?: \w+){0,3} automatically\b",
    r"\bnot all news on (?:the|this|our) (?:site|website) expresses\b",
    r"\b(?:this|the|our) (?:article|page|post|story|news|text|content|report|website|site|item)(?: \w+){0,3} (?:was|has been|is|were|have been|are) (?:automatically |machine[- ]|robot[- ]|auto[- ]|computer[- ]|google[- ]|ai[- ])translated\b",
    r"\b(?:automatically|machine|auto)[- ]translated (?:from|by|into|with|using)\b",
    r"\btranslated (?:automatically|by (?:a )?machine|by (?:google|deepl|bing|yandex|microsoft|ai|artificial intelligence|a computer|software|a bot|a robot)\b)",
    r"\btranslated (?:with|using|via|through) (?:google translate|deepl|bing translator|yandex|machine translation|automatic translation|automated translation|artificial intelligence|ai\b|translation software)",
    r"\b(?:powered|provided) by (?:google translate|deepl|bing translator|yandex\.?translate|microsoft translator)\b",
    r"\bgoogle translate (?:was|is|has been) used\b",
    r"\b(?:automatic|machine|automated|computer|ai)[- ]translation (?:provided|powered|performed|done|generated) by\b",
    r"^\(?(?:machine|automatic|automated|auto|ai|google|computer)[- ]translat(?:ion|ed)\)?[.:]?$",
    r"^translated by (?:google|deepl|bing|yandex|a machine|machine|ai)\.?$",
    r"\bsorry for (?:any |the )?(?:typos|errors|mistakes|inaccuracies)(?: in (?:the )?translation)?,? if any\b",
    r"\b(?:this|the|our|automatic|machine) translation (?:may|might|could|can) (?:contain|include|have) (?:errors|inaccuracies|mistakes)\b",
    r"\b(?:this|the) (?:translation|text|content|article) (?:was|is|has been) (?:generated|produced|created|done|made) (?:automatically|by (?:a )?machine|by ai\b|by artificial intelligence|with ai\b|using ai\b)",
    r"\bthis (?:content|article|text|story) was translated by (?:ai|artificial intelligence|a machine|software)\b",
    r"\b(?:has|have) not been (?:reviewed|checked|edited|proofread) by (?:a )?(?:human|editor|translator|our editors)\b",
    r"\bwithout (?:human )?(?:review|editing|proofreading) by (?:a )?(?:human|editor|translator)\b",
    r"\b(?:is|was|has been) (?:published|posted|generated) (?:automatically )?from (?:a |an )?(?:syndicated|rss|news|automated) feed\b",
    r"\bauto[- ]?generated from (?:a |an )?(?:syndicated|rss) feed\b",
    r"\bautomatically (?:translated|generated) (?:from|by|using|with)\b",
    r"\bin case of (?:any )?(?:discrepancy|discrepancies),? the (?:original|\w+ version)\b",
    r"\bthe (?:original|\w+) version (?:of this (?:article|text|page) )?(?:shall )?prevails?\b",
    r"\bas an ai language model\b",
    r"\bi cannot (?:fulfill|complete|comply with) (?:this|your) (?:request|prompt)\b",
    r"\bmy knowledge cut-?off\b",
    r"^certainly! here(?: is|'s)\b",
    r"^(?:okay|sure|ok), here(?: is|'s) (?:a|the|your) (?:summary|rewritten|translated|news)\b",
    r"^regenerate response$",
    r"\bthis (?:article|story|page) (?:was|has been) (?:written|generated|created) (?:with the help of|by|using) (?:ai|artificial intelligence|an ai)\b",
];

/// Words in a line that point at the page itself or its publisher: a disclaimer
/// speaks of itself, an article about machine translation does not.
static DEICTIC: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(?:this|our|the) (?:page|site|website|article|news|post|story|content|text|translation|item)\b|\b(?:we|our|here|sorry|i)\b")
        .expect("deictic regex")
});

/// Words one of which every disclaimer pattern contains: a cheap literal test
/// before the pattern set (whose word boundaries make it slow).
static DISCLAIMER_HINT: Lazy<Regex> = Lazy::new(|| {
    // in lower case, capitalised and upper case rather than with `(?i)`, whose
    // case variants of every letter would defeat the literal search
    let words = "transl|programmatic|human|not all news|language model|knowledge cut|certainly|okay|sure,|ok,|regenerate|feed|discrepanc|prevail|artificial|written|generated|typos";
    let mut all: Vec<String> = Vec::new();
    for w in words.split('|') {
        let mut cap = w.to_string();
        cap[..1].make_ascii_uppercase();
        all.extend([w.to_string(), cap, w.to_ascii_uppercase()]);
    }
    Regex::new(&all.join("|")).expect("disclaimer hint regex")
});

/// Whether a line holds any disclaimer pattern: one alternation, as only whether
/// any matches counts (a set would also track which, at twice the building time).
static DISCLAIMER_ANY: Lazy<super::Widened> = Lazy::new(|| {
    // ASCII word boundaries: the patterns are English words, and Unicode ones
    // keep the regex engine from its fast automaton
    let all: Vec<String> = DISCLAIMERS
        .iter()
        .map(|p| format!("(?:{})", p.replace(r"\b", r"(?-u:\b)")))
        .collect();
    super::Widened::new(format!("(?i){}", all.join("|")), false).expect("disclaimer patterns")
});

/// A line declaring the text machine-translated: `This page has been robot translated`.
pub struct MtDisclaimer;

static DISCLAIMER: RuleMeta = RuleMeta {
    id: "boilerplate/mt-disclaimer",
    category: Category::Boilerplate,
    severity: Severity::Warning,
    default_enabled: true,
    summary: "a line declaring the text machine-translated (`this page has been robot translated`); remove it",
    flags: &[
        Example {
            text: "Rain fell.\nThis article was automatically translated from Spanish.\n",
            fixed: "Rain fell.\n",
        },
        Example {
            text: "Rain fell.\nWe publish this news automatically and translate it with programmatic technology, not by a human editor.",
            fixed: "Rain fell.",
        },
        Example {
            text: "(Machine translation)\nRain fell.",
            fixed: "Rain fell.",
        },
        Example {
            text: "This page has been robot translated, sorry for typos if any.\n\nRain fell.",
            fixed: "\nRain fell.",
        },
        Example {
            text: "Rain fell.\nThe text of this story was generated by AI and has not been reviewed by an editor.",
            fixed: "Rain fell.",
        },
    ],
    passes: &[
        "Studies show that text translated by Google often contains errors in the middle of long documents, experts say.\nRain fell.\nWind rose.\nIt cleared.\nThen snow.\nThe end.",
        "Machine translation has improved quickly since neural networks replaced phrase tables.",
        "The ministry said the report was translated into English by its own staff.",
        "She works on machine-translated subtitles for a streaming service.",
        "He said the automatic translation of legal texts needs review.",
    ],
};

impl Rule for MtDisclaimer {
    fn meta(&self) -> &'static RuleMeta {
        &DISCLAIMER
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let (ls, edge) = shared_lines(doc);
        // the lines holding a hint word, from one pass of the hint over the text
        let mut candidates: Vec<usize> = DISCLAIMER_HINT
            .find_iter(text)
            .map(|m| ls.partition_point(|(_, full)| full.end <= m.start()))
            .filter(|&i| i < ls.len())
            .collect();
        candidates.dedup();
        for i in candidates {
            let (content, full) = &ls[i];
            let t = trimmed(doc, content);
            let line = &text[t.clone()];
            if line.is_empty()
                || line.len() > 800
                || !DISCLAIMER_HINT.is_match(line)
                || !DISCLAIMER_ANY.is_match(line)
            {
                continue;
            }
            // a disclaimer speaks of its own page, or stands short at the page's edge
            let short = line.split_whitespace().count() <= 8;
            if !(DEICTIC.is_match(line) || (edge[i] && short)) {
                continue;
            }
            out.push(
                DISCLAIMER
                    .finding(
                        t,
                        "machine-translation disclaimer left in the text; remove the line",
                    )
                    .with_fix(Fix::review(remove_line(text, full))),
            );
        }
    }
}

/// Lines of navigation, sharing and comment widgets, matched whole (case-insensitive).
const DEBRIS: &[&str] = &[
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
const DEBRIS_FIRST: &[&str] = &[
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
    "jump",
    "latest",
    "leave",
    "like",
    "linkedin",
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
    "whatsapp",
    "you",
    "your",
    "©",
];

fn first_word_is_debris_start(line: &str) -> bool {
    let first = line.split([' ', ':', '\t']).next().unwrap_or("");
    if first.starts_with('©') || first.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        return true;
    }
    let first = first.trim_end_matches(['!', '.', ',']);
    static FILTER: Lazy<crate::hash::KeyFilter> =
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
const EDGE_DEBRIS: &[&str] = &[
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
struct Tailed {
    /// what the line starts with (a pattern, case-insensitive)
    head: &'static str,
    /// the class of every character of the tail (a pattern)
    class: &'static str,
    /// how many characters the tail has, at least and at most
    chars: (usize, usize),
}

/// A [`Tailed`] of `head`, then `min` to `max` characters of `class`.
const fn tailed(head: &'static str, class: &'static str, min: usize, max: usize) -> Tailed {
    Tailed {
        head,
        class,
        chars: (min, max),
    }
}

/// Debris lines ending in bounded free text, anywhere in the text.
const DEBRIS_TAILED: &[Tailed] = &[
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
const EDGE_TAILED: &[Tailed] = &[
    tailed(r"source:? ?", r"(?:\w| |\.)", 0, 40),
    tailed(r"posted in ", ".", 1, 80),
];

/// The tailed patterns compiled: one alternation saying whether any head fits
/// a line with a tail of its class, and, built when first needed, each pattern
/// capturing its tail. Every head ends where its tail's class cannot go on (or,
/// for `source:? ?`, greedily), so the captured tail is the shortest any reading
/// of the line gives, and its length decides.
struct TailedSet {
    list: &'static [Tailed],
    any: super::Widened,
    each: Vec<once_cell::sync::OnceCell<super::Widened>>,
}

fn tailed_pattern(t: &Tailed) -> String {
    format!("(?i)^(?:{})({}*)$", t.head, t.class)
}

impl TailedSet {
    fn new(list: &'static [Tailed]) -> TailedSet {
        let all: Vec<String> = list.iter().map(tailed_pattern).collect();
        TailedSet {
            list,
            any: super::Widened::new(format!("(?:{})", all.join(")|(?:")), false)
                .expect("tailed debris patterns"),
            each: list
                .iter()
                .map(|_| once_cell::sync::OnceCell::new())
                .collect(),
        }
    }

    fn is_match(&self, line: &str) -> bool {
        if !self.any.may_match(line) {
            return false;
        }
        self.list.iter().zip(&self.each).any(|(t, cell)| {
            let re = cell
                .get_or_init(|| {
                    super::Widened::new(tailed_pattern(t), true).expect("tailed debris pattern")
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

static DEBRIS_TAILED_SET: Lazy<TailedSet> = Lazy::new(|| TailedSet::new(DEBRIS_TAILED));
static EDGE_TAILED_SET: Lazy<TailedSet> = Lazy::new(|| TailedSet::new(EDGE_TAILED));

/// A page's date field glued to the start of its first line: `date 2022-06-29 The minister…`.
static DATE_LABEL: Lazy<super::Widened> = Lazy::new(|| {
    super::Widened::new(r"(?i)^(?:date|published(?: on)?|posted(?: on)?|updated(?: on)?|last updated(?: on)?) *:? *\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?(?: +|$)".to_string(), false)
        .expect("date label regex")
});

// One regex per list, an alternation matching whole lines: only whether any
// pattern matches counts, and one automaton answers that faster than a set.
static DEBRIS_SET: Lazy<super::Widened> = Lazy::new(|| {
    super::Widened::new(format!("(?i)^(?:{})$", DEBRIS.join("|")), false).expect("debris patterns")
});

static EDGE_DEBRIS_SET: Lazy<super::Widened> = Lazy::new(|| {
    super::Widened::new(format!("(?i)^(?:{})$", EDGE_DEBRIS.join("|")), false)
        .expect("edge debris patterns")
});

/// Navigation, share and comment-form text left from scraping: `Back to top button`.
pub struct PageDebris;

static PAGE_DEBRIS: RuleMeta = RuleMeta {
    id: "boilerplate/page-debris",
    category: Category::Boilerplate,
    severity: Severity::Warning,
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
        Example { text: " date 2022-06-29 The minister resigned.\nRain fell.", fixed: " The minister resigned.\nRain fell." },
    ],
    passes: &[
        "She read also the report, then went back to top form.",
        "Share this view with your friends, he said.",
        "The advertisement ran for a week.\nComments were closed.",
        "Related to the storm, the roads closed.",
        "a\nb\nc\nd\ne\nPrint\nf\ng\nh\ni\nj\nk",
        "Rain fell.\nThe date 2022-06-29 was set for the vote.",
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
            if let Some(m) = DATE_LABEL.find(first) {
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
            if !first_word_is_debris_start(line) {
                continue;
            }
            let is_debris = DEBRIS_SET.is_match(line)
                || DEBRIS_TAILED_SET.is_match(line)
                || (edge[i] && (EDGE_DEBRIS_SET.is_match(line) || EDGE_TAILED_SET.is_match(line)));
            if !is_debris || doc.is_protected(t.clone()) {
                continue;
            }
            out.push(
                PAGE_DEBRIS
                    .finding(
                        t,
                        "text of the scraped page's navigation or widgets; remove the line",
                    )
                    .with_fix(Fix::safe(remove_line(text, full))),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn patterns_compile_and_are_many() {
        assert!(super::DISCLAIMERS.len() >= 30);
        assert!(super::DEBRIS.len() + super::EDGE_DEBRIS.len() >= 40);
        assert!(super::DISCLAIMER_ANY.is_match("Translated by Google"));
        for p in super::DEBRIS.iter().chain(super::EDGE_DEBRIS) {
            assert!(regex::Regex::new(p).is_ok(), "{p}");
        }
        assert!(super::DEBRIS_SET.is_match("Back to top"));
        assert!(super::EDGE_DEBRIS_SET.is_match("See also:"));
        assert!(super::DEICTIC.is_match("we"));
        crate::text::assert_sorted(super::DEBRIS_FIRST);
        assert!(super::first_word_is_debris_start("Editor’s note: none"));
    }

    /// A tailed list as one regex with the bound written as a counted
    /// repetition: what the tailed set must answer like, slower to build.
    fn counted(list: &[super::Tailed]) -> regex::Regex {
        let alternatives: Vec<String> = list
            .iter()
            .map(|t| format!("(?:{}){}{{{},{}}}", t.head, t.class, t.chars.0, t.chars.1))
            .collect();
        regex::Regex::new(&format!("(?i)^(?:{})$", alternatives.join("|"))).expect("counted")
    }

    #[test]
    fn tailed_sets_keep_their_bounds() {
        let set = &*super::DEBRIS_TAILED_SET;
        assert!(set.is_match(&format!("Read more: {}", "x".repeat(200))));
        assert!(!set.is_match(&format!("Read more: {}", "x".repeat(201))));
        assert!(!set.is_match("Read more: "));
        assert!(set.is_match("Follow us on Twitter"));
        assert!(!set.is_match("Follow us on X"));
        assert!(!set.is_match("Follow us on Twitter!"));
        let edge = &*super::EDGE_TAILED_SET;
        assert!(edge.is_match(&format!("Source: {}", "é".repeat(40))));
        assert!(!edge.is_match(&format!("Source: {}", "é".repeat(41))));
        assert!(edge.is_match(&format!("Source:{}", "é".repeat(40))));
    }

    proptest::proptest! {
        #[test]
        fn tailed_sets_answer_as_counted_repetitions(
            head in proptest::sample::select(vec![
                "read more: ", "Read also:", "also read: ", "Follow us on ", "FOLLOW US ON",
                "please disable your ad blocker", "Please consider supporting us by disabling your adblocker",
                "Subscribe to our newsletter", "sign up to the newsletter", "Tags:", "Topics: ",
                "© 2023", "(C)2024 ", "copyright © 1999", "Source: ", "source", "SOURCE:  ",
                "ſource: ", "Posted in ", "posted in", "", "Read more",
            ]),
            unit in proptest::collection::vec(proptest::sample::select(vec![
                "a", "Z", " ", ".", "é", "ж", "1", "!", ":", "_", "\u{212a}", "word ", "\t",
            ]), 1..4),
            repeat in 0usize..70,
        ) {
            let line = format!("{head}{}", unit.concat().repeat(repeat));
            static COUNTED: once_cell::sync::Lazy<[regex::Regex; 2]> = once_cell::sync::Lazy::new(|| {
                [counted(super::DEBRIS_TAILED), counted(super::EDGE_TAILED)]
            });
            for (counted, set) in COUNTED
                .iter()
                .zip([&*super::DEBRIS_TAILED_SET, &*super::EDGE_TAILED_SET])
            {
                proptest::prop_assert_eq!(set.is_match(&line), counted.is_match(&line), "{:?}", line);
            }
        }
    }
}
