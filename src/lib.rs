//! Find the marks machine translation leaves in English text, and propose fixes.
//!
//! ```
//! use mtlint::{apply_fixes, Detector, FixLevel, LineIndex};
//!
//! let text = "The minister said that growth was 2,5 % , she added. .";
//! let detector = Detector::new();
//! let findings = detector.scan(text);
//! let index = LineIndex::new(text);
//! for f in &findings {
//!     let at = index.position(f.span.start);
//!     println!("{}:{}: {} {:?}: {}", at.line, at.column, f.rule, f.text(text), f.message);
//! }
//! assert_eq!(findings.len(), 3);
//! let fixed = apply_fixes(text, &findings, FixLevel::Safe);
//! assert_eq!(fixed.text, "The minister said that growth was 2.5%, she added.");
//! ```
//!
//! # Overview
//!
//! A [`Detector`] holds a set of rules, each a plain struct with static metadata
//! ([`RuleMeta`]) and a check. [`Detector::scan`] runs them over a `&str` and
//! returns [`Finding`]s: the rule id (`family/kebab-name`), a [`Category`], a
//! [`Severity`], a message, the span, and [`Fix`]es.
//!
//! # Offsets
//!
//! Every span and edit is a half-open range of UTF-8 byte offsets into the text
//! you passed, always on char boundaries, so `&text[finding.span.clone()]`
//! never panics. Lines, columns (in chars), char offsets and UTF-16 offsets are
//! conversions, done by [`LineIndex`].
//!
//! # Fixes
//!
//! A [`Fix`] is a set of edits plus an [`Applicability`]: `Safe` fixes can be
//! applied without looking, `Unsafe` fixes are suggestions for a person to
//! review ([`FixLevel::Unsafe`] applies them too). [`Finding::preview`] shows
//! one fix as (range, replaced text) and [`Fix::apply`] applies one. [`apply_fixes`]
//! applies the first fix of each finding, never two overlapping edits; scanning
//! its result does not flag the fixed artifacts again.
//!
//! # Suppression
//!
//! A line holding `mtlint-disable-next-line [RULE...]` silences the next line,
//! `mtlint-disable-line [RULE...]` its own, and `mtlint-disable` … `mtlint-enable`
//! the lines between; `RULE` is an id or a family, none meaning every rule.
//!
//! # Untrusted input
//!
//! Scanning is linear in the input, allocates in proportion to the findings, and
//! never panics; the only fallible step is building a detector from
//! configuration ([`Error`]).
//!
//! # Crate features
//!
//! * `cli` (default): the `mtlint` command-line tool and its dependencies
//!   (clap, serde_json, ignore...). Library users can turn it off with
//!   `default-features = false`.
//! * `serde` (with `cli`): `Serialize` for [`Finding`] and its parts, and
//!   [`Located`], which serialises to exactly the CLI's JSON object.
//! * `config` (with `cli`): [`config`], parsing an `mtlint.toml` from its text
//!   and resolving it for a file (adds toml, serde, globset).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// The layers, each importing only those listed before it (see CONTRIBUTING.md):
// text (bytes, chars, words) -> analysis (the Document a scan reads) -> rules
// -> detector (runs the enabled rules, orders, suppresses, fixes, scores).
// `error` and `finding` are the vocabulary every layer may name.
mod analysis;
#[cfg(feature = "config")]
pub mod config;
mod detector;
mod error;
mod finding;
pub mod rules;
mod text;

#[cfg(test)] // the short name the in-crate tests use
pub(crate) use analysis::document::Document;
pub use analysis::markup::Markup;
pub(crate) use analysis::word_index::Triggers;
pub use detector::fix::{apply_fixes, FixLevel, Fixed};
pub use detector::score::{
    count_words, evidence_kind, score, score_threshold, DocumentScore, KindEvidence, ScoreReport,
    Signal, Verdict,
};
pub use detector::suppress::DirectiveProblem;
pub use detector::{Detector, DetectorBuilder};
pub use error::Error;
pub(crate) use finding::SmallList;
pub use finding::{Applicability, Category, Edit, Finding, Fix, Located, Severity};
pub use rules::{Example, RuleMeta};
pub use text::position::{LineIndex, Position};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
