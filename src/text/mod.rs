//! The text layer: bytes, chars and words of UTF-8 text, and the fast paths
//! (byte scans, packed keys, the Fx hash, word shapes) behind plain functions.

pub(crate) mod endings;
pub(crate) mod hash;
pub(crate) mod literals;
pub(crate) mod position;
pub(crate) mod repeats;

/// The char ending just before byte `i`, if any.
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// The char starting at byte `i`, if any.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The ASCII word that ends just before `i`, skipping horizontal spaces first
/// (`"at  "` gives `"at"`); empty when a non-letter comes first.
pub(crate) fn prev_ascii_word(text: &str, i: usize) -> &str {
    let end = skip_hspace_back(text, i);
    let bytes = text.as_bytes();
    let mut start = end;
    while start > 0 && bytes[start - 1].is_ascii_alphabetic() {
        start -= 1;
    }
    &text[start..end]
}

/// The largest char boundary of `text` at or before byte `i` (clamped to the end).
pub(crate) fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The runs of ASCII letters not glued to digits, `_` or other scripts (see
/// [`push_word`]), as byte ranges, and the offsets of the ASCII capitals that
/// do not follow an ASCII letter (where a capitalised word may start), both in
/// one pass: 64 bytes at a time, a mask of their letters, whose changes against
/// the byte before are the words' starts and ends, visited bit by bit.
#[cfg(test)]
pub(crate) fn ascii_words_and_capitals(text: &str) -> (Vec<(usize, usize)>, Vec<usize>) {
    let mut words = Vec::new();
    let mut capitals = Vec::new();
    ascii_words_and_capitals_into(text, &mut words, &mut capitals);
    (words, capitals)
}

/// [`ascii_words_and_capitals`] into the given vectors (cleared first), whose
/// memory a later scan reuses.
pub(crate) fn ascii_words_and_capitals_into(
    text: &str,
    out: &mut Vec<(usize, usize)>,
    capitals_out: &mut Vec<usize>,
) {
    let b = text.as_bytes();
    let n = b.len();
    out.clear();
    capitals_out.clear();
    out.reserve(n / 6);
    capitals_out.reserve(n / 32);
    // a capital not after a letter is the first byte of a run of letters
    let letters = |block: &[u8], _| eight_at_a_time(block, letter_bits);
    for_each_run(
        b,
        letters,
        |c| c.is_ascii_alphabetic(),
        |s, e| {
            if b[s].is_ascii_uppercase() {
                capitals_out.push(s);
            }
            push_word(text, out, s, e);
        },
    );
}

/// The mask of a 64-byte block, eight bytes at a time: bit `i` is bit `i % 8`
/// of `bits` of the eight bytes holding byte `i`.
#[inline]
fn eight_at_a_time(block: &[u8], bits: impl Fn(u64) -> u64) -> u64 {
    let mut mask = 0u64;
    for (k, eight) in block.chunks_exact(8).enumerate() {
        let mut word = [0u8; 8];
        word.copy_from_slice(eight);
        mask |= bits(u64::from_le_bytes(word)) << (8 * k);
    }
    mask
}

/// Calls `run(start, end)` for every maximal run of the bytes of `b` that
/// `is_in` selects, in order: 64 bytes at a time, the block's mask (bit `i`
/// set when byte `i` is in; `mask` is also told whether the byte before the
/// block was), whose changes against the byte before are the runs' starts and
/// ends, visited bit by bit. The bytes after the last whole block are tested
/// one by one.
#[inline]
fn for_each_run(
    b: &[u8],
    mut mask: impl FnMut(&[u8], bool) -> u64,
    is_in: impl Fn(u8) -> bool,
    mut run: impl FnMut(usize, usize),
) {
    let mut prev_in = false;
    let mut start = 0;
    let mut base = 0;
    let mut blocks = b.chunks_exact(64);
    for block in &mut blocks {
        let inside = mask(block, prev_in);
        let mut changes = inside ^ (inside << 1 | u64::from(prev_in));
        while changes != 0 {
            let j = changes.trailing_zeros() as usize;
            changes &= changes - 1;
            if inside >> j & 1 == 1 {
                start = base + j;
            } else {
                run(start, base + j);
            }
        }
        prev_in = inside >> 63 == 1;
        base += 64;
    }
    for (j, &byte) in blocks.remainder().iter().enumerate() {
        let now_in = is_in(byte);
        if now_in != prev_in {
            if now_in {
                start = base + j;
            } else {
                run(start, base + j);
            }
        }
        prev_in = now_in;
    }
    if prev_in {
        run(start, b.len());
    }
}

/// The words of [`ascii_words_and_capitals`].
#[cfg(test)]
pub(crate) fn ascii_words(text: &str) -> Vec<(usize, usize)> {
    ascii_words_and_capitals(text).0
}

/// The high bit of each of 8 bytes: the lanes of the SWAR tests below.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// For 8 bytes of 7 bits (`y`), the high bit of each byte set when the byte is
/// at least `c` (at most 0x80): the sums never carry into the next byte.
#[inline]
pub(crate) fn lanes_at_least(y: u64, c: u8) -> u64 {
    (y + u64::from_ne_bytes([0x80 - c; 8])) & HIGH
}

/// The eight high bits of `lanes` gathered into one byte: bit `i` from byte `i`.
#[inline]
fn gather(lanes: u64) -> u64 {
    ((lanes >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// The high bit of each of the 8 bytes of `x` that is an ASCII letter.
#[inline]
fn letter_lanes(x: u64) -> u64 {
    // lower-cased (`| 0x20`) and cut to 7 bits
    let y = (x | 0x2020_2020_2020_2020) & !HIGH;
    lanes_at_least(y, b'a') & !lanes_at_least(y, b'z' + 1) & !x & HIGH
}

/// The high bit of each of the 8 bytes of `x` that is an ASCII digit.
#[inline]
fn digit_lanes(x: u64) -> u64 {
    let y = x & !HIGH;
    lanes_at_least(y, b'0') & !lanes_at_least(y, b'9' + 1) & !x & HIGH
}

/// The letters among 8 bytes (SWAR): bit `i` of the result is set when byte
/// `i` is an ASCII letter.
#[inline]
fn letter_bits(x: u64) -> u64 {
    gather(letter_lanes(x))
}

/// The offsets of the bytes that [`MARK`] selects: ASCII punctuation and
/// symbols, and the first byte of each non-ASCII char. The bytes are classified
/// 64 at a time, and only the marks among them are visited.
#[cfg(test)]
pub(crate) fn marks(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    marks_into(text, &mut out);
    out
}

/// [`marks`] into `out` (cleared first), whose memory a later scan reuses.
pub(crate) fn marks_into(text: &str, out: &mut Vec<usize>) {
    let b = text.as_bytes();
    out.clear();
    out.reserve(b.len() / 16);
    let mut blocks = b.chunks_exact(64);
    let mut base = 0;
    for block in &mut blocks {
        let mut mask = eight_at_a_time(block, mark_bits);
        if mask == u64::MAX {
            out.extend(base..base + 64); // a block of marks only (`......`)
        } else {
            while mask != 0 {
                out.push(base + mask.trailing_zeros() as usize);
                mask &= mask - 1;
            }
        }
        base += 64;
    }
    for (j, &byte) in blocks.remainder().iter().enumerate() {
        if MARK[usize::from(byte)] == 1 {
            out.push(base + j);
        }
    }
}

/// Whether the `;` at `i` closes a character reference (`&amp;`, `&#8221;`,
/// `&#x2014;`, the Moses-tokenised `&amp ;` and `& apos;`): that `;` belongs to
/// the reference, and is no punctuation mark. (Bounded: at most 34 bytes back.)
pub(crate) fn closes_character_reference(b: &[u8], i: usize) -> bool {
    if b.get(i) != Some(&b';') {
        return false;
    }
    let mut k = i;
    if k > 0 && b[k - 1] == b' ' {
        k -= 1; // `&amp ;`
    }
    let end = k;
    while k > 0 && end - k < 32 && b[k - 1].is_ascii_alphanumeric() {
        k -= 1;
    }
    if k == end {
        return false;
    }
    if k > 0 && b[k - 1] == b'#' {
        k -= 1;
    }
    if k > 0 && b[k - 1] == b' ' {
        k -= 1; // `& apos;`
    }
    k > 0 && b[k - 1] == b'&'
}

/// The marks among 8 bytes (SWAR): bit `i` of the result is set when byte `i`
/// is one of [`MARK`]'s: printable ASCII that is no letter or digit, or a byte
/// from 0xC0 up (the first byte of a non-ASCII char).
#[inline]
fn mark_bits(x: u64) -> u64 {
    // (the lanes of the 7-bit bytes; the ASCII test at the end covers the others)
    let y = x & !HIGH;
    let lower = y | 0x2020_2020_2020_2020; // letters of either case, lower-cased
    let printable = lanes_at_least(y, 0x21) & !lanes_at_least(y, 0x7F);
    let digit = lanes_at_least(y, b'0') & !lanes_at_least(y, b'9' + 1);
    let letter = lanes_at_least(lower, b'a') & !lanes_at_least(lower, b'z' + 1);
    let lead = x & (x << 1) & HIGH; // 0xC0 and up: bits 7 and 6 set
    gather((printable & !digit & !letter & !x) | lead)
}

/// Which bytes [`marks`] records.
static MARK: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = (c.is_ascii_punctuation() || c >= 0xC0) as u8;
        i += 1;
    }
    t
};

/// Keeps the letter run `s..e` unless it is glued to digits, `_` or a letter,
/// digit or mark of another script (`café`, `x²`, `Müller`): a quote, dash or
/// other mark ends a word as an ASCII one does (`democracy”she`, `«word»and`).
#[inline(always)]
fn push_word(text: &str, out: &mut Vec<(usize, usize)>, s: usize, e: usize) {
    let b = text.as_bytes();
    // most words sit between spaces and marks below `0`, which never glue
    // (see `CLASS`): two compares, and the table for the others
    let before = if s > 0 { b[s - 1] } else { b' ' };
    let after = b.get(e).copied().unwrap_or(b' ');
    if (before < b'0' && after < b'0') || !glued(text, s, e) {
        out.push((s, e));
    }
}

/// Whether the letter run `s..e` is glued to what is around it (see
/// [`push_word`]).
#[inline(never)]
fn glued(text: &str, s: usize, e: usize) -> bool {
    let b = text.as_bytes();
    let glues = |i: usize, c: fn(&str, usize) -> Option<char>| match CLASS[usize::from(b[i])] {
        GLUE => true,
        NON_ASCII => c(text, if i < s { s } else { e }).is_none_or(glues_to_a_word),
        _ => false,
    };
    (e < b.len() && glues(e, char_at)) || (s > 0 && glues(s - 1, char_before))
}

/// Whether a non-ASCII char next to ASCII letters makes them part of a word
/// of another spelling: a letter or digit of any script, a combining mark, or
/// an invisible char that joins or hyphenates within a word (soft hyphen,
/// zero-width space and joiners, word joiner, direction marks, BOM).
fn glues_to_a_word(c: char) -> bool {
    c.is_alphanumeric()
        || unicode_normalization::char::is_combining_mark(c)
        || matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

const OTHER: u8 = 0;
const LETTER: u8 = 1;
/// Bytes that glue a letter run to something that is not an English word:
/// digits and `_`.
const GLUE: u8 = 2;
/// The bytes of a non-ASCII character, which glue when the character is part
/// of a word (see [`glues_to_a_word`]).
const NON_ASCII: u8 = 3;

/// The class of every byte for [`ascii_words`].
static CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() || c == b'_' {
            GLUE
        } else if c >= 0x80 {
            NON_ASCII
        } else {
            OTHER
        };
        i += 1;
    }
    t
};

/// One bit for each char below U+0800 (ASCII and the two-byte chars: Latin,
/// Greek, Cyrillic, Hebrew, Arabic): the standard Unicode lookups cost a few
/// hundred instructions for a non-ASCII char.
type TwoByteTable = [u64; 32];

/// The table of the chars below U+0800 for which `class` holds.
fn two_byte_table(class: fn(char) -> bool) -> TwoByteTable {
    let mut t = [0u64; 32];
    for c in (0..0x800u32).filter_map(char::from_u32) {
        t[c as usize / 64] |= u64::from(class(c)) << (c as u32 % 64);
    }
    t
}

/// `class(c)`, from `ascii` for ASCII, from `table` (built from `class`) below
/// U+0800, false for the general punctuation (U+2000..U+206F: the quotation
/// marks and dashes of most texts, where no char is a letter, a digit or a
/// capital), and from `class` itself above.
#[inline]
fn classify(
    c: char,
    ascii: fn(&char) -> bool,
    table: &once_cell::sync::Lazy<TwoByteTable>,
    class: fn(char) -> bool,
) -> bool {
    let n = c as usize;
    if n < 0x80 {
        ascii(&c)
    } else if n < 0x800 {
        table[n / 64] >> (n % 64) & 1 == 1
    } else if (0x2000..0x2070).contains(&n) {
        false
    } else {
        class(c)
    }
}

static ALPHABETIC: once_cell::sync::Lazy<TwoByteTable> =
    once_cell::sync::Lazy::new(|| two_byte_table(char::is_alphabetic));
static ALPHANUMERIC: once_cell::sync::Lazy<TwoByteTable> =
    once_cell::sync::Lazy::new(|| two_byte_table(char::is_alphanumeric));
static UPPERCASE: once_cell::sync::Lazy<TwoByteTable> =
    once_cell::sync::Lazy::new(|| two_byte_table(char::is_uppercase));

/// The chars U+0080..U+07FF and U+2000..U+206F (general punctuation), each as
/// a string of its own, built once.
static CHAR_STRS: once_cell::sync::Lazy<Vec<String>> = once_cell::sync::Lazy::new(|| {
    (0x80..0x800u32)
        .chain(0x2000..0x2070)
        .map(|n| char::from_u32(n).map(String::from).unwrap_or_default())
        .collect()
});

/// A char of U+0080..U+07FF or U+2000..U+206F as a `&'static str` (a
/// replacement that needs no allocation); `None` for the others.
pub(crate) fn char_str(c: char) -> Option<&'static str> {
    let n = c as usize;
    let i = match n {
        0x80..=0x7FF => n - 0x80,
        0x2000..=0x206F => n - 0x2000 + (0x800 - 0x80),
        _ => return None,
    };
    let strs: &'static Vec<String> = &CHAR_STRS;
    strs.get(i).map(String::as_str)
}

/// The strings joined, with one allocation: a message built from a few pieces
/// costs a fraction of what `format!` does.
pub(crate) fn concat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        out.push_str(p);
    }
    out
}

/// `char::is_alphabetic`, with a table for the chars below U+0800.
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    classify(
        c,
        char::is_ascii_alphabetic,
        &ALPHABETIC,
        char::is_alphabetic,
    )
}

/// `char::is_alphanumeric`, with a table for the chars below U+0800.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    classify(
        c,
        char::is_ascii_alphanumeric,
        &ALPHANUMERIC,
        char::is_alphanumeric,
    )
}

/// `char::is_uppercase`, with a table for the chars below U+0800.
#[inline]
pub(crate) fn is_uppercase(c: char) -> bool {
    classify(c, char::is_ascii_uppercase, &UPPERCASE, char::is_uppercase)
}

/// Calls `f` with the byte range of every maximal run of alphabetic chars
/// (`char::is_alphabetic`) that starts with an upper-case letter, in order,
/// given where such runs may start, in ascending order: every ASCII capital
/// and every first byte of a non-ASCII char that does not follow an ASCII
/// letter (more are harmless). With `skip_short`, runs shorter than 5 bytes
/// may be left out.
pub(crate) fn capitalised_runs_at(
    text: &str,
    candidates: impl Iterator<Item = usize>,
    skip_short: bool,
    mut f: impl FnMut(usize, usize),
) {
    let b = text.as_bytes();
    let mut next = 0; // the end of the last run looked at
    for s in candidates {
        if s < next {
            continue;
        }
        // an ASCII byte that is no letter, or the end of the text, within 5
        // bytes: the run from here is shorter (a later candidate inside it
        // follows a letter, and is passed over as before)
        if skip_short && runs_shorter_than_5(b, s) {
            continue;
        }
        // a run starts upper-case (most non-ASCII chars are not: quotation
        // marks, accented lower-case letters), and not after a letter (a char
        // after a letter is inside a run, whose rest is then skipped)
        if b[s] >= 0x80 && !char_at(text, s).is_some_and(is_uppercase) {
            next = s + utf8_len(b[s]);
            continue;
        }
        let after_letter = match b.get(s.wrapping_sub(1)) {
            Some(&p) if p < 0x80 => p.is_ascii_alphabetic(),
            Some(_) => char_before(text, s).is_some_and(is_alphabetic),
            None => false,
        };
        let e = alphabetic_run_end(text, s);
        next = e.max(s + utf8_len(b[s]));
        if !after_letter && e > s {
            f(s, e);
        }
    }
}

/// Whether the run of letters from `s` surely ends before `s + 5`: an ASCII
/// byte that is no letter, or the end of the text, comes first (the four
/// bytes after `s` tested at once, their letters found as [`letter_lanes`] does).
#[inline]
fn runs_shorter_than_5(b: &[u8], s: usize) -> bool {
    let Some(head) = b
        .get(s + 1..s + 5)
        .and_then(|h| <[u8; 4]>::try_from(h).ok())
    else {
        return true;
    };
    // (the four bytes above are letters: padding)
    let x = u64::from(u32::from_le_bytes(head)) | 0x6161_6161 << 32;
    // the ASCII bytes that are no letters
    !x & HIGH & !letter_lanes(x) != 0
}

/// The index of the first byte for which `pred` holds. Whole 32-byte blocks
/// are tested with a branch-free fold the compiler vectorises, so a search for
/// rare bytes runs at memory speed.
#[cfg(test)]
#[inline]
pub(crate) fn find_byte(hay: &[u8], pred: impl Fn(u8) -> bool) -> Option<usize> {
    const BLOCK: usize = 32;
    let mut blocks = hay.chunks_exact(BLOCK);
    let mut at = 0;
    for block in &mut blocks {
        if block.iter().fold(false, |acc, &c| acc | pred(c)) {
            return block.iter().position(|&c| pred(c)).map(|p| at + p);
        }
        at += BLOCK;
    }
    blocks
        .remainder()
        .iter()
        .position(|&c| pred(c))
        .map(|p| at + p)
}

/// The ASCII digits among 8 bytes (SWAR): bit `i` of the result is set when
/// byte `i` is `0`–`9`.
#[inline]
fn digit_bits(x: u64) -> u64 {
    gather(digit_lanes(x))
}

/// Every maximal run of ASCII digits as (start, end), in order, into `out`
/// (cleared first): 64 bytes at a time, a mask of their digits, whose changes
/// against the byte before are the runs' starts and ends.
pub(crate) fn digit_runs_into(text: &str, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let digits = |block: &[u8], prev_digit: bool| {
        // most blocks of prose hold no digit: a test the compiler vectorises first
        if !prev_digit && !block.iter().fold(false, |acc, c| acc | c.is_ascii_digit()) {
            return 0;
        }
        eight_at_a_time(block, digit_bits)
    };
    for_each_run(
        text.as_bytes(),
        digits,
        |c| c.is_ascii_digit(),
        |s, e| out.push((s, e)),
    );
}

/// The positions where a run of ASCII digits starts, with the run's end.
#[cfg(test)]
pub(crate) fn digit_runs(hay: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let s = at + find_byte(hay.get(at..)?, |c| c.is_ascii_digit())?;
        let e = s + hay[s..].iter().take_while(|c| c.is_ascii_digit()).count();
        at = e;
        Some((s, e))
    })
}

/// The end of the run of alphabetic chars starting at byte `s` (`s` itself if
/// no alphabetic char starts there).
fn alphabetic_run_end(text: &str, s: usize) -> usize {
    let b = text.as_bytes();
    let mut i = s;
    while i < b.len() {
        if b[i].is_ascii_alphabetic() {
            i += 1;
        } else if b[i] >= 0x80 {
            match char_at(text, i) {
                Some(c) if is_alphabetic(c) => i += c.len_utf8(),
                _ => break,
            }
        } else {
            break;
        }
    }
    i
}

/// The length of the UTF-8 sequence led by byte `lead` (1 for a stray continuation byte).
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// `word` in ASCII lower case, written into `buf` without allocating; `None`
/// when it is longer than `buf` or not ASCII.
pub(crate) fn ascii_lower<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let out = buf.get_mut(..word.len()).filter(|_| word.is_ascii())?;
    for (d, c) in out.iter_mut().zip(word.bytes()) {
        *d = c.to_ascii_lowercase();
    }
    std::str::from_utf8(out).ok()
}

/// Whether every byte of `letters`, a run of ASCII letters, is lower case: the
/// 0x20 bit of each byte tested a few bytes at a time, with overlapping loads
/// and no branch on each byte (a word's case shape is asked of every word of a
/// text; a loop over its bytes mispredicts where it stops). For bytes that are
/// not ASCII letters the answer means nothing.
#[inline]
pub(crate) fn letters_are_lowercase(letters: &[u8]) -> bool {
    const LOWER: u64 = 0x2020_2020_2020_2020;
    let n = letters.len();
    if n == 0 {
        return true;
    }
    if n < 8 {
        // one load, zero above the word: the lanes past its end count as lower case
        let past_end = !(u64::MAX >> (8 * (8 - n)));
        return (load_le(letters) | past_end) & LOWER == LOWER;
    }
    let mut all = u64::MAX;
    let mut chunks = letters.chunks_exact(8);
    for c in &mut chunks {
        all &= load_le(c);
    }
    // the last 8 bytes (overlapping the chunks read: AND keeps them)
    all &= load_le(&letters[n - 8..]);
    all & LOWER == LOWER
}

/// A word of at most 8 bytes packed into an integer, exactly as written (zero
/// bytes after it): a set of short words becomes a set of integers, looked up
/// without hashing or comparing strings. `None` for a longer word, and for one
/// ending in a NUL byte (it would pack like the word without it).
#[inline]
pub(crate) fn pack_word(word: &[u8]) -> Option<u64> {
    (word.len() <= 8 && word.last() != Some(&0)).then(|| load_le(word))
}

/// Up to the first 8 bytes of `b` as a little-endian integer, zero above them
/// (as if copied into a zeroed `[u8; 8]`), read as two overlapping loads so
/// that the load does not wait for a copy's stores (see benches/NOTES.md).
#[inline]
pub(crate) fn load_le(b: &[u8]) -> u64 {
    let n = b.len();
    // (the bytes the two loads share are the same bytes: OR keeps them)
    match n {
        0 => 0,
        1 => u64::from(b[0]),
        2 | 3 => {
            let lo = u64::from(u16::from_le_bytes([b[0], b[1]]));
            let hi = u64::from(u16::from_le_bytes([b[n - 2], b[n - 1]]));
            lo | hi << (8 * (n - 2))
        }
        4..=7 => {
            let lo = u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
            let hi = u64::from(u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]));
            lo | hi << (8 * (n - 4))
        }
        _ => u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]),
    }
}

/// How many runs of spaces `b` holds, counted up to `limit` (a count of
/// `limit` means "`limit` or more"): a line's word count, about, without
/// splitting it. The bytes are compared a block at a time, each with the byte
/// before it, so that the loop has no branch per space.
pub(crate) fn space_runs(b: &[u8], limit: usize) -> usize {
    let mut n = usize::from(b.first() == Some(&b' '));
    let mut i = 1;
    while i < b.len() && n < limit {
        let end = (i + 64).min(b.len());
        // (counted in a byte: at most 64 per block, and a byte counter lets the
        // loop compare 16 bytes at a time)
        let starts = b[i..end].iter().zip(&b[i - 1..end - 1]);
        let block = starts.fold(0u8, |k, (&c, &before)| {
            k.wrapping_add(u8::from(c == b' ' && before != b' '))
        });
        n += usize::from(block);
        i = end;
    }
    n.min(limit)
}

/// Whether `b` holds `byte` at least `n` times: counted a block of 64 bytes at
/// a time (in a byte, so that the loop compares 16 bytes a step), stopping at
/// the block that reaches `n`.
pub(crate) fn has_at_least(b: &[u8], byte: u8, n: usize) -> bool {
    let mut seen = 0;
    for block in b.chunks(64) {
        if seen >= n {
            break;
        }
        let k = block
            .iter()
            .fold(0u8, |k, &c| k.wrapping_add(u8::from(c == byte)));
        seen += usize::from(k);
    }
    seen >= n
}

/// Whether `word` is one of `list`, its bytes compared in place (no call out
/// to `memcmp` for the few bytes of a word; see benches/NOTES.md).
#[inline]
pub(crate) fn in_list(list: &[&str], word: &[u8]) -> bool {
    list.iter().any(|w| same_bytes(w.as_bytes(), word))
}

/// Whether two byte strings are equal, compared byte by byte in place (no call
/// out to `memcmp` for the few bytes of a word; see [`in_list`]).
#[inline]
pub(crate) fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// `head` followed by `tail`, written into `buf` without allocating; `None`
/// when they do not fit.
pub(crate) fn joined_into<'b>(buf: &'b mut [u8], head: &str, tail: &str) -> Option<&'b str> {
    let slot = buf.get_mut(..head.len() + tail.len())?;
    slot[..head.len()].copy_from_slice(head.as_bytes());
    slot[head.len()..].copy_from_slice(tail.as_bytes());
    std::str::from_utf8(slot).ok()
}

/// Sorts byte ranges and merges those that overlap or touch.
pub(crate) fn merge_ranges(mut ranges: Vec<std::ops::Range<usize>>) -> Vec<std::ops::Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<std::ops::Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// Whether the char is a Latin letter (ASCII or the Latin Unicode blocks; not `×` `÷`).
pub(crate) fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}') && c != '×' && c != '÷')
}

/// Asserts that a word list is sorted and free of repeats (the lists are searched
/// with `binary_search`), naming the first pair out of order.
#[cfg(test)]
pub(crate) fn assert_sorted(list: &[&str]) {
    for w in list.windows(2) {
        assert!(w[0] < w[1], "{} before {}", w[0], w[1]);
    }
}

/// Whether byte `i` starts a sentence: the text start, or after `. ! ?` or a line
/// break, with spaces and opening quotation marks between.
pub(crate) fn starts_sentence(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches([' ', '“', '"']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n'])
}

/// Whether the char is a horizontal space (space, tab, no-break spaces, thin spaces).
pub(crate) fn is_hspace(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{A0}' | '\u{2007}' | '\u{2009}' | '\u{200A}' | '\u{202F}'
    )
}

/// Byte offset after skipping horizontal spaces forward from `i`.
pub(crate) fn skip_hspace(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    let mut j = i;
    // (ASCII bytes are tested as bytes; a non-ASCII char is decoded)
    while let Some(&c) = b.get(j) {
        if c == b' ' || c == b'\t' {
            j += 1;
        } else if c >= 0x80 && char_at(text, j).is_some_and(is_hspace) {
            j += char_at(text, j).map_or(1, char::len_utf8);
        } else {
            break;
        }
    }
    j
}

/// Byte offset after skipping horizontal spaces backward from `i`.
pub(crate) fn skip_hspace_back(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    let mut j = i;
    while j > 0 {
        let c = b[j - 1];
        if c == b' ' || c == b'\t' {
            j -= 1;
        } else if c >= 0x80 && char_before(text, j).is_some_and(is_hspace) {
            j -= char_before(text, j).map_or(1, char::len_utf8);
        } else {
            break;
        }
    }
    j
}

/// Common abbreviations that end in a period and may be followed by a comma or
/// a capitalised word without ending a sentence (compared lower-case, without
/// the final period).
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "a.m", "al", "approx", "apr", "assn", "aug", "ave", "blvd", "bros", "capt", "cf", "co", "col",
    "corp", "dec", "dept", "dr", "e.g", "esp", "est", "etc", "feb", "fig", "gen", "gov", "govt",
    "i.e", "inc", "incl", "intl", "jan", "jr", "jul", "jun", "lt", "ltd", "mar", "messrs", "mr",
    "mrs", "ms", "mt", "no", "nos", "nov", "oct", "p.m", "ph.d", "prof", "rep", "rev", "sen",
    "sep", "sept", "sgt", "sr", "st", "u.k", "u.n", "u.s", "u.s.a", "univ", "viz", "vol", "vs",
];

/// Whether the word ending just before the period at byte `dot` is an
/// abbreviation or an initial (`U.S`, `e.g`, `Inc`, `J`), so the period does not
/// end a sentence.
pub(crate) fn is_abbreviation_before(text: &str, dot: usize) -> bool {
    // The token: letters and inner periods before the dot.
    let bytes = text.as_bytes();
    let mut start = dot;
    while start > 0 && (bytes[start - 1].is_ascii_alphabetic() || bytes[start - 1] == b'.') {
        start -= 1;
    }
    let token = &text[start..dot];
    if token.is_empty() {
        return false;
    }
    let letters = token.bytes().filter(u8::is_ascii_alphabetic).count();
    if token.contains('.') || letters == 1 {
        return true; // U.S, e.g, a.m, an initial
    }
    let lower = token.to_ascii_lowercase();
    ABBREVIATIONS.binary_search(&lower.as_str()).is_ok()
}

#[cfg(test)]
mod tests {

    use super::*;

    #[test]
    fn letters_are_lowercase_as_a_byte_loop_says() {
        // every case pattern of words of 0 to 20 letters with up to two capitals
        for n in 0..=20usize {
            for upper_at in (0..n).map(Some).chain([None]) {
                for second in (0..n).map(Some).chain([None]) {
                    let word: Vec<u8> = (0..n)
                        .map(|i| {
                            let c = b'a' + (i * 7 % 26) as u8;
                            let up = Some(i) == upper_at || Some(i) == second;
                            if up {
                                c.to_ascii_uppercase()
                            } else {
                                c
                            }
                        })
                        .collect();
                    let plain = word.iter().all(u8::is_ascii_lowercase);
                    assert_eq!(
                        letters_are_lowercase(&word),
                        plain,
                        "{:?}",
                        String::from_utf8_lossy(&word)
                    );
                }
            }
        }
        assert!(
            letters_are_lowercase(b"zyxwvutsrqponm") && !letters_are_lowercase(b"zyxwvutsrqponM")
        );
    }

    #[test]
    fn space_runs_counts_as_a_filter_over_every_space_does() {
        let reference = |b: &[u8], limit: usize| {
            let runs = (0..b.len()).filter(|&i| b[i] == b' ' && (i == 0 || b[i - 1] != b' '));
            runs.take(limit).count()
        };
        let mut seed = 7u32;
        for len in [0, 1, 2, 63, 64, 65, 66, 127, 128, 129, 300] {
            for _ in 0..40 {
                let b: Vec<u8> = (0..len)
                    .map(|_| {
                        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                        [b' ', b'a', b'b', b' ', b'.'][(seed >> 16) as usize % 5]
                    })
                    .collect();
                for limit in [0, 1, 5, 18, 1000] {
                    assert_eq!(space_runs(&b, limit), reference(&b, limit), "{b:?} {limit}");
                }
            }
        }
    }

    #[test]
    fn has_at_least_counts_as_a_filter_does() {
        let mut seed = 11u32;
        for len in [0, 1, 8, 63, 64, 65, 129, 300] {
            for _ in 0..40 {
                let b: Vec<u8> = (0..len)
                    .map(|_| {
                        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                        [b' ', b'a', b'b', b' ', b'.', b'x', b'y'][(seed >> 16) as usize % 7]
                    })
                    .collect();
                let spaces = b.iter().filter(|&&c| c == b' ').count();
                for n in [0, 1, 5, 9, 64, 65, 200] {
                    assert_eq!(has_at_least(&b, b' ', n), spaces >= n, "{b:?} {n}");
                }
            }
        }
    }

    #[test]
    fn load_le_is_a_copy_into_zeroed_bytes() {
        let bytes: Vec<u8> = (0..12u8)
            .map(|i| i.wrapping_mul(97).wrapping_add(200))
            .collect();
        for start in 0..3 {
            for len in 0..=10 {
                let b = &bytes[start..start + len];
                let mut buf = [0u8; 8];
                let n = len.min(8);
                buf[..n].copy_from_slice(&b[..n]);
                assert_eq!(load_le(b), u64::from_le_bytes(buf), "{b:?}");
                assert_eq!(pack_word(b), (len <= 8).then(|| u64::from_le_bytes(buf)));
            }
        }
    }

    #[test]
    fn mark_bits_agree_with_the_mark_table() {
        // every byte value in every lane, next to every other value
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let x = u64::from_le_bytes([a, b, a, b, b, a, 0x7F, 0xC0]);
                let expected = x
                    .to_le_bytes()
                    .iter()
                    .enumerate()
                    .fold(0u64, |m, (i, &c)| m | u64::from(MARK[usize::from(c)]) << i);
                assert_eq!(mark_bits(x), expected, "{a:#x} {b:#x}");
            }
        }
        for t in [
            "Hi, “you” — 3.5% [ok] {x} ~é\u{7f}z".repeat(9),
            format!("ab{}cd", ".".repeat(200)),
        ] {
            let naive: Vec<usize> = (0..t.len())
                .filter(|&i| MARK[usize::from(t.as_bytes()[i])] == 1)
                .collect();
            assert_eq!(marks(&t), naive);
        }
    }

    #[test]
    fn char_strs_hold_their_char() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            let expected =
                matches!(c as u32, 0x80..=0x7FF | 0x2000..=0x206F).then(|| c.to_string());
            assert_eq!(char_str(c).map(str::to_string), expected, "{c:?}");
        }
    }

    #[test]
    fn letter_tables_agree_with_the_standard_lookups() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn word_capitals_are_the_capitals_after_a_non_letter() {
        let unit = "The BBC said X-Ray and McDonald's ÉA 3Abc, _Qx ";
        // every length around the 64-byte blocks
        for cut in 0..unit.len() * 3 {
            let t = unit.repeat(5);
            let Some(t) = t.get(cut..) else { continue };
            let b = t.as_bytes();
            let slow: Vec<usize> = (0..b.len())
                .filter(|&i| {
                    b[i].is_ascii_uppercase() && !(i > 0 && b[i - 1].is_ascii_alphabetic())
                })
                .collect();
            assert_eq!(ascii_words_and_capitals(t).1, slow, "{t:?}");
            if cut == 0 {
                assert_eq!(slow.len(), 40);
            }
        }
    }

    #[test]
    fn capitalised_runs_match_a_char_by_char_scan() {
        let pieces = [
            "Zelensky",
            " ",
            "Ölfeld",
            "x",
            "éA",
            "“Quote”",
            "Trump’s",
            "McDonald",
            "NATO",
            "3Ab",
            "_Ab",
            "-Ab",
            "Ŝo",
            "ab",
            "\n",
            "Привет",
            "İstanbul",
            "a",
        ];
        for seed in 0..300usize {
            let mut t = String::new();
            let mut k = seed;
            while t.len() < 60 + seed % 150 {
                t.push_str(pieces[k % pieces.len()]);
                k = k.wrapping_mul(37).wrapping_add(11) % 1013;
            }
            // the runs of alphabetic chars that start upper-case after a non-letter
            let mut slow = Vec::new();
            let chars: Vec<(usize, char)> = t.char_indices().collect();
            let mut i = 0;
            while i < chars.len() {
                if !chars[i].1.is_alphabetic() {
                    i += 1;
                    continue;
                }
                let s = i;
                while i < chars.len() && chars[i].1.is_alphabetic() {
                    i += 1;
                }
                if chars[s].1.is_uppercase() {
                    slow.push((chars[s].0, chars.get(i).map_or(t.len(), |c| c.0)));
                }
            }
            // from the document's shared capitals and marks, as name-consistency does
            let doc = crate::Document::new(&t);
            let mut shared = Vec::new();
            capitalised_runs_at(&t, doc.capitals_and_leads(), false, |s, e| {
                shared.push((s, e))
            });
            assert_eq!(shared, slow, "{t:?}");
            // leaving out the short runs leaves out only those
            let mut long = Vec::new();
            capitalised_runs_at(&t, doc.capitals_and_leads(), true, |s, e| long.push((s, e)));
            shared.retain(|&(s, e)| e - s >= 5);
            long.retain(|&(s, e)| e - s >= 5);
            assert_eq!(long, shared, "{t:?}");
        }
    }

    #[test]
    fn ascii_words_match_a_byte_by_byte_scan_across_block_edges() {
        let pieces = [
            "a", "Zz", " ", "@[`{", "word", "é", "3x", "_y", "AZaz", "\u{7f}", "\n", "Mü", "—",
            "q", "”", "«", "\u{301}", "\u{ad}", "²",
        ];
        // every length around the 64-byte blocks, from many mixes of pieces
        for seed in 0..400usize {
            let mut t = String::new();
            let mut k = seed;
            while t.len() < 64 + seed % 140 {
                t.push_str(pieces[k % pieces.len()]);
                k = k.wrapping_mul(31).wrapping_add(7) % 1009;
            }
            assert_eq!(ascii_words(&t), ascii_words_naive(&t), "{t:?}");
        }
        let all: String = (0u8..128).map(char::from).collect::<String>().repeat(3);
        assert_eq!(ascii_words(&all), ascii_words_naive(&all));
    }

    #[test]
    fn a_word_ends_at_a_quote_or_mark_but_not_at_a_letter_of_another_script() {
        let words = |t: &str| -> Vec<String> {
            ascii_words(t)
                .iter()
                .map(|&(s, e)| t[s..e].to_string())
                .collect()
        };
        assert_eq!(words("hope”she said"), ["hope", "she", "said"]);
        assert_eq!(words("the «term»and"), ["the", "term", "and"]);
        assert_eq!(words("a—b it’s"), ["a", "b", "it", "s"]);
        // glued to a letter, digit or mark of another spelling: not an English word
        assert_eq!(words("café Müller x² ok"), ["ok"]);
        assert_eq!(words("cafe\u{301} infor\u{ad}mation ok"), ["ok"]);
    }

    /// The obvious byte loop that [`ascii_words`] must agree with.
    fn ascii_words_naive(text: &str) -> Vec<(usize, usize)> {
        let b = text.as_bytes();
        let glued = |c: Option<char>| {
            c.is_some_and(|c| {
                c.is_ascii_digit() || c == '_' || (!c.is_ascii() && glues_to_a_word(c))
            })
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let s = i;
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            if !(glued(char_at(text, i)) || glued(char_before(text, s))) {
                out.push((s, i));
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn ascii_words_agrees_with_the_byte_loop(
            parts in proptest::collection::vec("[a-zA-Z]{0,9}|[ .,1_é”«²\u{301}]{1,3}|a{4000,4200}", 0..40)
        ) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(ascii_words(&text), ascii_words_naive(&text));
        }
    }

    #[test]
    fn letter_bits_agree_with_is_ascii_alphabetic() {
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let x = u64::from_le_bytes([a, b, b, a, b'a', b'Z', b'@', b'{']);
                let expected = x.to_le_bytes().iter().enumerate().fold(0u64, |m, (i, c)| {
                    m | u64::from(c.is_ascii_alphabetic()) << i
                });
                assert_eq!(letter_bits(x), expected, "{a:#x} {b:#x}");
            }
        }
    }

    #[test]
    fn digit_bits_agree_with_is_ascii_digit() {
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let x = u64::from_le_bytes([a, b, b, a, b'0', b'9', b'/', b':']);
                let expected = x
                    .to_le_bytes()
                    .iter()
                    .enumerate()
                    .fold(0u64, |m, (i, c)| m | u64::from(c.is_ascii_digit()) << i);
                assert_eq!(digit_bits(x), expected, "{a:#x} {b:#x}");
            }
        }
    }

    proptest::proptest! {
        /// The block-wise runs against the plain search, across block edges.
        #[test]
        fn digit_runs_agree_with_the_byte_search(
            parts in proptest::collection::vec("[0-9]{1,70}|[ a.,/é]{1,66}", 0..30)
        ) {
            let text: String = parts.concat();
            let mut runs = vec![(7, 7)];
            digit_runs_into(&text, &mut runs);
            proptest::prop_assert_eq!(runs, digit_runs(text.as_bytes()).collect::<Vec<_>>());
        }
    }

    #[test]
    fn hspace_skips_agree_with_a_char_by_char_scan() {
        let text = "a \t\u{A0}b\u{2009} \u{202F}c\u{2007}\u{200A}\u{3000} é  \u{A0}\n \t";
        for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let forward = i + text[i..]
                .chars()
                .take_while(|&c| is_hspace(c))
                .map(char::len_utf8)
                .sum::<usize>();
            let back = i - text[..i]
                .chars()
                .rev()
                .take_while(|&c| is_hspace(c))
                .map(char::len_utf8)
                .sum::<usize>();
            assert_eq!(skip_hspace(text, i), forward, "{i}");
            assert_eq!(skip_hspace_back(text, i), back, "{i}");
        }
    }

    #[test]
    fn abbreviation_list_is_sorted_and_lower_case() {
        assert_sorted(ABBREVIATIONS);
        assert!(ABBREVIATIONS.iter().all(|a| *a == a.to_lowercase()));
    }

    #[test]
    fn previous_word() {
        assert_eq!(prev_ascii_word("€ at  ", 6), "at");
        assert_eq!(prev_ascii_word("€", 3), "");
        assert_eq!(prev_ascii_word("x 1", 2), "x");
    }

    #[test]
    fn abbreviations_are_recognised() {
        for (text, yes) in [
            ("the U.S.,", true),
            ("e.g.,", true),
            ("Acme Inc.,", true),
            ("J.", true),
            ("soil.", false),
            ("said Tomlinson.", false),
        ] {
            let dot = text.rfind('.').unwrap();
            assert_eq!(is_abbreviation_before(text, dot), yes, "{text}");
        }
    }
}
