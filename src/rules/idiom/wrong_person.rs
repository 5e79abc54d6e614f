//! The `idiom/wrong-person` rule: a possessive idiom with `your` after a third-person subject (`the
//! ministers rolled your eyes`).

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};

/// Words that make a second-person reading possible in the sentence.
const SECOND_PERSON: &[&str] = &[
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "ya",
    "y'all",
];
/// Sentence openings of an imperative or a generic instruction.
const IMPERATIVE_OPENERS: &[&str] = &[
    "don", "dont", "do", "never", "please", "always", "just", "try", "stop",
];

/// A possessive idiom with `your` after a third-person subject.
pub struct WrongPerson;

static WRONG_PERSON: RuleMeta = RuleMeta {
    id: "idiom/wrong-person",
    category: Category::Idiom,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a possessive idiom with `your` after a third-person subject (`the ministers rolled your eyes`)",
    flags: &[
        Example { text: "Its officials appear to fight the urge to roll your eyes.", fixed: "Its officials appear to fight the urge to roll their eyes." },
        Example { text: "He could not hold your breath any longer.", fixed: "He could not hold his breath any longer." },
        Example { text: "She bit your tongue and said nothing.", fixed: "She bit her tongue and said nothing." },
        Example { text: "The ministers shrugged your shoulders at the news.", fixed: "The ministers shrugged their shoulders at the news." },
        Example { text: "They finally made up your mind.", fixed: "They finally made up their mind." },
        Example { text: "The workers shook your heads at the offer.", fixed: "The workers shook their heads at the offer." },
    ],
    passes: &[
        "You roll your eyes when he talks.",
        "Don't roll your eyes at me.",
        "He said: “Hold your breath and jump.”",
        "Her hit song Dry Your Eyes topped the charts.",
        "He asked to pick your brain; they wanted to hold your hand.",
        "Masks, hand washing and keeping your distance help, officials say.",
    ],
};

impl Rule for WrongPerson {
    fn meta(&self) -> &'static RuleMeta {
        &WRONG_PERSON
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let b = text.as_bytes();
        let words = doc.words();
        let w = |k: usize| crate::analysis::document::word_in(text, words, k);
        let mut facts: Option<Facts> = None;
        // each `your` that is a word of its own, found by a substring search
        // rather than by visiting every word
        // (the occurrences come in order: the word index only moves forward)
        let mut k = 0;
        let yours = memchr::memmem::find_iter(b, "your ").filter_map(move |at| {
            while words.get(k).is_some_and(|&(s, _)| s < at) {
                k += 1;
            }
            words
                .get(k)
                .filter(|&&(s, e)| s == at && e == at + 4)
                .map(|_| k)
        });
        for k in yours {
            let (ys, ye) = words[k];
            // which idiom is this: verb [particle] your noun...
            let mut matched = None;
            let noun = w(k + 1);
            'idioms: for idiom in doc.idioms().for_noun(noun) {
                let before = idiom.slot; // words between the verb and `one's`
                let after = idiom.rest.len() - idiom.slot - 1;
                if k < before + 1 || k + after >= words.len() {
                    continue;
                }
                for (i, word) in idiom.rest.iter().enumerate() {
                    let at = k - before + i;
                    // the noun after the possessive may be plural (`shook their heads`)
                    let plural =
                        i == idiom.slot + 1 && w(at).strip_suffix('s') == Some(word.as_str());
                    if i != idiom.slot && w(at) != word && !plural {
                        continue 'idioms;
                    }
                }
                let vk = k - before - 1;
                if idiom.forms.iter().any(|f| f == w(vk)) {
                    matched = Some((vk, k + after));
                    break;
                }
            }
            let Some((vk, last)) = matched else { continue };
            // a gerund is generic advice (`washing hands and keeping your distance`)
            // unless a form of `be` makes it a progressive
            if w(vk).ends_with("ing")
                && !(vk > 0 && matches!(w(vk - 1), "is" | "are" | "was" | "were" | "be" | "been"))
            {
                continue;
            }
            // the sentence around it, from positions gathered once (so that a
            // text of one endless sentence full of idioms stays linear)
            // (gathered for the lines of the idiom only, and kept while the next
            // idioms lie in them: each line is looked at about once)
            let region = doc.line_at(words[vk].0).start..doc.line_at(ye).end;
            if !facts
                .as_ref()
                .is_some_and(|f| f.from <= region.start && region.end <= f.to)
            {
                facts = Some(Facts::new(doc, region));
            }
            let Some(facts) = facts.as_ref() else {
                continue;
            };
            let sent_start = facts.sentence_start(words[vk].0);
            let sent_end = facts.sentence_end(ye);
            // quoted speech keeps its own person
            let line = doc.line_at(words[vk].0);
            if facts.inside_quotes(line.start, words[vk].0) {
                continue;
            }
            // another second-person word in the sentence: generic `you`
            if facts.second_person_between(sent_start, sent_end) > 1 {
                continue;
            }
            // a title: the idiom's words capitalised
            if b[words[vk].0].is_ascii_uppercase() && b[words[last].0].is_ascii_uppercase() {
                continue;
            }
            // an imperative: the sentence starts with the verb or `don't`, `never`...
            let first = words.partition_point(|&(s, _)| s < sent_start);
            let first_words: Vec<&str> = (first..vk).map(w).collect();
            let opener = first_words.first().map(|x| x.to_ascii_lowercase());
            if first_words.is_empty()
                || opener
                    .as_deref()
                    .is_some_and(|o| IMPERATIVE_OPENERS.contains(&o))
            {
                continue;
            }
            // the third-person subject before it
            let anchor = first_words.iter().rev().take(12).find_map(|x| {
                let l = x.to_ascii_lowercase();
                match l.as_str() {
                    "he" | "his" | "him" => Some("his"),
                    "she" | "her" => Some("her"),
                    "they" | "their" | "them" | "whose" | "who" => Some("their"),
                    _ if x.len() > 3
                        && l.ends_with('s')
                        && !l.ends_with("ss")
                        && x.bytes().all(|c| c.is_ascii_lowercase()) =>
                    {
                        Some("their")
                    }
                    _ => None,
                }
            });
            let Some(poss) = anchor else { continue };
            if doc.is_protected(ys..ye) {
                continue;
            }
            let idiom_text = &text[words[vk].0..words[last].1];
            out.push(
                WRONG_PERSON
                    .finding(words[vk].0..words[last].1, format!("`{idiom_text}`: the possessive must agree with the subject; `{poss}`, not `your`"))
                    .with_fix(Fix::unsafe_fix(Edit::new(ys..ye, poss))),
            );
        }
    }
}

/// Positions the rule asks about around each idiom, gathered once per text
/// with vectorised searches.
struct Facts {
    /// `.`, `!` and `?`: they end a sentence.
    stops: Vec<usize>,
    /// Line breaks: they end a sentence too.
    breaks: Vec<usize>,
    /// `:` and `;`: a new sentence starts after them, for this rule's purpose.
    colons: Vec<usize>,
    /// Opening curly quotes.
    open: Vec<usize>,
    /// Closing curly quotes.
    close: Vec<usize>,
    /// Straight double quotes.
    straight: Vec<usize>,
    /// Offsets of the second-person words, in order.
    second: Vec<usize>,
    /// Where the lines gathered start (a line start) and end (a line end).
    from: usize,
    to: usize,
}

impl Facts {
    /// The facts of `region`, a run of whole lines.
    fn new(doc: &Document<'_>, region: std::ops::Range<usize>) -> Facts {
        use memchr::{memchr2_iter, memchr3_iter, memchr_iter, memmem};
        let text = doc.text();
        let b = text.as_bytes();
        let part = &b[region.clone()];
        let at = |i: usize| region.start + i;
        let words = doc.words();
        let first = words.partition_point(|&(s, _)| s < region.start);
        let last = words.partition_point(|&(s, _)| s < region.end);
        Facts {
            stops: memchr3_iter(b'.', b'!', b'?', part).map(at).collect(),
            breaks: memchr_iter(b'\n', part).map(at).collect(),
            colons: memchr2_iter(b':', b';', part).map(at).collect(),
            open: memmem::find_iter(part, "“").map(at).collect(),
            close: memmem::find_iter(part, "”").map(at).collect(),
            straight: memchr_iter(b'"', part).map(at).collect(),
            second: words[first..last]
                .iter()
                .filter(|&&(s, e)| {
                    b[s] | 0x20 == b'y'
                        && SECOND_PERSON
                            .iter()
                            .any(|p| p.eq_ignore_ascii_case(&text[s..e]))
                })
                .map(|&(s, _)| s)
                .collect(),
            from: region.start,
            to: region.end,
        }
    }

    /// The start of the sentence holding byte `at`: after the last `.`, `!`,
    /// `?`, `:`, `;` or line break before it.
    fn sentence_start(&self, at: usize) -> usize {
        let after_last = |v: &[usize]| {
            let k = v.partition_point(|&i| i < at);
            if k == 0 {
                self.from
            } else {
                v[k - 1] + 1
            }
        };
        after_last(&self.stops)
            .max(after_last(&self.breaks))
            .max(after_last(&self.colons))
    }

    /// The end of the sentence holding byte `at`: the next `.`, `!`, `?` or line break.
    fn sentence_end(&self, at: usize) -> usize {
        let first = |v: &[usize]| {
            let k = v.partition_point(|&i| i < at);
            v.get(k).copied().unwrap_or(self.to)
        };
        first(&self.stops).min(first(&self.breaks))
    }

    /// Whether byte `to` lies inside a quotation opened after `from` (more curly
    /// openers than closers, or an odd number of straight quotes).
    fn inside_quotes(&self, from: usize, to: usize) -> bool {
        let count = |v: &[usize]| v.partition_point(|&i| i < to) - v.partition_point(|&i| i < from);
        count(&self.open) > count(&self.close) || count(&self.straight) % 2 == 1
    }

    /// How many second-person words start in `from..to`.
    fn second_person_between(&self, from: usize, to: usize) -> usize {
        self.second.partition_point(|&i| i < to) - self.second.partition_point(|&i| i < from)
    }
}
