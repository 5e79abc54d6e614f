"""Kind 3: untranslated fragments.

- foreign-script: a word or run in a non-Latin script inside a line with English words (Cyrillic,
  Greek, Arabic, Hebrew, CJK, kana, Hangul, Devanagari, Thai...), and a lower-case word with letters
  only Vietnamese uses (`sự`). A lone Greek letter (maths) and an all-capital Greek word (a symbol,
  a society's or a user's name) are left alone.
- cjk-punctuation: fullwidth and CJK punctuation in English text, with the English mark as the fix.
- source-function-word: a short function word of a source language (per-language lists, none of
  them an English word) between English words (`” et “`, `the RN y the`), or the Spanish plural
  abbreviation `EE. UU.` / `UU`. Silent inside capitalised names for name particles (`de`, `da`, `van`)
  and on loan phrases (`et al.`, `per se`, `de facto`).
"""
import re
from common import Hit, lines, script_of, is_word, is_known, FUNCTION_WORDS as ENGLISH_FUNCTION

FOREIGN = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF][^\W\d_]*(?:[ \-][^\W\d_A-Za-z\u00C0-\u024F][^\W\d_]*)*")
VIET = re.compile(r"\b\w*[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]\w*\b")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def foreign_script(text):
    out = []
    for start, line in lines(text):
        for m in VIET.finditer(line):
            w = m.group()
            if w[0].islower() and not any(script_of(c) not in ("LATIN",) for c in w):
                out.append(Hit(start + m.start(), start + m.end(), "untranslated/foreign-script",
                               f"a Vietnamese word: `{w}`"))
        if len(LATIN_WORD.findall(line)) < 3:
            continue
        for m in FOREIGN.finditer(line):
            frag = m.group()
            if re.match(r"[µμ](?:g|l|m|mol|L|M|s)\b", frag):
                continue  # a unit `µg`
            scripts = {script_of(c) for c in frag if c.isalpha()} - {"MICRO"}
            if scripts <= {"LATIN"}:
                continue
            if scripts - {"LATIN"} == {"GREEK"} and (len(frag) <= 2 or frag.isupper() or re.match(r"[µμ](?:g|l|m|mol|L|M|s)\b", frag)):
                continue  # a maths letter, a unit `µg`
            if re.search(r"(?:https?://|www\.)\S*$", line[:m.start()]) or line[m.end():m.end() + 1] == "." and re.match(r"\.\w", line[m.end():]):
                continue  # an address
            out.append(Hit(start + m.start(), start + m.end(), "untranslated/foreign-script",
                           f"text in another script: `{frag}`"))
    return out


CJK_PUNCT = {"，": ", ", "。": ". ", "：": ": ", "；": "; ", "（": " (", "）": ") ", "、": ", ", "「": "“",
             "」": "”", "『": "‘", "』": "’", "！": "! ", "？": "? ", "【": "[", "】": "]", "《": "“", "》": "”",
             "　": " ", "～": "~", "％": "%"}


def cjk_punctuation(text):
    out = []
    for start, line in lines(text):
        if len(LATIN_WORD.findall(line)) < 3:
            continue
        for m in re.finditer("[" + "".join(CJK_PUNCT) + "]", line):
            a, b = start + m.start(), start + m.end()
            # a CJK mark between CJK characters belongs to a CJK quotation
            if re.match(r"[\u3000-\u9fff\uac00-\ud7af]", text[b:b + 1]) or re.search(r"[\u3040-\u9fff\uac00-\ud7af]$", text[max(0, a - 1):a]):
                continue
            rep = CJK_PUNCT[m.group()]
            nxt = text[b:b + 1]
            if rep.endswith(" ") and (nxt == "" or nxt.isspace() or nxt in ".,;:!?)”’\""):
                rep = rep.rstrip()
            if rep.startswith(" ") and (a == 0 or text[a - 1].isspace()):
                rep = rep.lstrip()
            out.append(Hit(a, b, "untranslated/cjk-punctuation", f"CJK punctuation `{m.group()}`", (a, b, rep)))
    return out


# Per-language short function words that are not English words (nor common English abbreviations).
CONJUNCTIONS = {
    "fr": "et ou avec pour dans sur une est sont mais aussi très".split(),
    "es": "y o con para por una los las del pero muy también según".split(),
    "pt": "e ou com para uma os das dos não mas também segundo".split(),
    "it": "e con per una gli della delle degli anche molto ma".split(),
    "de": "und oder mit für von zu ist sind nicht auf eine der dem des auch sehr aber".split(),
    "nl": "en het van een niet ook maar".split(),
    "cs": "a je se že na ve jsou ale také".split(),
    "id": "dan yang di ke dari untuk dengan ini itu juga".split(),
    "tr": "ve ile bir bu da de çok ama".split(),
    "sv": "och att med för inte som".split(),
}
PARTICLES = set("de da do das dos del della delle dei degli des di du le la les van von der den ter al el bin ibn".split())
ENGLISH_OK = set("a o e i an die con per ten den do ma al el da".split())
LOAN = re.compile(r"\bet (al|cetera)\b|\bet\. al\b|\bper (se|cent|capita|annum|diem)\b|\bde (facto|jure|rigueur)\b|"
                  r"\ben (route|masse|bloc|passant|suite)\b|\bvice versa\b|\bcon (artist|man|men)\b|\bpro et con\b|\bla la\b", re.I)
FUNC = {w for ws in CONJUNCTIONS.values() for w in ws} - ENGLISH_OK
US_ES = re.compile(r"\b(?:EE\.? ?UU\.?|UU)(?=\W|$)")


def source_function_word(text):
    out = []
    loans = [m.span() for m in LOAN.finditer(text)]
    # words with their apostrophes and hyphens (`I've`, `de-escalation` are one token each)
    toks = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\W\d_]+(?:['’\-.][^\W\d_]+)*|[“”\"]", text)]
    for k, (s, e, w) in enumerate(toks):
        if w not in FUNC or any(a <= s < b for a, b in loans):
            continue
        if k == 0 or k + 1 >= len(toks):
            continue
        ps, pe, pw = toks[k - 1]
        ns, ne, nw = toks[k + 1]
        if "\n" in text[pe:s] or "\n" in text[e:ns]:
            continue
        # neighbours must be English: an English word, a quote mark, or a capitalised name/acronym
        def english(x):
            return x in "“”\"" or is_word(x) or x[0].isupper()
        if not (english(pw) and english(nw)):
            continue
        # a run of source words (a title or a quotation in the source language) is left alone
        if (pw.lower() in FUNC or nw.lower() in FUNC) or (not is_word(pw) and pw.islower()) or (not is_word(nw) and nw.islower()):
            continue
        if text[s - 1:s] in ".-/−" or text[e:e + 1] in ".-/−":
            continue  # part of an address, a file name or an abbreviation (`4 y.`)
        if any(not is_known(x) and len(x) > 4 for x in (pw, nw) if x[0].isalpha()):
            continue  # between words that are not English: a source-language name or title kept
        if w in PARTICLES and nw[0].isupper():
            continue  # `de Klerk`, `van Gogh`
        if pw.lower() in ENGLISH_FUNCTION:
            continue  # a conjunction never follows a preposition or article (`of y in x`)
        if w in PARTICLES and pw[0].isupper() and nw[0].isupper() and not pw.isupper():
            continue  # `Rio de Janeiro`
        # inside a quotation mark pair that holds no English function word: a source title
        out.append(Hit(s, e, "untranslated/source-function-word", f"source-language function word `{w}`"))
    for m in US_ES.finditer(text):
        out.append(Hit(m.start(), m.end(), "untranslated/source-function-word",
                       "the Spanish abbreviation of the United States (`EE. UU.`)"))
    return out


HEURISTICS = [
    ("untranslated/foreign-script", foreign_script),
    ("untranslated/cjk-punctuation", cjk_punctuation),
    ("untranslated/source-function-word", source_function_word),
]
