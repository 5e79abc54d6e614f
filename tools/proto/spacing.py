"""Kind 1: lost and untokenised spacing.

- space-before-punctuation: a lone space before . , ; : ! ? in running prose, per instance.
- space-in-compound: `pro -government`, `3- year-old`.
- missing-space-after-sentence: `video.Fuzhou`, `epidemic!Two`, `(RN)the`.
- glued-words: a word that is not a word but splits into two that are, or a name the text writes
  alone glued to a following word (`Macronwhose`, `releasethe`, `photoThe`).
"""
import re
from common import Hit, is_word, is_known, words, proper, tokens, FUNCTION_WORDS

# A word, one space, then a punctuation mark that ends there (space, end, closing quote/bracket).
SPACE_BEFORE = re.compile(r"(?<=[^\W\d_]|\d|[\)”’\"])( )([,;:!?.])(?=\s|$|[”’\"\)])")
EMOTICON_NEXT = re.compile(r"[\)\(DPp/\\|3]")


def space_before_punctuation(text):
    out = []
    for m in SPACE_BEFORE.finditer(text):
        s, p = m.start(1), m.group(2)
        nxt = text[m.end(2): m.end(2) + 1]
        before = text[max(0, s - 12): s]
        if p == "." and text[m.end(2): m.end(2) + 2].startswith("."):
            continue  # ellipsis ` ...`
        if p in ":;" and EMOTICON_NEXT.match(nxt or " ") and nxt not in " ":
            continue  # emoticon `:)`
        if p in "?!" and (re.search(r"[?!] $", text[max(0, s - 2): s + 1]) or re.match(r" [?!]", text[m.end(2):m.end(2) + 2])):
            continue  # `? !` chat typography
        if re.search(r"\b(?:https?|www)\S*$", before):
            continue
        if p == ":" and re.match(r"\d", text[m.end(2) + 1: m.end(2) + 2] or "x") and re.search(r"\d$", before):
            continue  # a ratio or score `2 : 1`
        out.append(Hit(s, m.end(2), "spacing/space-before-punctuation", f"space before `{p}`",
                       (s, s + 1, "")))
    return out


# `pro -government`: word, space, hyphen glued to the next word; `3- year-old`: hyphen, space, word
# that continues a compound. Suspended hyphens (`pre- and post-war`) stay silent.
COMPOUND_A = re.compile(r"(?<=[^\W_])( )-(?=[^\W\d_]{2,})")
COMPOUND_B = re.compile(r"(?<=[^\W_])-( )(?=[^\W\d_]+-)")
COMPOUND_C = re.compile(r"\b(\d+)-( )(year|month|week|day|hour|minute)s?\b")


def space_in_compound(text):
    out = []
    for m in COMPOUND_A.finditer(text):
        # `word -word` but not a list dash `- item` at line start, nor a spaced dash ` - `.
        left = text[max(0, m.start() - 30): m.start()]
        if "\n" in left[-2:]:
            continue
        out.append(Hit(m.start(1), m.end() + 1, "spacing/space-in-compound", "space inside a hyphenated compound",
                       (m.start(1), m.end(1), "")))
    for rx in (COMPOUND_B, COMPOUND_C):
        for m in rx.finditer(text):
            nxt = text[m.end(): m.end() + 5]
            if re.match(r"(and|or|to|und|&)\b", text[m.end(m.lastindex): m.end(m.lastindex) + 4]):
                continue
            g = m.lastindex if rx is COMPOUND_B else 2
            out.append(Hit(m.start(g) - 1, m.end(g) + 1, "spacing/space-in-compound",
                           "space after the hyphen of a compound", (m.start(g), m.end(g), "")))
    return out


# Sentence end glued to the next sentence. The left word is lower case (so `U.S.A`, `One.Tel`, `e.g.`
# initials stay silent) and at least two letters; the right is a capitalised word, or `I`/`A` + space.
MISSING_SPACE = re.compile(r"(?<![\w.@/])([^\W\d_]*[a-z][^\W\d_]*)([.!?]+[”’\"]?)([A-Z](?:[a-z]+\b|[a-z]*[’'][a-z]+|\s))")
BRACKET_GLUE = re.compile(r"(\([^()\n]{2,40}\))([a-z]{2,})\b")


def missing_space_after_sentence(text):
    out = []
    for m in MISSING_SPACE.finditer(text):
        left, punct, right = m.group(1), m.group(2), m.group(3)
        if len(left) < 2 or not left.islower() and not left[0].isupper():
            continue
        if any(c.isupper() for c in left[1:]):
            continue  # camel-case identifiers
        if left[0].isupper() and ("!" in punct or len(left) <= 2 or len(right.strip()) <= 3):
            continue  # a brand or a domain (`Yahoo!News`, `Gazeta.Ru`) or an abbreviation (`Ph.D`)
        tail = text[m.end(): m.end() + 30]
        # domains, file names, identifiers: something like `.com`, `/` or `.` follows the right word
        if re.match(r"[\w]*[./@\\_]\w", tail) or re.match(r"[\w]*\(", tail):
            continue
        if left.lower() in ("www", "http", "https") or re.search(r"(?:https?://|www\.)\S*$", text[max(0, m.start() - 60): m.start()]):
            continue
        # an abbreviation left of the dot: a single letter, or `Mr`, `No`, `St`
        if left in ("Mr", "Mrs", "Ms", "Dr", "St", "No", "Jr", "Sr", "vs", "etc", "Gen", "Col", "Lt", "Prof"):
            continue
        pos = m.start(3)
        out.append(Hit(m.end(1), pos + 1, "spacing/missing-space-after-sentence",
                       f"no space after `{punct}`", (pos, pos, " ")))
    for m in BRACKET_GLUE.finditer(text):
        inner = m.group(1)[1:-1]
        if len(inner) < 2 or inner.lower() in ("s", "es"):
            continue
        pos = m.start(2)
        out.append(Hit(pos - 1, pos + len(m.group(2)), "spacing/missing-space-after-sentence",
                       "a closing bracket glued to the next word", (pos, pos, " ")))
    return out


def _split_two(w):
    """Splits of a non-word into word + word: the right a function word, or both long common words."""
    lw = w.lower()
    out = []
    for i in range(2, len(lw) - 1):
        a, b = lw[:i], lw[i:]
        if b in GLUE_RIGHT_LOWER and len(a) >= 3 and is_word(a):
            out.append((i, "fw"))
    return out


# Words a stripped link leaves glued after a word: determiners, relatives, `is`, common prepositions.
# Not `or`, `over`, `under`, `had`...: they end real words and names (`ejector`, `handover`, `Gregor`).
GLUE_RIGHT = set("""the this that these those his her their its whose which who is was were are
and from with for of to in on at by he she they we""".split())
# After a lower-case word only words of three letters or more: `-in`, `-on`, `-is` end real words
# (`fluorescein`, `cogon`, `paresis`).
GLUE_RIGHT_LOWER = {w for w in GLUE_RIGHT if len(w) >= 3 and w not in ("for", "are", "his", "her", "its")}

CAMEL = re.compile(r"\b([A-Z]?[a-z]{2,})([A-Z][a-z]+)\b")
NON_LATIN_GLUE = re.compile(r"([A-Za-z]{3,})([^\W\d_A-Za-z][^\W\d_]*)")


def glued_words(text):
    out = []
    toks = tokens(text)
    standalone = {}
    for s, e, w in toks:
        standalone[w] = standalone.get(w, 0) + 1

    def name_here(x):
        """The text writes x capitalised and never in lower case (a name, even if also a word)."""
        return standalone.get(x, 0) >= 1 and standalone.get(x.lower(), 0) == 0 and x[0].isupper()
    for s, e, w in toks:
        if "’" in w or "'" in w or len(w) < 5:
            continue
        # 1. camel case: `photoThe`, `BordeauxMacron`; brands (`YouTube`, `PlayStation`) are written
        #    so every time, so a camel word that occurs twice is left alone.
        m = CAMEL.fullmatch(w)
        if m and standalone[w] == 1:
            a, b = m.group(1), m.group(2)
            if len(a) >= 3 and ((b.lower() in GLUE_RIGHT and len(b) >= 3)
                                or (len(b) >= 4 and name_here(b) and (is_known(a) or standalone.get(a, 0) >= 1))):
                out.append(Hit(s, e, "spacing/glued-words", f"`{w}`: `{a}` glued to `{b}`",
                               (s + len(a), s + len(a), " ")))
                continue
        if not w.isalpha() or is_known(w) or standalone[w] > 1:
            continue
        # 2. lower-case non-word = word + word (`releasethe`, `claimingfrom`)
        if w.islower():
            sp = _split_two(w)
            if len(sp) == 1:
                i = sp[0][0]
                out.append(Hit(s, e, "spacing/glued-words", f"`{w}` is `{w[:i]} {w[i:]}`",
                               (s + i, s + i, " ")))
            continue
        # 3. a capitalised non-word = a name the text writes alone + a lower-case word
        #    (`Macronwhose`, `Attalis`, `Bayroupointing`)
        if w[0].isupper() and w[1:].islower():
            for i in range(4, len(w) - 1):
                a, b = w[:i], w[i:]
                if name_here(a) and ((b in GLUE_RIGHT and len(b) >= 2) or (len(b) >= 5 and is_word(b) and b.endswith(("ing", "ed")))):
                    out.append(Hit(s, e, "spacing/glued-words", f"`{w}`: `{a}` glued to `{b}`",
                                   (s + i, s + i, " ")))
                    break
    return out


# `rate..`, `Video..`, `Islamabad .. A`: two periods (not an ellipsis) as a separator or an end.
# Informal writing uses `word.. word` as an ellipsis, so the unspaced form counts only before a capital.
DOUBLE_DOT = re.compile(r"(?<=[^\W\d_])(?: \.\.(?!\.)(?=\s|$)|\.\.(?!\.)(?= [A-Z]))")
# `scheme. corruption in`: a period before a lower-case word mid-line (not after an abbreviation).
STRAY_PERIOD = re.compile(r"(?<=[a-z]{3})\. (?=[a-z]{2,}\b(?!\s*$))", re.M)
DANGLING_DASH = re.compile(r"(?<=\w) -(?=[.,;:](?:\s|$))|(?<=\w),-(?=\s)")
ABBREV_BEFORE = re.compile(r"\b(?:etc|approx|excl|incl|vs|esp|dept|est|fig|no|vol|ch|pp|min|max|cf|al|ca|resp|corp|inc|ltd|co|govt|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$", re.I)


def stray_period(text):
    out = []
    for m in DOUBLE_DOT.finditer(text):
        out.append(Hit(m.start(), m.end(), "spacing/stray-period", "two periods where English has one",
                       (m.start(), m.end(), ".")))
    # a dash left dangling before a sentence mark (`minister -.`) or glued after a comma (`TOWN,- The`)
    for m in DANGLING_DASH.finditer(text):
        out.append(Hit(m.start(), m.end(), "spacing/stray-period", "a dash left dangling by a lost word or dateline"))
    for m in STRAY_PERIOD.finditer(text):
        if ABBREV_BEFORE.search(text[max(0, m.start() - 8):m.start()]):
            continue
        out.append(Hit(m.start(), m.end() + 1, "spacing/stray-period", "a period before a lower-case word mid-line"))
    return out


HEURISTICS = [
    ("spacing/space-before-punctuation", space_before_punctuation),
    ("spacing/space-in-compound", space_in_compound),
    ("spacing/missing-space-after-sentence", missing_space_after_sentence),
    ("spacing/glued-words", glued_words),
    ("spacing/stray-period", stray_period),
]
