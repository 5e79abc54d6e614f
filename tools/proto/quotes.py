"""Kind 2: quotation marks and brackets.

- tex-quotes: ``…'' pairs.
- glued-quote: a closing quote glued to the next word (`Assembly”say`) or an opening one to the
  previous word (`the“ word`).
- wrong-way-quote: quotes facing the wrong way after spacing (`want “.`, `out, ”Garin`, `them ”,`),
  and a lone opening single quote after a one-letter word (`o ‘clock`).
- foreign-quotes: guillemets and low-9 quotes around English text.
- unbalanced: a curly double quote or a bracket left open (or closed without opening) in a
  paragraph; a paragraph whose quote stays open is silent when the next paragraph opens a quote
  (multi-paragraph quotations).
"""
import re
from common import Hit, lines

TEX = re.compile(r"``|(?<=[^\W\d_][.,!?])''|(?<=[^\W\d_])''(?=[\s.,;:!?]|$)")


def tex_quotes(text):
    out = []
    for m in TEX.finditer(text):
        rep = "“" if m.group() == "``" else "”"
        out.append(Hit(m.start(), m.end(), "quotes/tex-quotes", "TeX-style quotation marks", (m.start(), m.end(), rep)))
    return out


GLUED_CLOSE = re.compile(r"(?<=[^\W\d_][.,!?]|[^\W\d_]{2})”(?=[^\W\d_])")
GLUED_OPEN = re.compile(r"(?<=[^\W\d_])“(?=\s?[^\W\d_])")


def glued_quote(text):
    out = []
    for m in GLUED_CLOSE.finditer(text):
        out.append(Hit(m.start(), m.end() + 1, "quotes/glued-quote", "closing quote glued to the next word",
                       (m.end(), m.end(), " ")))
    for m in GLUED_OPEN.finditer(text):
        if text[m.end(): m.end() + 1] == " ":
            fix = (m.start(), m.end() + 1, " “")  # `the“ word` -> `the “word`
        else:
            fix = (m.start(), m.start(), " ")
        out.append(Hit(m.start() - 1, m.end() + 1, "quotes/glued-quote", "opening quote glued to the previous word", fix))
    return out


WRONG = [
    (re.compile(r"(?<=\w) “(?=[.,;:!?]|\s*$)", re.M), "an opening quote before a sentence mark or the line end"),
    (re.compile(r"(?<=[,.;:!?]) ”(?=[^\W\d_])"), "a closing quote spaced from its sentence and glued to the next word"),
    (re.compile(r"(?<=[^\W\d_]) ”(?=[,.;:!?])"), "a space before a closing quote"),
    (re.compile(r"(?<=\b[a-zA-Z]) ‘(?=[a-z]{3,}\b(?!’))"), "an opening single quote inside a word (`o ‘clock`)"),
    (re.compile(r"(?<=[\s(])“ (?=[^\W\d_])|(?<=[^\W\d_]) ”(?=\s|$)"), "a space just inside a quotation mark"),
]


def wrong_way_quote(text):
    out = []
    for rx, msg in WRONG:
        for m in rx.finditer(text):
            out.append(Hit(m.start(), m.end(), "quotes/wrong-way-quote", msg))
    return out


def foreign_quotes(text):
    out = []
    for m in re.finditer(r"[«»„‚]", text):
        # guillemets around Latin text only (not inside Cyrillic or French quotations left as such)
        around = text[max(0, m.start() - 30): m.end() + 30]
        if re.search(r"[A-Za-z]{2}", around):
            out.append(Hit(m.start(), m.end(), "quotes/foreign-quotes", "guillemet or low-9 quote in English text"))
    return out


def _paragraphs(text):
    """Non-empty lines with their start, and whether the next non-empty line opens a quote."""
    ls = [(s, l) for s, l in lines(text) if l.strip()]
    return [(s, l, i + 1 < len(ls) and ls[i + 1][1].lstrip()[:1] in "“\"") for i, (s, l) in enumerate(ls)]


def unbalanced(text):
    out = []
    ls = lines(text)
    # Curly double quotes: a second “ in a line while the first is still open and nothing closes it
    # later in that line (English nests with single quotes). A closing ” without an opening one is not
    # flagged: quotations run over several paragraphs and segments.
    for start, line in ls:
        open_at = None
        for m in re.finditer(r"[“”]", line):
            if m.group() == "“":
                if open_at is not None and "”" not in line[m.end():] and line[m.end():].strip():
                    out.append(Hit(start + m.start(), start + m.end(), "quotes/unbalanced",
                                   "a quote opened while another is open and never closed"))
                open_at = m.start()
            else:
                open_at = None
    # Brackets: a `)` with no `(` in its line or the line before, a `(` not closed in its line or the next.
    for k, (start, line) in enumerate(ls):
        prev = ls[k - 1][1] if k else ""
        if len(re.findall(r"(?<!\w\.\w)\)", line)) - line.count("(") >= 2:
            continue  # `)` used as a smiley, as in chat written in Slavic languages
        nxt = ls[k + 1][1] if k + 1 < len(ls) else ""
        depth, first_open = 0, None
        for m in re.finditer(r"[()]", line):
            if m.group() == "(":
                if depth == 0:
                    first_open = m.start()
                depth += 1
            elif depth == 0:
                # list markers `1)`, `a)`, `iv)` and emoticons `:)` are not brackets
                pre = line[max(0, m.start() - 5): m.start()]
                if re.search(r"(^|\s)([a-zA-Z]|\d+|[ivx]+)$", pre) or re.search(r"[:;=8\-^'][-'o]?$", pre):
                    continue
                if prev.count("(") > prev.count(")") or re.match(r"\)*\s*$|\)", line[m.end():]) \
                        or re.search(r"(\s|\d\.|\))$", pre):
                    continue  # closed over a line end; a chat smiley `)` / `))` at the end; `1.)`
                if re.match(r"\s*([A-Z]|[^\w\s,.;:])", line[m.end():]) and not re.search(r"\w\.\w$", pre):
                    continue  # a chat smiley `)` before the next sentence or an emoji
                out.append(Hit(start + m.start(), start + m.end(), "quotes/unbalanced", "a closing bracket with no opening one"))
            else:
                depth -= 1
        if depth > 0 and first_open is not None and line[first_open + 1:].strip():
            if re.search(r"[:;=]-?$", line[:first_open]) or nxt.count(")") > nxt.count("(") \
                    or line[first_open + 1:first_open + 2] in "(;" or first_open == 0 \
                    or re.match(r"\w\( [A-Z]", line[first_open - 1:first_open + 3]):
                continue  # emoticon `:(`, or closed on the next line
            out.append(Hit(start + first_open, start + first_open + 1, "quotes/unbalanced", "a bracket left open"))
    return out


HEURISTICS = [
    ("quotes/tex-quotes", tex_quotes),
    ("quotes/glued-quote", glued_quote),
    ("quotes/wrong-way-quote", wrong_way_quote),
    ("quotes/foreign-quotes", foreign_quotes),
    ("quotes/unbalanced", unbalanced),
]
