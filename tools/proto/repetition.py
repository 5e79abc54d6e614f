"""Kind 4: repetition beyond function words.

- repeated-sequence: the same word or word sequence twice in a row (`important important`,
  `every word, every word`), case-insensitive, with at most a comma between; emphatic doublings
  (`very very`, `no, no`, `bye bye`) and grammatical ones (`had had`, `that that`) stay silent.
- repeated-line: a paragraph (of at least three words) that repeats the one before, or starts with
  the same first sentence (a headline or caption repeated).
- echo-in-brackets: `X (X)`.
"""
import re
from common import Hit, lines

EMPHATIC = set("""very really so no yes bye ha haha la go knock blah now well many much more again far
long bit little too ok okay oh wow hey yeah please step by side one day night round over on off
there here tick tock boo chop dum bla na uh um hmm ho hi tut wait come""".split())
GRAMMATICAL = set("had that is do was it in you".split())
SEQ = re.compile(r"(?<![\w'’-])([^\W\d_]+(?:[’'][^\W\d_]+)?(?: [^\W\d_]+(?:[’'][^\W\d_]+)?){0,5})(,? )(\1)(?![\w'’-])",
                 re.I)


def repeated_sequence(text):
    out = []
    for m in SEQ.finditer(text):
        first, sep, second = m.group(1), m.group(2), m.group(3)
        words = first.lower().split()
        if first != second and first.lower() != second.lower():
            continue
        # exactly two copies: three or more (`ding, ding, ding`, `again and again and again`) is rhetoric
        after = text[m.end(3):m.end(3) + len(sep) + len(first) + 1].lower()
        before = text[max(0, m.start(1) - len(sep) - len(first) - 1):m.start(1)].lower()
        if after.startswith(sep.lower() + words[0]) or after.startswith(" " + words[0]) \
                or before.endswith(words[-1] + sep.lower()) or before.endswith(words[-1] + " "):
            continue
        if re.fullmatch(r"(.+?)(?: \1)+", first.lower()) or (len(words) == 2 and words[1] in ("and", "or", "by", "to", "after")):
            continue  # `again and again and`, `faster and faster`, `step by step`
        if len(words) == 1:
            w = words[0]
            if w in EMPHATIC or w in GRAMMATICAL or len(w) == 1:
                continue
            if sep == ", ":
                continue  # `horrible, horrible`: emphasis in human writing as often as a loop
            if first[0].isupper() and second[0].isupper() and len(w) <= 4:
                continue  # `Cao Cao`, `Han Han`: Chinese names
        elif sep == ", " and words[0] in ("the", "a", "an", "my", "your", "our", "his", "her", "their", "its", "this"):
            continue  # `my friend, my friend`: an address or apposition
        if all(w in EMPHATIC for w in words):
            continue
        # the fix deletes the second copy with its separator
        out.append(Hit(m.start(1), m.end(3), "repetition/repeated-sequence",
                       f"`{first}` twice in a row", (m.end(1), m.end(3), "")))
    return out


def _norm(s):
    return re.sub(r"\W+", " ", s).strip().lower()


def repeated_line(text):
    out = []
    prev = None
    for start, line in lines(text):
        if not line.strip():
            continue
        n = _norm(line)
        first = _norm(re.split(r"(?<=[.!?])\s", line.strip(), maxsplit=1)[0])
        if prev is not None and len(n.split()) >= 3:
            pn, pfirst = prev
            if n == pn:
                out.append(Hit(start, start + len(line), "repetition/repeated-line", "a paragraph repeated"))
            elif len(first.split()) >= 3 and first == pfirst:
                out.append(Hit(start, start + len(line), "repetition/repeated-line", "a paragraph repeats the first sentence of the one before"))
        prev = (n, first)
    return out


# two words or more: a one-word echo is often a place and its province (`Chiba (Chiba)`)
ECHO = re.compile(r"\b((?:[^\W\d_]+ ){1,3}[^\W\d_]+) \((\1)\)", re.I)


def echo_in_brackets(text):
    out = []
    for m in ECHO.finditer(text):
        out.append(Hit(m.start(), m.end(), "repetition/echo-in-brackets", f"`{m.group(1)}` repeated in brackets",
                       (m.end(1), m.end(), "")))
    return out


HEURISTICS = [
    ("repetition/repeated-sequence", repeated_sequence),
    ("repetition/repeated-line", repeated_line),
    ("repetition/echo-in-brackets", echo_in_brackets),
]
