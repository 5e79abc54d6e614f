//! The `locale/space-before-percent` rule: a space between a number and `%` (`12 %`); English
//! writes `12%`.

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_before, skip_hspace_back};

/// A space between a number and `%`: `12 %`.
pub struct SpaceBeforePercent;

static PERCENT: RuleMeta = RuleMeta {
    id: "locale/space-before-percent",
    category: Category::Locale,
    severity: Severity::Info,
    triggers: crate::Triggers::Text,
    default_enabled: false,
    summary: "a space between a number and `%` (`12 %`); English writes `12%`",
    flags: &[
        Example {
            text: "Prices rose 12 % in March.",
            fixed: "Prices rose 12% in March.",
        },
        Example {
            text: "a rise of 3.5\u{A0}%, then 4\u{202F}%",
            fixed: "a rise of 3.5%, then 4%",
        },
        Example {
            text: "(40 %)",
            fixed: "(40%)",
        },
    ],
    passes: &[
        "Prices rose 12% in March.",
        "The % sign and 100 percent.",
        "Use %d or % s in format strings.",
    ],
};

impl Rule for SpaceBeforePercent {
    fn meta(&self) -> &'static RuleMeta {
        &PERCENT
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        for p in memchr::memchr_iter(b'%', text.as_bytes()) {
            let b = skip_hspace_back(text, p);
            if b == p
                || !char_before(text, b).is_some_and(|c| c.is_ascii_digit())
                || doc.is_protected(b..p + 1)
            {
                continue;
            }
            // a number at the start of the run of digits
            out.push(
                PERCENT
                    .finding(
                        b..p + 1,
                        "space before `%`; English writes the sign right after the number",
                    )
                    .with_fix(Fix::safe(Edit::delete(b..p))),
            );
        }
    }
}
