//! Fix application: every fix of every finding, alone and all together,
//! applies to the text it was found in, and the result is valid UTF-8 that
//! scans again without a panic.
#![no_main]

#[path = "common.rs"]
#[allow(dead_code)]
mod common;

use mtlint::{apply_fixes, FixLevel, Markup};

libfuzzer_sys::fuzz_target!(|input: (u8, &str)| {
    let (which, text) = input;
    let markup = [Markup::Plain, Markup::Markdown, Markup::Html][usize::from(which % 3)];
    let d = common::detector();
    let findings = d.scan_markup(text, markup);
    for f in &findings {
        // each alternative fix, applied alone
        for fix in f.fixes() {
            let Some(fixed) = fix.apply(text) else {
                panic!("{}: a lone fix did not apply", f.rule);
            };
            common::check_findings(&fixed, &d.scan_markup(&fixed, markup));
        }
    }
    for level in [FixLevel::Safe, FixLevel::Unsafe] {
        let fixed = apply_fixes(text, &findings, level);
        common::check_findings(&fixed.text, &d.scan_markup(&fixed.text, markup));
    }
});
