use super::mt_disclaimer::{DEICTIC, DISCLAIMERS, DISCLAIMER_ANY, DISCLAIMER_WORDS};
use super::page_debris::{
    first_word_is_debris_start, is_player_caption, Tailed, DEBRIS, DEBRIS_FIRST, DEBRIS_SET,
    DEBRIS_TAILED, DEBRIS_TAILED_SET, EDGE_DEBRIS, EDGE_DEBRIS_SET, EDGE_TAILED, EDGE_TAILED_SET,
};

#[test]
fn patterns_compile_and_are_many() {
    assert!(DISCLAIMERS.len() >= 30);
    assert!(DEBRIS.len() + EDGE_DEBRIS.len() >= 40);
    assert!(DISCLAIMER_ANY.is_match("Translated by Google"));
    for p in DEBRIS.iter().chain(EDGE_DEBRIS) {
        assert!(regex::Regex::new(p).is_ok(), "{p}");
    }
    assert!(DEBRIS_SET.is_match("Back to top"));
    assert!(EDGE_DEBRIS_SET.is_match("See also:"));
    assert!(DEICTIC.is_match("we"));
    crate::text::assert_sorted(DEBRIS_FIRST);
    assert!(first_word_is_debris_start("Editor’s note: none"));
}

/// A tailed list as one regex with the bound written as a counted
/// repetition: what the tailed set must answer like, slower to build.
fn counted(list: &[Tailed]) -> regex::Regex {
    let alternatives: Vec<String> = list
        .iter()
        .map(|t| format!("(?:{}){}{{{},{}}}", t.head, t.class, t.chars.0, t.chars.1))
        .collect();
    regex::Regex::new(&format!("(?i)^(?:{})$", alternatives.join("|"))).expect("counted")
}

#[test]
fn tailed_sets_keep_their_bounds() {
    let set = &*DEBRIS_TAILED_SET;
    assert!(set.is_match(&format!("Read more: {}", "x".repeat(200))));
    assert!(!set.is_match(&format!("Read more: {}", "x".repeat(201))));
    assert!(!set.is_match("Read more: "));
    assert!(set.is_match("Follow us on Twitter"));
    assert!(!set.is_match("Follow us on X"));
    assert!(!set.is_match("Follow us on Twitter!"));

    let edge = &*EDGE_TAILED_SET;
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
            [counted(DEBRIS_TAILED), counted(EDGE_TAILED)]
        });
        for (counted, set) in COUNTED
            .iter()
            .zip([&*DEBRIS_TAILED_SET, &*EDGE_TAILED_SET])
        {
            proptest::prop_assert_eq!(set.is_match(&line), counted.is_match(&line), "{:?}", line);
        }
    }
}

#[test]
fn furniture_and_letter_lists_are_sorted() {
    use super::fragment_line::{LABELS, NEXT};
    use super::web_ui_line::{FUNCTION_WORDS, HEADINGS, UI_WORDS};
    for list in [UI_WORDS, FUNCTION_WORDS, HEADINGS, LABELS, NEXT] {
        crate::text::assert_sorted(list);
    }
}

/// The strings `hir` matches, a few of each kind: a class gives its characters
/// when it has at most four (one otherwise), a repetition its least count and
/// one more (at most two where unbounded), a look-around nothing.
fn spellings(hir: &regex_syntax::hir::Hir) -> Vec<String> {
    use regex_syntax::hir::{Class, HirKind};
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => vec![String::new()],
        HirKind::Literal(l) => vec![String::from_utf8(l.0.to_vec()).unwrap()],
        HirKind::Class(Class::Unicode(c)) => {
            let chars: Vec<char> = c.iter().flat_map(|r| r.start()..=r.end()).take(5).collect();
            let chars = if chars.len() > 4 { vec!['x'] } else { chars };
            chars.iter().map(char::to_string).collect()
        }
        HirKind::Class(Class::Bytes(c)) => {
            let bytes: Vec<u8> = c.iter().flat_map(|r| r.start()..=r.end()).take(5).collect();
            let bytes = if bytes.len() > 4 { vec![b'x'] } else { bytes };
            bytes.iter().map(|&b| char::from(b).to_string()).collect()
        }
        HirKind::Repetition(r) => {
            let once = spellings(&r.sub);
            let mut out = Vec::new();
            for count in [r.min, r.min + 1] {
                if r.max.is_some_and(|max| count > max) {
                    continue;
                }
                let mut words = vec![String::new()];
                for _ in 0..count {
                    words = words
                        .iter()
                        .flat_map(|w| once.iter().map(move |o| format!("{w}{o}")))
                        .collect();
                }
                out.extend(words);
            }
            out
        }
        HirKind::Capture(c) => spellings(&c.sub),
        HirKind::Concat(parts) => parts.iter().fold(vec![String::new()], |acc, part| {
            let tails = spellings(part);
            acc.iter()
                .flat_map(|a| tails.iter().map(move |t| format!("{a}{t}")))
                .collect()
        }),
        HirKind::Alternation(parts) => parts.iter().flat_map(spellings).collect(),
    }
}

/// Every spelling of every disclaimer pattern (in lower, title and upper case)
/// holds one of the phrases the rule looks for before the pattern set.
#[test]
fn every_disclaimer_holds_a_disclaimer_phrase() {
    let mut seen = 0;
    for pattern in DISCLAIMERS {
        let hir = regex_syntax::parse(pattern).expect("a disclaimer pattern");
        for line in spellings(&hir) {
            let mut title = line.clone();
            title[..1].make_ascii_uppercase();
            for line in [line.clone(), title, line.to_ascii_uppercase()] {
                assert!(DISCLAIMER_ANY.is_match(&line), "{pattern}: {line}");
                assert!(
                    DISCLAIMER_WORDS.may_match(&format!("\n{line}")),
                    "{pattern}: {line}"
                );
                seen += 1;
            }
        }
    }
    assert!(seen > 1000, "{seen}");
    assert!(!DISCLAIMER_WORDS.may_match("The film was written by a human rights lawyer."));
}

#[test]
fn player_captions_have_a_recording_and_no_stop() {
    assert!(is_player_caption(
        "Watch the video: the storm reaches the coast"
    ));
    assert!(is_player_caption(
        "Listen to audio in which the mayor explains"
    ));
    assert!(is_player_caption("See the full video"));
    assert!(is_player_caption("WATCH VIDEOS"));
    assert!(!is_player_caption("Watch the video to see the storm."));
    assert!(!is_player_caption("Watch the videographer at work"));
    assert!(!is_player_caption("Listen to your body"));
    assert!(!is_player_caption("Hear me out"));
}
