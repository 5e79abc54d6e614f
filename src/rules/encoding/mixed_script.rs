//! mixed_script

use crate::analysis::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, char_before};

/// Cyrillic and Greek letters that look like Latin ones, with their Latin twin.
const CONFUSABLES: &[(char, char)] = &[
    ('Α', 'A'),
    ('Β', 'B'),
    ('Ε', 'E'),
    ('Ζ', 'Z'),
    ('Η', 'H'),
    ('Ι', 'I'),
    ('Κ', 'K'),
    ('Μ', 'M'),
    ('Ν', 'N'),
    ('Ο', 'O'),
    ('Ρ', 'P'),
    ('Τ', 'T'),
    ('Υ', 'Y'),
    ('Χ', 'X'),
    ('ν', 'v'),
    ('ο', 'o'),
    ('Ѕ', 'S'),
    ('І', 'I'),
    ('Ј', 'J'),
    ('А', 'A'),
    ('В', 'B'),
    ('Е', 'E'),
    ('К', 'K'),
    ('М', 'M'),
    ('Н', 'H'),
    ('О', 'O'),
    ('Р', 'P'),
    ('С', 'C'),
    ('Т', 'T'),
    ('Х', 'X'),
    ('а', 'a'),
    ('е', 'e'),
    ('о', 'o'),
    ('р', 'p'),
    ('с', 'c'),
    ('у', 'y'),
    ('х', 'x'),
    ('ѕ', 's'),
    ('і', 'i'),
    ('ј', 'j'),
    ('ԁ', 'd'),
    ('һ', 'h'),
];

fn is_cyrillic_or_greek(c: char) -> bool {
    matches!(c, '\u{370}'..='\u{3FF}' | '\u{400}'..='\u{52F}' | '\u{1F00}'..='\u{1FFF}')
}

/// A Latin word with Cyrillic or Greek look-alike letters: `Brаzil` with a Cyrillic `а`.
pub struct MixedScript;

static MIXED_SCRIPT: RuleMeta = RuleMeta {
    id: "encoding/mixed-script",
    category: Category::Encoding,
    severity: Severity::Warning,
    triggers: crate::Triggers::Text,
    default_enabled: true,
    summary:
        "a Latin word containing Cyrillic or Greek look-alike letters (`Brаzil` with Cyrillic `а`)",
    flags: &[
        Example {
            text: "The team from Br\u{430}zil won.",
            fixed: "The team from Brazil won.",
        },
        Example {
            text: "\u{41C}oscow and Kreml\u{456}n",
            fixed: "Moscow and Kremlin",
        },
        Example {
            text: "\u{39F}bama met N\u{410}TO chiefs",
            fixed: "Obama met NATO chiefs",
        },
    ],
    passes: &[
        "The word мир means peace; Αθήνα is Athens.",
        "An α-helix, a β-blocker and 5 μm beads; μLabs.",
        "The angle θx and the Δt were small.",
    ],
};

impl Rule for MixedScript {
    fn meta(&self) -> &'static RuleMeta {
        &MIXED_SCRIPT
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        let mut last_end = 0;
        for &i in doc.marks() {
            // Greek and Cyrillic letters start with lead bytes CD..D4 or E1 BC..BF.
            if !matches!(bytes[i], 0xCD..=0xD4 | 0xE1) || i < last_end {
                continue;
            }
            if !char_at(text, i)
                .is_some_and(|c| is_cyrillic_or_greek(c) && crate::text::is_alphabetic(c))
            {
                continue;
            }
            // the word around it
            let is_letter = |c: &char| crate::text::is_alphabetic(*c);
            let mut start = i;
            while let Some(p) = char_before(text, start).filter(is_letter) {
                start -= p.len_utf8();
            }
            let mut end = i;
            while let Some(n) = char_at(text, end).filter(is_letter) {
                end += n.len_utf8();
            }
            last_end = end;
            let word = &text[start..end];
            // (one pass for both counts)
            let (mut latin, mut foreign) = (0usize, 0usize);
            for c in word.chars() {
                latin += usize::from(crate::text::is_latin(c));
                foreign += usize::from(is_cyrillic_or_greek(c));
            }
            if latin == 0 || foreign == 0 || latin < foreign {
                continue;
            }
            let mut fixed = String::with_capacity(word.len());
            let mut all_mapped = true;
            for ch in word.chars() {
                if !is_cyrillic_or_greek(ch) {
                    fixed.push(ch);
                } else if let Some((_, l)) = CONFUSABLES.iter().find(|(f, _)| *f == ch) {
                    fixed.push(*l);
                } else {
                    all_mapped = false; // a letter with no Latin twin
                    break;
                }
            }
            if !all_mapped {
                continue;
            }
            out.push(
                MIXED_SCRIPT
                    .finding(
                        start..end,
                        "a word that mixes Latin with Cyrillic or Greek look-alike letters; the fix spells it in Latin",
                    )
                    .with_fix(Fix::safe(Edit::new(start..end, fixed))),
            );
        }
    }
}
