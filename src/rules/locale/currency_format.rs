//! The `locale/currency-format` rule: a currency written another language's way: the sign after
//! the amount (`25 $`, `900 €`), a prefix with a space inside (`HK $ 3`, `R$ 12`), the numero
//! sign `№` (English writes `No.`).

use super::numbers::number_starts_at;
use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, skip_hspace};

/// A currency sign after its amount or spaced from its code, and the numero sign.
pub struct CurrencyFormat;

static CURRENCY_FORMAT: RuleMeta = RuleMeta {
    id: "locale/currency-format",
    category: Category::Locale,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "a currency sign after the amount (`25 $`), a spaced prefix (`HK $ 3`, `R$ 12`) or the numero sign `№`, another language's conventions",
    flags: &[
        Example { text: "The ticket costs 25 $ at the door.", fixed: "The ticket costs 25 $ at the door." },
        Example { text: "The fund raised HK $ 3 million last year.", fixed: "The fund raised HK $ 3 million last year." },
        Example { text: "A kilo of rice sells for R$ 12 in the north.", fixed: "A kilo of rice sells for R$ 12 in the north." },
        Example { text: "The form № 12 must be signed.", fixed: "The form No. 12 must be signed." },
        Example { text: "Rent rose to 900 € a month.", fixed: "Rent rose to 900 € a month." },
        Example { text: "Fares went up to 2.50 £ per trip.", fixed: "Fares went up to 2.50 £ per trip." },
        Example { text: "Decree №7 was cancelled.", fixed: "Decree No. 7 was cancelled." },
    ],
    passes: &[
        "The ticket costs $25 at the door.",
        "The fund raised HK$3 million last year.",
        "A kilo of rice sells for R$12 in the north.",
        "A $100 bill was found.",
        "Revenue reached US $3 billion.",
        "He owed the IRS $5,000 in back taxes.",
        "The menu lists 3 $-signs for price.",
    ],
};

/// The currency signs that English writes before the amount.
fn is_sign(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥')
}

/// Country prefixes of dollars and reais (`HK$`, `NZ$`, `R$`): spaced from their
/// sign or from the amount, the source language's typography.
const PREFIXES: &[&str] = &["A", "AU", "C", "CA", "HK", "MX", "NT", "NZ", "R", "S", "SG", "TT"];

impl CurrencyFormat {
    /// A sign after an amount: `25 $`, `2.50 £`.
    fn sign_after(doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        for &(s, _) in doc.digit_runs() {
            if !number_starts_at(bytes, s) {
                continue;
            }
            let mut e = s;
            while e < bytes.len()
                && (bytes[e].is_ascii_digit()
                    || (matches!(bytes[e], b'.' | b',')
                        && bytes.get(e + 1).is_some_and(u8::is_ascii_digit)))
            {
                e += 1;
            }
            let a = skip_hspace(text, e);
            if a == e {
                continue;
            }
            let Some(c) = char_at(text, a).filter(|&c| is_sign(c)) else {
                continue;
            };
            let end = a + c.len_utf8();
            if char_at(text, end).is_some_and(|n| n.is_alphanumeric() || matches!(n, '-' | '$'))
                || doc.is_protected(s..end)
            {
                continue;
            }
            out.push(CURRENCY_FORMAT.finding(
                s..end,
                format!("the currency sign after the amount; English writes `{c}{}`", &text[s..e]),
            ));
        }
    }

    /// A country prefix spaced from its sign (`HK $ 3`, `NZ $4`), or the sign
    /// spaced from the amount (`R$ 12`).
    fn spaced_prefix(doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        for d in memchr::memchr_iter(b'$', bytes) {
            let spaced_before = d > 0 && bytes[d - 1] == b' ';
            let code_end = if spaced_before { d - 1 } else { d };
            let mut s = code_end;
            while s > 0 && bytes[s - 1].is_ascii_uppercase() {
                s -= 1;
            }
            let code = &text[s..code_end];
            if code.is_empty()
                || PREFIXES.binary_search(&code).is_err()
                || (s > 0 && bytes[s - 1].is_ascii_alphanumeric())
            {
                continue;
            }
            let a = skip_hspace(text, d + 1);
            let spaced_after = a > d + 1;
            // `A $100` is an article; a one-letter code counts only glued to its sign
            let spaced = (spaced_before && code.len() >= 2) || (!spaced_before && spaced_after);
            if !spaced || !bytes.get(a).is_some_and(u8::is_ascii_digit) || doc.is_protected(s..a + 1) {
                continue;
            }
            out.push(CURRENCY_FORMAT.finding(
                s..a,
                format!("a currency prefix with a space inside; English writes `{code}$` glued to the amount"),
            ));
        }
    }

    /// The numero sign: `№ 12` is `No. 12`.
    fn numero(doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        for (s, _) in text.match_indices('№') {
            let e = skip_hspace(text, s + '№'.len_utf8());
            if doc.is_protected(s..e) {
                continue;
            }
            out.push(
                CURRENCY_FORMAT
                    .finding(s..e, "the numero sign `№`; English writes `No.`")
                    .with_fix(Fix::safe(Edit::new(s..e, "No. "))),
            );
        }
    }
}

impl Rule for CurrencyFormat {
    fn meta(&self) -> &'static RuleMeta {
        &CURRENCY_FORMAT
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        Self::sign_after(doc, out);
        Self::spaced_prefix(doc, out);
        Self::numero(doc, out);
    }
}
