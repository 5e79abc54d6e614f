//! The document score on short documents of our own: clean ones are not called
//! machine-translated, MT-like ones are, page evidence alone never is, and a text too
//! short to judge says so.

use mtlint::{score, Detector, DocumentScore, Verdict};

/// Scored as `mtlint score` scores: every rule on (the weights were learned so).
fn scored(text: &str) -> DocumentScore {
    let detector = Detector::builder().all().build().expect("all rules");
    score(text, &detector.scan(text))
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR")))
        .expect("fixture")
}

#[test]
fn clean_documents_are_not_called_machine_translated() {
    for name in ["clean/harbour-report.txt", "clean/mixed-scripts.txt"] {
        let s = scored(&fixture(name));
        assert_eq!(s.verdict(), Verdict::NotMachineTranslated, "{name}: {s:?}");
        assert!(s.score < 0.5, "{name}: {s:?}");
    }
}

#[test]
fn a_short_text_without_evidence_is_thin() {
    let short =
        "The council met on Tuesday. It approved the budget, and the mayor said she was pleased.";
    let s = scored(short);
    assert!(s.thin && !s.machine_translated, "{s:?}");
    assert_eq!(s.verdict(), Verdict::Thin);
}

#[test]
fn mt_like_documents_are_called_machine_translated() {
    for name in ["grammar", "names", "punctuation"] {
        let s = scored(&fixture(&format!("mt/{name}.txt")));
        // called MT, and well more likely MT than not (the calibrated probability of a
        // thin text of 90 words stays below certainty: 0.73 for the punctuation fixture
        // with the weights of 2026-12-06)
        assert!(s.machine_translated && s.score > 0.7, "{name}: {s:?}");
        assert!(!s.translation.is_empty() && !s.top_findings.is_empty());
    }
    // one disclaimer is enough, however clean the rest
    let text = "The council met on Tuesday and approved the budget.\n\nThis article was automatically translated from German.";
    let s = scored(text);
    assert!(
        s.disclaimer && s.machine_translated && s.score >= 0.95,
        "{s:?}"
    );
    // a weekday date in brackets and a stray capital: translation evidence, however short
    let page =
        "The mayor said on Monday (4) that the plan, And not the budget, was late.\nShare this:\n";
    let s = scored(page);
    assert!(s.machine_translated && s.thin, "{s:?}");
    assert_eq!(s.verdict(), Verdict::MachineTranslated);
}

#[test]
fn a_scraped_page_is_page_evidence_not_translation() {
    // mojibake, entities and debris: the page was scraped or mis-encoded
    let s = scored(&fixture("mt/encoding.txt"));
    assert!(s.page_evidence > 0.9, "{s:?}");
    assert!(!s.machine_translated, "{s:?}");
    let mut text =
        "The council met on Tuesday and approved the budget for the harbour. ".repeat(20);
    text += "\nFish &amp; chips &amp; peas cost more.\nBack to top button\nRelated posts\n";
    let s = scored(&text);
    assert!(!s.page.is_empty() && s.evidence == 0.0, "{s:?}");
    assert_eq!(s.verdict(), Verdict::NotMachineTranslated);
}

#[test]
fn one_slip_does_not_make_a_long_article_machine_translated() {
    let text = "The council met on Tuesday and approved the budget for the harbour. ".repeat(30)
        + "It was the the end.";
    let s = scored(&text);
    assert_eq!(s.findings, 1);
    assert!(!s.machine_translated, "{s:?}");
}
