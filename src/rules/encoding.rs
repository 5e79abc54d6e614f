//! Encoding and character-level leftovers: mojibake, HTML entities, invisible
//! characters, replacement characters, and Latin words with Cyrillic or Greek
//! look-alike letters.

use std::borrow::Cow;

use once_cell::sync::Lazy;

use crate::document::Document;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, char_before};

/// Windows-1252 bytes 0x80–0x9F and the chars they decode to (the five undefined
/// bytes are absent; decoders that keep them produce the C1 control of the same value).
const CP1252_HIGH: [(char, u8); 27] = [
    ('€', 0x80),
    ('‚', 0x82),
    ('ƒ', 0x83),
    ('„', 0x84),
    ('…', 0x85),
    ('†', 0x86),
    ('‡', 0x87),
    ('ˆ', 0x88),
    ('‰', 0x89),
    ('Š', 0x8A),
    ('‹', 0x8B),
    ('Œ', 0x8C),
    ('Ž', 0x8E),
    ('‘', 0x91),
    ('’', 0x92),
    ('“', 0x93),
    ('”', 0x94),
    ('•', 0x95),
    ('–', 0x96),
    ('—', 0x97),
    ('˜', 0x98),
    ('™', 0x99),
    ('š', 0x9A),
    ('›', 0x9B),
    ('œ', 0x9C),
    ('ž', 0x9E),
    ('Ÿ', 0x9F),
];

/// The Windows-1252 (or Latin-1) byte that `c` was decoded from, for bytes >= 0x80.
fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if (0x80..=0xFF).contains(&u) {
        return Some(u as u8);
    }
    CP1252_HIGH.iter().find(|(ch, _)| *ch == c).map(|(_, b)| *b)
}

/// Whether a decoded char is one that real text contains (guards against reading
/// legitimate accented text such as `CANCIÓ”` as mojibake).
fn plausible(c: char) -> bool {
    matches!(c as u32,
        0xA0..=0x24F | 0x370..=0x3FF | 0x400..=0x45F | 0x2000..=0x206F | 0x20A0..=0x20CF
        | 0x2100..=0x215F | 0x2190..=0x21FF | 0x3000..=0x30FF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF
        | 0xFEFF | 0x1F300..=0x1FAFF)
}

/// Decodes one mojibake sequence starting at byte `at`: returns its end and the char.
fn decode_one(text: &str, at: usize) -> Option<(usize, char)> {
    let mut chars = text[at..].char_indices();
    let (_, lead) = chars.next()?;
    let lb = lead as u32;
    let n = match lb {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => return None,
    };
    let mut bytes = [lb as u8, 0, 0, 0];
    let mut end = at + lead.len_utf8();
    for slot in bytes.iter_mut().skip(1).take(n) {
        let (i, c) = chars.next()?;
        let b = cp1252_byte(c).filter(|b| (0x80..=0xBF).contains(b))?;
        *slot = b;
        end = at + i + c.len_utf8();
    }
    let s = std::str::from_utf8(&bytes[..=n]).ok()?;
    let c = s.chars().next()?;
    plausible(c).then_some((end, c))
}

/// Decodes a whole string if every non-ASCII char in it belongs to a mojibake sequence.
fn decode_all(s: &str) -> Option<String> {
    // A first pass decides without allocating: most attempts fail.
    let mut i = 0;
    let mut any = false;
    while i < s.len() {
        if s.as_bytes()[i].is_ascii() {
            i += 1;
        } else {
            i = decode_one(s, i)?.0;
            any = true;
        }
    }
    if !any {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = char_at(s, i)?;
        if c.is_ascii() {
            out.push(c);
            i += 1;
        } else {
            let (end, d) = decode_one(s, i)?;
            out.push(d);
            i = end;
        }
    }
    Some(out)
}

/// UTF-8 text decoded as Windows-1252 or Latin-1: `donâ€™t`, `cafÃ©`, `Â£5`.
pub struct Mojibake;

static MOJIBAKE: RuleMeta = RuleMeta {
    id: "encoding/mojibake",
    category: Category::Encoding,
    severity: Severity::Error,
    default_enabled: true,
    summary: "UTF-8 text read as Windows-1252 (`donâ€™t`, `cafÃ©`); the fix decodes it",
    flags: &[
        Example {
            text: "We donâ€™t know.",
            fixed: "We don’t know.",
        },
        Example {
            text: "the cafÃ© in MÃ¼nchen",
            fixed: "the café in München",
        },
        Example {
            text: "It cost Â£5 â€“ a â€œbargainâ€\u{9d}.",
            fixed: "It cost £5 – a “bargain”.",
        },
        Example {
            text: "a double Ã¢â‚¬â„¢ error",
            fixed: "a double ’ error",
        },
        Example {
            text: "the â€œpeace planâ€ again",
            fixed: "the “peace plan” again",
        },
    ],
    passes: &[
        "SÃO PAULO and CHÂTEAU LAFITE are capitals.",
        "“LA CANCIÓN” was a hit in Asunción.",
        "He paid €5 — “cheap” — at the café in München.",
        "Ãngel and Ðuro are names in other alphabets.",
    ],
};

impl Rule for Mojibake {
    fn meta(&self) -> &'static RuleMeta {
        &MOJIBAKE
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let bytes = text.as_bytes();
        // Every lead char U+00C2..U+00F4 is encoded as C3 82..C3 B4.
        let mut i = 0;
        while let Some(p) = bytes.get(i..).and_then(|rest| memchr::memchr(0xC3, rest)) {
            i += p;
            if !bytes.get(i + 1).is_some_and(|b| (0x82..=0xB4).contains(b)) {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i;
            // the first char is kept apart: most sequences decode to one char,
            // which needs no string of its own
            let mut first = None;
            let mut decoded = String::new();
            while let Some((e, c)) = decode_one(text, end) {
                match first {
                    None => first = Some(c),
                    Some(f) => {
                        if decoded.is_empty() {
                            decoded.push(f);
                        }
                        decoded.push(c);
                    }
                }
                end = e;
            }
            let lost_byte = end == start && text[start..].starts_with("â€");
            if end == start && !lost_byte {
                i += 2;
                continue;
            }
            if lost_byte {
                // `â€` whose third byte (0x9D of ”) was dropped on the way
                end = start + "â€".len();
                out.push(
                    MOJIBAKE
                        .finding(start..end, "mojibake of a UTF-8 punctuation mark whose last byte was lost; probably ”")
                        .with_fix(Fix::review(Edit::new(start..end, "”"))),
                );
                i = end;
                continue;
            }
            let replacement: Cow<'static, str> = match first {
                // one char never decodes again (a sequence takes two or more)
                Some(c) if decoded.is_empty() => match crate::text::char_str(c) {
                    Some(s) => Cow::Borrowed(s),
                    None => Cow::Owned(c.to_string()),
                },
                _ => {
                    // text decoded twice over: decode again while it still decodes
                    for _ in 0..2 {
                        match decode_all(&decoded) {
                            Some(again) => decoded = again,
                            None => break,
                        }
                    }
                    Cow::Owned(decoded)
                }
            };
            let (replacement, message) = if replacement == "\u{FEFF}" {
                (
                    Cow::Borrowed(""),
                    "mojibake: a byte-order mark read as Windows-1252; drop it",
                )
            } else {
                (
                    replacement,
                    "mojibake: UTF-8 read as Windows-1252; the fix restores the characters",
                )
            };
            out.push(
                MOJIBAKE
                    .finding(start..end, message)
                    .with_fix(Fix::safe(Edit::new(start..end, replacement))),
            );
            i = end;
        }
    }
}

/// HTML named entities that show up in scraped text, sorted by name.
const ENTITIES: &[(&str, &str)] = &[
    ("AElig", "Æ"),
    ("Aacute", "Á"),
    ("Acirc", "Â"),
    ("Agrave", "À"),
    ("Aring", "Å"),
    ("Atilde", "Ã"),
    ("Auml", "Ä"),
    ("Ccedil", "Ç"),
    ("Eacute", "É"),
    ("Ecirc", "Ê"),
    ("Egrave", "È"),
    ("Euml", "Ë"),
    ("Iacute", "Í"),
    ("Icirc", "Î"),
    ("Iuml", "Ï"),
    ("Ntilde", "Ñ"),
    ("OElig", "Œ"),
    ("Oacute", "Ó"),
    ("Ocirc", "Ô"),
    ("Ograve", "Ò"),
    ("Oslash", "Ø"),
    ("Otilde", "Õ"),
    ("Ouml", "Ö"),
    ("Scaron", "Š"),
    ("Uacute", "Ú"),
    ("Ucirc", "Û"),
    ("Ugrave", "Ù"),
    ("Uuml", "Ü"),
    ("Yacute", "Ý"),
    ("aacute", "á"),
    ("acirc", "â"),
    ("aelig", "æ"),
    ("agrave", "à"),
    ("amp", "&"),
    ("apos", "'"),
    ("aring", "å"),
    ("atilde", "ã"),
    ("auml", "ä"),
    ("bdquo", "„"),
    ("bull", "•"),
    ("ccedil", "ç"),
    ("cent", "¢"),
    ("copy", "©"),
    ("deg", "°"),
    ("divide", "÷"),
    ("eacute", "é"),
    ("ecirc", "ê"),
    ("egrave", "è"),
    ("euml", "ë"),
    ("euro", "€"),
    ("frac12", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("gt", ">"),
    ("hellip", "…"),
    ("iacute", "í"),
    ("icirc", "î"),
    ("iexcl", "¡"),
    ("igrave", "ì"),
    ("iquest", "¿"),
    ("iuml", "ï"),
    ("laquo", "«"),
    ("ldquo", "“"),
    ("lsaquo", "‹"),
    ("lsquo", "‘"),
    ("lt", "<"),
    ("mdash", "—"),
    ("middot", "·"),
    ("nbsp", "\u{A0}"),
    ("ndash", "–"),
    ("ntilde", "ñ"),
    ("oacute", "ó"),
    ("ocirc", "ô"),
    ("oelig", "œ"),
    ("ograve", "ò"),
    ("oslash", "ø"),
    ("otilde", "õ"),
    ("ouml", "ö"),
    ("para", "¶"),
    ("plusmn", "±"),
    ("pound", "£"),
    ("quot", "\""),
    ("raquo", "»"),
    ("rdquo", "”"),
    ("reg", "®"),
    ("rsaquo", "›"),
    ("rsquo", "’"),
    ("sbquo", "‚"),
    ("scaron", "š"),
    ("sect", "§"),
    ("shy", ""),
    ("szlig", "ß"),
    ("times", "×"),
    ("trade", "™"),
    ("uacute", "ú"),
    ("ucirc", "û"),
    ("ugrave", "ù"),
    ("uuml", "ü"),
    ("yacute", "ý"),
    ("yen", "¥"),
    ("yuml", "ÿ"),
    ("zwj", ""),
    ("zwnj", ""),
];

/// What an entity stands for: a named entity's value is a constant.
type EntityValue = Cow<'static, str>;

/// The names of [`ENTITIES`] packed into integers (see [`pack_name`]), in the same order.
static ENTITY_KEYS: Lazy<Vec<u64>> = Lazy::new(|| {
    ENTITIES
        .iter()
        .map(|(n, _)| pack_name(n.as_bytes()))
        .collect()
});

/// Each named entity's message, built once.
static ENTITY_MESSAGES: Lazy<Vec<String>> =
    Lazy::new(|| ENTITIES.iter().map(|(_, v)| entity_message(v)).collect());

/// An entity name of at most 8 bytes packed big-endian and zero-padded, so that the
/// integers sort as the names do (names are alphanumeric, never 0).
fn pack_name(name: &[u8]) -> u64 {
    // (the first byte highest: the bytes of the little-endian load reversed)
    crate::text::load_le(name).swap_bytes()
}

fn entity_message(value: &str) -> String {
    let shown = match value {
        "" => "an invisible character; drop it".to_string(),
        "\u{A0}" => "a no-break space".to_string(),
        v => format!("`{v}`"),
    };
    format!("HTML entity in plain text; it stands for {shown}")
}

/// Parses one entity at `at` (which holds `&`): returns its end, what it stands for
/// and, for a named entity, its index in [`ENTITIES`].
/// Accepts the Moses-tokenised forms `& apos;` and `&amp ;` too.
fn parse_entity(text: &str, at: usize) -> Option<(usize, EntityValue, Option<usize>)> {
    let spaced = text.as_bytes().get(at + 1) == Some(&b' ');
    parse_entity_body(text, if spaced { at + 2 } else { at + 1 }, spaced)
}

/// Parses what follows an entity's `&` (and its space, when `spaced`), from `i`.
fn parse_entity_body(
    text: &str,
    mut i: usize,
    spaced: bool,
) -> Option<(usize, EntityValue, Option<usize>)> {
    let bytes = text.as_bytes();
    let (value, mut end, index) = if bytes.get(i) == Some(&b'#') {
        let hex = matches!(bytes.get(i + 1), Some(b'x' | b'X'));
        i += if hex { 2 } else { 1 };
        let ds = i;
        let mut de = ds;
        while de < bytes.len()
            && de - ds < 7
            && (if hex {
                bytes[de].is_ascii_hexdigit()
            } else {
                bytes[de].is_ascii_digit()
            })
        {
            de += 1;
        }
        if de == ds {
            return None;
        }
        let n = u32::from_str_radix(&text[ds..de], if hex { 16 } else { 10 }).ok()?;
        // HTML maps 0x80–0x9F to Windows-1252.
        let c = if (0x80..=0x9F).contains(&n) {
            CP1252_HIGH
                .iter()
                .find(|(_, b)| u32::from(*b) == n)
                .map(|(c, _)| *c)?
        } else {
            char::from_u32(n).filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))?
        };
        let value = if is_invisible(c) {
            Cow::Borrowed("")
        } else {
            Cow::Owned(c.to_string())
        };
        (value, de, None)
    } else {
        let ns = i;
        let mut ne = ns;
        while ne < bytes.len() && ne - ns < 8 && bytes[ne].is_ascii_alphanumeric() {
            ne += 1;
        }
        // (no name: no entity, without a search for the empty key)
        if ne == ns {
            return None;
        }
        let key = pack_name(&bytes[ns..ne]);
        let idx = ENTITY_KEYS.binary_search(&key).ok()?;
        (Cow::Borrowed(ENTITIES[idx].1), ne, Some(idx))
    };
    if bytes.get(end) == Some(&b' ')
        && bytes.get(end + 1) == Some(&b';')
        && (spaced || value == "&")
    {
        end += 1;
    }
    if bytes.get(end) != Some(&b';') {
        return None;
    }
    Some((end + 1, value, index))
}

/// HTML or XML entities left in plain text: `&amp;`, `&#39;`, `&nbsp;`, `& apos;`.
pub struct HtmlEntity;

static HTML_ENTITY: RuleMeta = RuleMeta {
    id: "encoding/html-entity",
    category: Category::Encoding,
    severity: Severity::Warning,
    default_enabled: true,
    summary: "an HTML entity left in plain text (`&amp;`, `&#39;`, `& apos;`); the fix decodes it",
    flags: &[
        Example {
            text: "Shares of AT&amp;T rose.",
            fixed: "Shares of AT&T rose.",
        },
        Example {
            text: "the minister&#39;s plan, a communiqu&#233;",
            fixed: "the minister's plan, a communiqué",
        },
        Example {
            text: "L & apos;information and &quot;quotes&quot;",
            fixed: "L'information and \"quotes\"",
        },
        Example {
            text: "Tom &amp;amp; Jerry &#x2014; again",
            fixed: "Tom & Jerry — again",
        },
        Example {
            text: "It was Blair&#146;s idea.",
            fixed: "It was Blair’s idea.",
        },
    ],
    passes: &[
        "AT&T, R&D and Q&A sessions; Tom & Jerry.",
        "Use &c. for etcetera, or & alone.",
        "Visit https://ex.com/?a=1&amp;b=2 now.",
        "The &unknown; entity and &#xZZ; stay.",
    ],
};

impl Rule for HtmlEntity {
    fn meta(&self) -> &'static RuleMeta {
        &HTML_ENTITY
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let mut from = 0;
        while let Some(rel) = memchr::memchr(b'&', &text.as_bytes()[from..]) {
            let at = from + rel;
            from = at + 1;
            let Some((mut end, mut value, mut index)) = parse_entity(text, at) else {
                continue;
            };
            // `&amp;quot;`: an escaped entity; decode all the way.
            while value == "&" && text.as_bytes().get(end).is_some_and(|&b| b != b' ') {
                match parse_entity_body(text, end, false) {
                    Some((e, v, i)) => {
                        end = e;
                        value = v;
                        index = i;
                    }
                    None => break,
                }
            }
            if doc.is_protected(at..end) {
                continue;
            }
            let mut start = at;
            // `L & apos;information`: the tokeniser also split the word
            if value == "'"
                && text.as_bytes().get(at + 1) == Some(&b' ')
                && char_before(text, at) == Some(' ')
            {
                start -= 1;
            }
            let message: Cow<'static, str> = match index {
                Some(i) => {
                    let messages: &'static Vec<String> = &ENTITY_MESSAGES;
                    messages
                        .get(i)
                        .map_or(Cow::Borrowed(""), |m| Cow::Borrowed(m.as_str()))
                }
                None => Cow::Owned(entity_message(&value)),
            };
            out.push(
                HTML_ENTITY
                    .finding(start..end, message)
                    .with_fix(Fix::safe(Edit::new(start..end, value))),
            );
            from = end;
        }
    }
}

/// Format characters that have no business in English prose.
fn is_invisible(c: char) -> bool {
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

/// U+FFFD, the mark a decoder leaves where it could not read a byte.
pub struct ReplacementCharacter;

static REPLACEMENT: RuleMeta = RuleMeta {
    id: "encoding/replacement-character",
    category: Category::Encoding,
    severity: Severity::Error,
    default_enabled: true,
    summary: "U+FFFD `�`: a character was lost in decoding; restore it by hand",
    flags: &[
        Example {
            text: "Blair\u{FFFD}s plan",
            fixed: "Blair\u{FFFD}s plan",
        },
        Example {
            text: "caf\u{FFFD}\u{FFFD} culture",
            fixed: "caf\u{FFFD}\u{FFFD} culture",
        },
        Example {
            text: "\u{FFFD}",
            fixed: "\u{FFFD}",
        },
    ],
    passes: &["Blair’s plan", "café culture", "a ? mark and a ◆ diamond"],
};

impl Rule for ReplacementCharacter {
    fn meta(&self) -> &'static RuleMeta {
        &REPLACEMENT
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let mut from = 0;
        while let Some(rel) = memchr::memmem::find(&text.as_bytes()[from..], "\u{FFFD}".as_bytes())
        {
            let start = from + rel;
            let mut end = start;
            while text[end..].starts_with('\u{FFFD}') {
                end += '\u{FFFD}'.len_utf8();
            }
            out.push(REPLACEMENT.finding(start..end, "replacement character: a character was lost when the text was decoded; restore it from the source"));
            from = end;
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_table_is_sorted() {
        for w in ENTITIES.windows(2) {
            assert!(w[0].0 < w[1].0, "{} before {}", w[0].0, w[1].0);
        }
        // The packed keys are searched instead of the names: they must sort the same
        // way, and no name may be longer than the eight bytes a key holds.
        for w in ENTITY_KEYS.windows(2) {
            assert!(w[0] < w[1]);
        }
        for (name, _) in ENTITIES {
            assert!((1..=8).contains(&name.len()), "{name}");
        }
    }

    #[test]
    fn escaped_entities_decode_all_the_way() {
        let text = "a &amp;amp;quot;b&amp;#39; c &amp; d &amp;zzz; &#38;amp;";
        let found: Vec<(&str, String)> = {
            let doc = Document::new(text);
            let mut out = Vec::new();
            HtmlEntity.check(&doc, &mut out);
            out.iter()
                .map(|f| (f.text(text), f.fixes[0].edits[0].replacement.to_string()))
                .collect()
        };
        assert_eq!(
            found,
            [
                ("&amp;amp;quot;", "\"".to_string()),
                ("&amp;#39;", "'".to_string()),
                ("&amp;", "&".to_string()),
                ("&amp;", "&".to_string()),
                ("&#38;amp;", "&".to_string()),
            ]
        );
    }

    #[test]
    fn cp1252_round_trip() {
        for (c, b) in CP1252_HIGH {
            assert_eq!(cp1252_byte(c), Some(b));
        }
        assert_eq!(cp1252_byte('é'), Some(0xE9));
        assert_eq!(cp1252_byte('a'), None);
    }
}
