"""Shared pieces of the detection prototypes: the Hit record, the word list, paragraphs and tokens.

Standard library only. Each prototype module exposes HEURISTICS, a list of (name, function) where
function(text) returns a list of Hit over the whole text (offsets are character offsets into text).
"""
import os
import re
import unicodedata
from collections import namedtuple

Hit = namedtuple("Hit", "start end rule message fix")
Hit.__new__.__defaults__ = (None,)  # fix: (start, end, replacement) or None when not certain

# Word list: Debian's wamerican + wbritish (apt-get install wamerican wbritish), /usr/share/dict.
WORDLIST_FILES = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]

_words = None
_proper = None


def _load():
    global _words, _proper
    _words, _proper = set(), set()
    for path in WORDLIST_FILES:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.strip()
                if not w or "'" in w:
                    continue
                if w[0].isupper():
                    _proper.add(w.lower())
                else:
                    _words.add(w)
    if not _words:
        raise SystemExit("no word list: apt-get install wamerican wbritish")


def words():
    """Lower-case common words of the list (no proper nouns, no possessives)."""
    if _words is None:
        _load()
    return _words


def proper():
    """Lower-cased proper nouns of the list (names, places, brands)."""
    if _proper is None:
        _load()
    return _proper


def is_word(w):
    """A lower-case dictionary word, with regular plural/past/-ing/-ly endings accepted."""
    lw = w.lower()
    d = words()
    if lw in d:
        return True
    for suf, rep in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""),
                     ("ies", "y"), ("ied", "y"), ("er", ""), ("ers", "")):
        if lw.endswith(suf) and len(lw) > len(suf) + 2 and lw[: -len(suf)] + rep in d:
            return True
    return False


def is_known(w):
    return is_word(w) or w.lower() in proper()


WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def tokens(text):
    """Letter-only words with their offsets."""
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]


def lines(text):
    """(start, line) for every line of the text (a paragraph in these corpora)."""
    out, pos = [], 0
    for ln in text.split("\n"):
        out.append((pos, ln))
        pos += len(ln) + 1
    return out


def script_of(ch):
    """A coarse script name of a letter (LATIN, CYRILLIC, CJK, ...)."""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "UNKNOWN"
    for s in ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "HANGUL", "HIRAGANA", "KATAKANA",
              "DEVANAGARI", "THAI", "BENGALI", "TAMIL", "GEORGIAN", "ARMENIAN", "PERSIAN", "URDU"):
        if name.startswith(s):
            return s
    if name.startswith("CJK"):
        return "CJK"
    return name.split()[0]


# Closed-class English words (function words): what a stripped link or tag leaves glued to a word.
FUNCTION_WORDS = set("""a an the this that these those his her its their our your my
he she it they we you i who whose whom which what when where while
is are was were be been has have had will would can could should may might must do does did
and or but nor so yet if as than then because although though
of in on at by for from with without into onto to over under about after before between against
during through across among since until via per not no""".split())
