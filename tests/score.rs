//! The document score on short documents of our own: clean ones low, MT-like ones high.

use mtlint::{score, Detector};

fn scored(text: &str) -> mtlint::DocumentScore {
    score(text, &Detector::new().scan(text))
}

#[test]
fn clean_documents_score_low() {
    for name in ["clean/harbour-report.txt", "clean/mixed-scripts.txt"] {
        let text =
            std::fs::read_to_string(format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR")))
                .expect("fixture");
        let s = scored(&text);
        assert!(!s.machine_translated && s.score < 0.1, "{name}: {s:?}");
    }
    let short =
        "The council met on Tuesday. It approved the budget, and the mayor said she was pleased.";
    assert_eq!(scored(short).score, 0.0);
}

#[test]
fn mt_like_documents_score_high() {
    for name in [
        "boilerplate",
        "encoding",
        "locale",
        "punctuation",
        "repetition",
    ] {
        let path = format!("{}/fixtures/mt/{name}.txt", env!("CARGO_MANIFEST_DIR"));
        let s = scored(&std::fs::read_to_string(path).expect("fixture"));
        assert!(s.machine_translated && s.score > 0.75, "{name}: {s:?}");
    }
    // one disclaimer is enough, however clean the rest
    let text = "The council met on Tuesday and approved the budget.\n\nThis article was automatically translated from German.";
    let s = scored(text);
    assert!(s.disclaimer && s.score >= 0.95, "{s:?}");
    // a scraped page: date field, stray capital, weekday date, debris
    let page = " date 2024-03-02 The mayor said on Monday (4) that the plan, And not the budget, was late.\nShare this:\n";
    let s = scored(page);
    assert!(s.machine_translated, "{s:?}");
}

#[test]
fn one_slip_does_not_make_a_long_article_machine_translated() {
    let text = "The council met on Tuesday and approved the budget for the harbour. ".repeat(30)
        + "It was the the end.";
    let s = scored(&text);
    assert_eq!(s.findings, 1);
    assert!(!s.machine_translated, "{s:?}");
}
