//! The `names/split-place-name` rule: a two-word place name split around its designator, its
//! words swapped (`the Nam City Vinh police` where the text writes `Vinh Nam` elsewhere): MT of
//! a language that puts the designator first (vi `TP Vinh Nam`, `thành phố`) moves the words of
//! the name one by one.

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::floor_boundary;

/// How far (in bytes) from the split name the whole one may be: one article.
const REACH: usize = 4_000;

/// A two-word place name split around its designator: `Nam City Vinh` for `Vinh Nam City`.
pub struct SplitPlaceName;

static SPLIT_PLACE_NAME: RuleMeta = RuleMeta {
    id: "names/split-place-name",
    category: Category::Names,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| DESIGNATORS.to_vec()),
    default_enabled: true,
    summary: "a two-word place name split around its designator, its words swapped (`Nam City Vinh` beside `Vinh Nam`)",
    flags: &[
        Example {
            text: "Traffic on the Vinh Nam bypass stopped. Officers of the Nam City Vinh police closed it.",
            fixed: "Traffic on the Vinh Nam bypass stopped. Officers of the Vinh Nam City police closed it.",
        },
        Example {
            text: "Floods hit Quang Tri again. The Tri Province Quang authorities moved 300 families.",
            fixed: "Floods hit Quang Tri again. The Quang Tri Province authorities moved 300 families.",
        },
        Example {
            text: "The Linh District Bao office opened on Monday, the first in Bao Linh.",
            fixed: "The Bao Linh District office opened on Monday, the first in Bao Linh.",
        },
    ],
    passes: &[
        "Traffic on the Vinh Nam bypass stopped. Officers of the Vinh Nam City police closed it.",
        "The Kansas City Chiefs won; the Chiefs play Kansas next.",
        "Mexico City Mayor Ana Ruiz met the Mayor of Mexico.",
        "Salt Lake City Council met in Lake Salt Hall.",
        "The Nam City Vinh police closed the road.",
        "Vinh Vinh is a pun; the Vinh City Vinh sign is a joke, and so is City City City.",
    ],
};

/// Designators that follow a place name in English: `City`, `Province`, `District` (`Town` has
/// the shape of `then` and `than`, which the trigger index would hand the rule).
const DESIGNATORS: &[&str] = &["City", "County", "District", "Province"];

impl Rule for SplitPlaceName {
    fn meta(&self) -> &'static RuleMeta {
        &SPLIT_PLACE_NAME
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let words = doc.words();
        for k in doc.trigger_words(SPLIT_PLACE_NAME.id) {
            let designator = doc.word(k);
            if !DESIGNATORS.contains(&designator) || k == 0 || k + 1 >= words.len() {
                continue;
            }
            // `Second Designator First`, capitalised words at one space
            let (second, first) = (doc.word(k - 1), doc.word(k + 1));
            let spaced = |a: usize| &text[words[a].1..words[a + 1].0] == " ";
            let name_like = |w: &str| {
                w.len() >= 2
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
                    && w[1..].bytes().all(|b| b.is_ascii_lowercase())
            };
            let plain = |w: &str| name_like(w) && !DESIGNATORS.contains(&w);
            if !spaced(k - 1) || !spaced(k) || !plain(second) || !plain(first) || first == second {
                continue;
            }
            // the name whole elsewhere nearby: `First Second`, not followed by the designator
            let (s, e) = (words[k - 1].0, words[k + 1].1);
            let whole = format!("{first} {second}");
            let from = floor_boundary(text, s.saturating_sub(REACH));
            let to = floor_boundary(text, (e + REACH).min(text.len()));
            let found = memchr::memmem::find_iter(&text.as_bytes()[from..to], whole.as_bytes())
                .map(|at| from + at)
                .any(|at| {
                    let end = at + whole.len();
                    let alone_before = at == 0 || !text.as_bytes()[at - 1].is_ascii_alphanumeric();
                    let alone_after = !text.as_bytes().get(end).is_some_and(u8::is_ascii_alphanumeric);
                    alone_before && alone_after
                });
            if !found || doc.is_protected(s..e) {
                continue;
            }
            out.push(
                SPLIT_PLACE_NAME
                    .finding(
                        s..e,
                        format!("`{}` splits the place name `{whole}`: `{whole} {designator}`?", &text[s..e]),
                    )
                    .with_fix(Fix::unsafe_fix(Edit::new(s..e, format!("{whole} {designator}")))),
            );
        }
    }
}
