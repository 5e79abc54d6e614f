//! Scan throughput in bytes per second: clean news text, text dense with
//! artifacts, and a decode-only baseline over the same bytes so that the ratio
//! scan/baseline can be quoted on any machine. Run with `cargo bench`.

use divan::counter::BytesCount;
use divan::Bencher;
use mtlint::Detector;

fn main() {
    divan::main();
}

fn fixture(path: &str) -> String {
    std::fs::read_to_string(format!("{}/fixtures/{path}", env!("CARGO_MANIFEST_DIR")))
        .expect("fixture")
}

/// About 2 MB made of the fixtures of one kind.
fn corpus(kind: &str) -> String {
    let dir = format!("{}/fixtures/{kind}", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixture dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let one: String = names
        .iter()
        .map(|n| fixture(&format!("{kind}/{n}")) + "\n")
        .collect();
    one.repeat((2_000_000 / one.len()).max(1))
}

#[divan::bench]
fn baseline_decode_clean(bencher: Bencher) {
    let text = corpus("clean");
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| divan::black_box(&text).chars().count());
}

#[divan::bench]
fn scan_clean_news(bencher: Bencher) {
    let text = corpus("clean");
    let detector = Detector::new();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| detector.scan(divan::black_box(&text)).len());
}

#[divan::bench]
fn scan_dense_artifacts(bencher: Bencher) {
    let text = corpus("mt");
    let detector = Detector::new();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| detector.scan(divan::black_box(&text)).len());
}

#[divan::bench]
fn scan_all_rules_clean_news(bencher: Bencher) {
    let text = corpus("clean");
    let detector = Detector::builder().all().build().expect("all rules");
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| detector.scan(divan::black_box(&text)).len());
}

/// Building a detector and scanning one short article: what a one-file CLI run pays.
#[divan::bench]
fn first_scan_small(bencher: Bencher) {
    let text = fixture("mt/punctuation.txt");
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| Detector::new().scan(divan::black_box(&text)).len());
}

/// Adversarial inputs must stay linear: each at a fair share of the news speed.
#[divan::bench(args = [".", "the ", "“", "e\u{301}", "&amp;", " ,", "( a ", "Ã©x"])]
fn scan_adversarial(bencher: Bencher, unit: &str) {
    let text = unit.repeat(1_000_000 / unit.len());
    let detector = Detector::builder().all().build().expect("all rules");
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| detector.scan(divan::black_box(&text)).len());
}
