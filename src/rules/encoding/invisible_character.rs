//! The `encoding/invisible-character` rule: an invisible format character inside Latin text
//! (zero-width space, soft hyphen, direction mark, BOM).

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, char_before};

/// Format characters that have no business in English prose.
pub(super) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

fn is_rtl(c: char) -> bool {
    matches!(c, '\u{590}'..='\u{8FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// Scripts whose text uses zero-width characters legitimately (word breaks, joining).
fn uses_joiners(c: char) -> bool {
    !c.is_ascii()
        && !matches!(c, '\u{A0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' | '\u{2000}'..='\u{206F}')
}

/// Invisible characters: zero-width spaces and joiners, soft hyphens, direction
/// marks and a byte-order mark inside the text.
pub struct InvisibleCharacter;

static INVISIBLE: RuleMeta = RuleMeta {
    id: "encoding/invisible-character",
    category: Category::Encoding,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary: "an invisible format character inside Latin text (zero-width space, soft hyphen, direction mark, BOM)",
    flags: &[
        Example { text: "Ukrai\u{200B}ne and inter\u{AD}national", fixed: "Ukraine and international" },
        Example { text: "He said\u{200F} Moscow\u{FEFF} was far.", fixed: "He said Moscow was far." },
        Example { text: "a\u{200D}b and \u{202B}text\u{202C}", fixed: "ab and text" },
    ],
    passes: &[
        "\u{FEFF}A text may start with a byte-order mark.",
        "A family: 👨\u{200D}👩\u{200D}👧 and a heart ❤\u{FE0F}.",
        "Persian: می\u{200C}خواهم and Hebrew שלום\u{200F} stay.",
        "Thai uses zero-width spaces: สวัสดี\u{200B}ครับ.",
    ],
};

impl Rule for InvisibleCharacter {
    fn meta(&self) -> &'static RuleMeta {
        &INVISIBLE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        // All the chars of interest are encoded with lead byte C2 (U+AD), E2 80/81 or EF BB.
        let bytes = text.as_bytes();
        let mut rtl_cache: Option<(usize, bool)> = None;
        let mut next = 0; // chars before this are part of a finding
        for &i in doc.marks() {
            if i < next || !matches!(bytes[i], 0xC2 | 0xE2 | 0xEF) {
                continue;
            }
            let Some(c) = char_at(text, i).filter(|c| is_invisible(*c)) else {
                continue;
            };
            let mut end = i + c.len_utf8();
            while let Some(n) = char_at(text, end).filter(|c| is_invisible(*c)) {
                end += n.len_utf8();
            }
            let start = i;
            next = end;
            if start == 0 && c == '\u{FEFF}' && end == 3 {
                continue; // a BOM at the very start is fine
            }
            let prev = char_before(text, start);
            let next = char_at(text, end);
            let line = doc.line_at(start);
            let foreign = [prev, next].into_iter().flatten().any(uses_joiners)
                || (matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
                    && {
                        // whether the line has right-to-left text, computed once per line
                        match rtl_cache {
                            Some((l, v)) if l == line.start => v,
                            _ => {
                                let v = text[line.clone()].chars().any(is_rtl);
                                rtl_cache = Some((line.start, v));
                                v
                            }
                        }
                    });
            // a zero-width char between a word and a space or line end hides nothing;
            // inside a word it breaks search, spelling and hyphenation
            let inside_word = prev.is_some_and(crate::text::is_alphanumeric)
                && next.is_some_and(crate::text::is_alphanumeric);
            let bidi = matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
            if foreign || !(inside_word || bidi || c == '\u{FEFF}') {
                continue;
            }
            let name = match c {
                '\u{AD}' => "soft hyphen",
                '\u{200B}' => "zero-width space",
                '\u{200C}' => "zero-width non-joiner",
                '\u{200D}' => "zero-width joiner",
                '\u{200E}' | '\u{200F}' => "direction mark",
                '\u{FEFF}' => "byte-order mark",
                '\u{2060}' => "word joiner",
                _ => "bidirectional control",
            };
            out.push(
                INVISIBLE
                    .finding(
                        start..end,
                        format!(
                            "invisible {name} (U+{:04X}) inside the text; delete it",
                            c as u32
                        ),
                    )
                    .with_fix(Fix::safe(Edit::delete(start..end))),
            );
        }
    }
}
