//! Scan throughput in bytes per second: clean news text, text dense with
//! artifacts, and a decode-only baseline over the same bytes so that the ratio
//! scan/baseline can be quoted on any machine (printed at the end). Run with
//! `cargo bench`.
//!
//! The rule set: `MTLINT_BENCH_RULES` chooses the rules of every bench that
//! builds a detector in this process (`first_scan_cli_process` runs the CLI
//! with its defaults): unset or `default`, the default rules (the benches named
//! `all_rules` and `scan_adversarial` then run every rule); `all`, every rule;
//! any other value is a file naming the rules to run, one rule id or family a
//! line, `#` starting a comment. `benches/rules-3c4b277.txt` is the rule set
//! #18 was filed with, to compare the structure with that tree's on the same
//! rules: `MTLINT_BENCH_RULES=benches/rules-3c4b277.txt cargo bench`.

use divan::counter::BytesCount;
use divan::Bencher;
use mtlint::{Detector, DetectorBuilder, Markup};

fn main() {
    divan::main();
    // the ratio the throughputs above imply, measured again here so that it is
    // printed (best of a few rounds, on the same corpus)
    let wanted = |name: &str| {
        let filters: Vec<String> = std::env::args()
            .skip(1)
            .filter(|a| !a.starts_with('-'))
            .collect();
        filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
    };
    if wanted("scan_clean_news") && wanted("baseline_decode_clean") {
        print_news_ratio();
    }
}

/// Prints the news scan's throughput, the decode-only baseline's, and their ratio.
fn print_news_ratio() {
    let text = corpus("clean");
    let detector = detector();
    let best = |f: &dyn Fn() -> usize, rounds: usize| {
        (0..rounds)
            .map(|_| {
                let start = std::time::Instant::now();
                divan::black_box(f());
                start.elapsed().as_secs_f64()
            })
            .fold(f64::MAX, f64::min)
    };
    let scan = best(&|| detector.scan(divan::black_box(&text)).len(), 10);
    let decode = best(&|| divan::black_box(&text).chars().count(), 50);
    let mb = text.len() as f64 / 1e6;
    println!(
        "news scan {:.1} MB/s, decode-only baseline {:.2} GB/s: the scan runs at 1/{:.0} of the baseline (fastest of 10 and 50 rounds)",
        mb / scan,
        mb / decode / 1e3,
        scan / decode
    );
}

/// The rule set `MTLINT_BENCH_RULES` names (see the top of this file); `None`
/// when it is unset or `default`.
fn chosen_rules() -> Option<DetectorBuilder> {
    let value = std::env::var("MTLINT_BENCH_RULES").ok()?;
    match value.as_str() {
        "" | "default" => None,
        "all" => Some(Detector::builder().all()),
        path => {
            let list = std::fs::read_to_string(path)
                .unwrap_or_else(|e| panic!("MTLINT_BENCH_RULES: cannot read {path}: {e}"));
            let ids = list
                .lines()
                .map(|line| line.split('#').next().unwrap_or("").trim())
                .filter(|id| !id.is_empty());
            Some(ids.fold(Detector::builder().none(), DetectorBuilder::enable))
        }
    }
}

/// A detector with the chosen rule set, the default rules unless told.
fn detector() -> Detector {
    chosen_rules().map_or_else(Detector::new, build)
}

/// A detector with the chosen rule set, every rule unless told.
fn detector_all_rules() -> Detector {
    build(chosen_rules().unwrap_or_else(|| Detector::builder().all()))
}

fn build(rules: DetectorBuilder) -> Detector {
    rules
        .build()
        .expect("MTLINT_BENCH_RULES: a known rule id or family")
}

fn fixture(path: &str) -> String {
    std::fs::read_to_string(format!("{}/fixtures/{path}", env!("CARGO_MANIFEST_DIR")))
        .expect("fixture")
}

/// About 2 MB made of the fixtures of one kind, repeated.
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

#[divan::bench(sample_count = 30)]
fn scan_clean_news(bencher: Bencher) {
    let text = corpus("clean");
    let detector = detector();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| detector.scan(divan::black_box(&text)).len());
}

/// The text of the file `MTLINT_BENCH_TEXT` names (the clean corpus without it),
/// scanned with the default rules. The clean corpus is 20 KB of fixtures repeated,
/// which the processor's caches and branch predictors learn; 2 MB of varied news
/// from an archive scanned at about half its speed on the 2-core VM this was
/// measured on (20 % more instructions a byte, and fewer a second), so measure
/// on your own.
#[divan::bench(sample_count = 30)]
fn scan_your_text(bencher: Bencher) {
    let text = match std::env::var_os("MTLINT_BENCH_TEXT") {
        Some(path) => std::fs::read_to_string(&path).expect("MTLINT_BENCH_TEXT: a UTF-8 file"),
        None => corpus("clean"),
    };
    let detector = detector();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| detector.scan(divan::black_box(&text)).len());
}

#[divan::bench(sample_count = 30)]
fn scan_dense_artifacts(bencher: Bencher) {
    let text = corpus("mt");
    let detector = detector();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| detector.scan(divan::black_box(&text)).len());
}

#[divan::bench(sample_count = 30)]
fn scan_all_rules_clean_news(bencher: Bencher) {
    let text = corpus("clean");
    let detector = detector_all_rules();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| detector.scan(divan::black_box(&text)).len());
}

/// About 2 MB of the clean Markdown and HTML fixtures, scanned as markup.
fn markup_corpus(ext: &str) -> String {
    let dir = format!("{}/fixtures/clean", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixture dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(ext))
        .collect();
    names.sort();
    let one: String = names
        .iter()
        .map(|n| fixture(&format!("clean/{n}")) + "\n")
        .collect();
    one.repeat((2_000_000 / one.len().max(1)).max(1))
}

#[divan::bench(sample_count = 30)]
fn scan_markdown(bencher: Bencher) {
    let text = markup_corpus(".md");
    let detector = detector();
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        detector
            .scan_markup(divan::black_box(&text), Markup::Markdown)
            .len()
    });
}

#[divan::bench(sample_count = 30)]
fn scan_html(bencher: Bencher) {
    let text = markup_corpus(".html");
    let detector = detector();
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        detector
            .scan_markup(divan::black_box(&text), Markup::Html)
            .len()
    });
}

/// Building a detector and scanning one short article: what a one-file CLI run pays.
#[divan::bench]
fn first_scan_small(bencher: Bencher) {
    let text = fixture("mt/punctuation.txt");
    let rules = chosen_rules();
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        let detector = rules.clone().map_or_else(Detector::new, build);
        detector.scan(divan::black_box(&text)).len()
    });
}

/// The first scan of a process, lazy data loading included: the CLI started on
/// one short article, start to exit (its findings make it exit with 1).
#[divan::bench(sample_count = 20)]
fn first_scan_cli_process(bencher: Bencher) {
    let path = format!("{}/fixtures/mt/punctuation.txt", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::metadata(&path).map_or(0, |m| m.len()) as usize;
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        std::process::Command::new(env!("CARGO_BIN_EXE_mtlint"))
            .args(["check", "--format", "brief", &path])
            .output()
            .expect("mtlint runs")
            .status
    });
}

/// 10 MB of news text without a line break.
#[divan::bench(sample_count = 10)]
fn scan_one_line_10mb(bencher: Bencher) {
    let one = corpus("clean").replace('\n', " ");
    let text = one.repeat(10_000_000 / one.len() + 1);
    let detector = detector();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| detector.scan(divan::black_box(&text)).len());
}

/// Adversarial inputs must stay linear: each at a fair share of the news speed
/// (1 MB of the unit repeated, every rule on).
#[divan::bench(sample_count = 20, args = [".", "the ", "“", "e\u{301}", "&amp;", " ,", "( a ", "Ã©x", "your ", "roll your eyes ", "\n", "Аb ", "Qin Gang ", "« a »", "12,5 % ", "A ", "said FT that ", "will goes ", "be fight ", "in the frame of "])]
fn scan_adversarial(bencher: Bencher, unit: &str) {
    let text = unit.repeat(1_000_000 / unit.len());
    let detector = detector_all_rules();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| detector.scan(divan::black_box(&text)).len());
}
