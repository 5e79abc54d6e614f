//! Scanning arbitrary text as Markdown: no panic, findings that fit, fixes that
//! apply and converge.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|text: &str| {
    common::check(text, mtlint::Markup::Markdown);
});
