"""Kind 5: lost capitals and sentence breaks.

- lowercase-sentence-start: a sentence (after . ! ? and a space) or a paragraph that starts in lower
  case, when that word is a determiner or pronoun, or the text capitalises it mid-sentence elsewhere
  (a name); the fix capitalises it. Silent after abbreviations (`e.g.`, `etc.`, `approx.`), in
  texts that never capitalise sentence starts (chat in lower case), and on `iPhone`-style names.
- lowercase-name: a word the text writes capitalised mid-sentence at least twice and never lower
  case elsewhere, here in lower case mid-sentence (`wechat` / `WeChat`), and a multiword name whose
  words the text writes capitalised elsewhere (`public Security bureau` / `Public Security Bureau`).
- capital-after-name: a capitalised subject pronoun, or a preposition/conjunction after `;`, in
  mid-sentence (`… Kazee He said`, `; On Weibo`, `, And not`), not in title-case lines.
"""
import collections
import re
from common import Hit, lines, tokens, is_word, FUNCTION_WORDS

DETERMINERS = set("""the a an this that these those his her its their our my your he she it they we i
in on at for with from after before when while but and or so if as there what which who how why""".split())
ARTICLES = set("the a an this these those his her its their our".split())
ABBREV = re.compile(r"(?:\b(?:e\.g|i\.e|etc|approx|vs|cf|no|p|pp|vol|ch|fig|ca|incl|excl|esp|min|max|dept|est|st|ft|in|lb|oz|km|kg|mr|jr|sr)\.|\.\.|…|\b[A-Z][a-z]?\.)\s*$", re.I)


def _mid_sentence_caps(text):
    """Counts of words written capitalised mid-sentence, and of the same words in lower case."""
    cap, low = collections.Counter(), collections.Counter()
    for s, e, w in tokens(text):
        before = text[max(0, s - 3):s]
        at_start = s == 0 or re.search(r"(^|[.!?:\n\"“”‘]\s*)$", text[max(0, s - 3):s]) is not None
        if w[0].isupper() and not at_start and not w.isupper():
            cap[w.lower()] += 1
        elif w.islower():
            low[w] += 1
    return cap, low


def _title_case(line):
    ws = re.findall(r"[^\W\d_]+", line)
    content = [w for w in ws if w.lower() not in FUNCTION_WORDS]
    return len(content) >= 2 and sum(w[0].isupper() for w in content) >= 0.7 * len(content)


def lowercase_sentence_start(text):
    out = []
    cap, low = _mid_sentence_caps(text)
    # texts that start most sentences in lower case (chat) are left alone
    starts = re.findall(r"(?:^|[.!?]\s+)([^\W\d_])", text, re.M)
    if len(starts) >= 5 and sum(c.islower() for c in starts) > 0.3 * len(starts):
        return out
    for m in re.finditer(r"(?:(?<=[.!?][ ”\"’)])|(?<=[.!?][ ][ ])|(?<=[.!?]” )|(?<=^))([a-z][a-z]*)\b", text, re.M):
        w = m.group(1)
        s = m.start(1)
        before = text[max(0, s - 12):s]
        if ABBREV.search(before.rstrip("”\"’) ")):
            continue
        if text[m.end(1):m.end(1) + 1] in ("-", ".", "@", "/", "_") or re.match(r"[A-Z]", text[m.end(1):m.end(1) + 1] or "x"):
            continue  # `iPhone`, `eBay`, `e-mail`, an address
        line_start = s == 0 or text[s - 1] == "\n"
        if line_start:
            # a paragraph starting in lower case; the previous paragraph must not run on into it
            prev = text[:s].rstrip("\n")
            prev_line = prev[prev.rfind("\n") + 1:] if prev else ""
            if text[s - 2:s] != "\n\n" and prev_line and not re.search(r"[.!?:”\"]\s*$", prev_line):
                continue
        if line_start:
            line = text[s:text.find("\n", s) if text.find("\n", s) >= 0 else len(text)]
            name = cap[w] >= 1 and not is_word(w)
            prose = re.search(r"[.!?”\"]\s*$", line) and len(line.split()) >= 10 and w in ARTICLES
            if not (name or prose):
                continue  # chat in lower case, a heading, a list item: only a name or long prose is certain
            out.append(Hit(s, m.end(1), "capitals/lowercase-sentence-start", f"paragraph starts in lower case: `{w}`",
                           (s, s + 1, w[0].upper())))
            continue
        if w in DETERMINERS or cap[w] >= 1 or line_start:
            out.append(Hit(s, m.end(1), "capitals/lowercase-sentence-start", f"sentence starts in lower case: `{w}`",
                           (s, s + 1, w[0].upper())))
    return out


def _in_quotes(text, pos):
    """Inside a quotation on its line: an odd number of quotation marks before pos."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    return (before.count("“") > before.count("”")) or before.count('"') % 2 == 1


def lowercase_name(text):
    out = []
    cap, low = _mid_sentence_caps(text)
    forms = collections.defaultdict(collections.Counter)
    for s, e, w in tokens(text):
        forms[w.lower()][w] += 1
    for s, e, w in tokens(text):
        if not w.islower() or w.endswith(("'s", "’s")) or w.startswith(("i'", "i’")) or len(w) < 3:
            continue
        if text[s - 1:s] in "-./@'’" or text[e:e + 1] in "-/@" or re.match(r"\.\w", text[e:e + 2]) or text[s - 1:s].isdigit():
            continue  # part of a compound, an address or an ordinal (`covid-19`, `bosch-pt.com`, `1st`)
        # a word the text capitalises mid-sentence twice or more, not a common word, here in lower case
        if cap[w] >= 2 and not is_word(w) and low[w] == 1 and not _in_quotes(text, s):
            best = max((f for f in forms[w] if not f.islower()), key=lambda f: forms[w][f])
            out.append(Hit(s, e, "capitals/lowercase-name", f"`{w}` is written `{best}` elsewhere", (s, e, best)))
    # multiword names: a run of 2-4 capitalised words; the same words elsewhere with some in lower case
    names = collections.Counter(m.group() for m in re.finditer(r"\b(?!(?:The|A|An|In|On|At|For|But|And|Later|When|After)\b)[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}\b", text))
    for name, n in names.items():
        low_rx = re.compile(r"\b" + r" ".join(re.escape(x.lower()) + "|" + re.escape(x) and
                                              "(?:" + re.escape(x) + "|" + re.escape(x.lower()) + ")" for x in name.split()) + r"\b")
        for m in low_rx.finditer(text):
            got = m.group()
            if got == name or got.lower() == got or _in_quotes(text, m.start()):
                continue  # a quoted title keeps its own capitals
            # partly lower case; skip when the first word starts a sentence (only it changes case)
            if got[0].islower() and got[1:] == name[1:]:
                continue
            if names[name] < 2:
                continue
            gw, nw_ = got.split(), name.split()
            differ = [i for i in range(len(gw)) if gw[i] != nw_[i]]
            if len(differ) < 2 and not any(0 < i < len(gw) - 1 for i in differ):
                continue  # one generic word at an end (`Samco Sport vacuum tubing`)
            if got[0].isupper() and got[1:] != name[1:] and sum(c.isupper() for c in got) >= 2:
                out.append(Hit(m.start(), m.end(), "capitals/lowercase-name", f"`{got}` is written `{name}` elsewhere",
                               (m.start(), m.end(), name)))
            elif got[0].islower() and sum(c.isupper() for c in got) >= 1:
                out.append(Hit(m.start(), m.end(), "capitals/lowercase-name", f"`{got}` is written `{name}` elsewhere",
                               (m.start(), m.end(), name)))
    return out


def mixed_case_phrase(text):
    """A phrase of two or three words written in two or more mixed capitalisations in one text
    (`public Security bureau`, `Public security Bureau`): flagged for review, no fix."""
    out = []
    toks = [(s, e, w) for s, e, w in tokens(text)]
    variants = collections.defaultdict(list)
    for n in (3, 2):
        for i in range(len(toks) - n + 1):
            grp = toks[i:i + n]
            if any(text[grp[j][1]:grp[j + 1][0]] != " " for j in range(n - 1)):
                continue
            words = [w for _, _, w in grp]
            if any(w.lower() in FUNCTION_WORDS or len(w) < 3 for w in words):
                continue
            caps = sum(w[0].isupper() for w in words)
            starts = re.search(r"(^|[.!?:]\s*|[.!?]”\s*)$", text[max(0, grp[0][0] - 3):grp[0][0]]) is not None
            if starts and words[0][0].isupper() and caps == 1:
                continue  # only the sentence-initial capital: the lower-case form
            if caps == 0 or caps == n or any(w.isupper() for w in words):
                continue  # all lower case or all capitalised: consistent forms
            variants[(n, " ".join(words).lower())].append((grp[0][0], grp[-1][1], " ".join(words)))
    taken = []
    for (n, key), occ in sorted(variants.items(), key=lambda kv: -kv[0][0]):
        forms = {f for _, _, f in occ}
        if len(occ) < 3:
            continue  # two spellings once each is too little to call one of them a slip
        # mixed forms that differ beyond the first letter (a sentence start changes only that)
        if len({f[1:] for f in forms}) < 2:
            continue
        for s, e, f in occ:
            if any(a <= s < b for a, b in taken):
                continue
            taken.append((s, e))
            out.append(Hit(s, e, "capitals/mixed-case-phrase", f"`{f}` is capitalised differently elsewhere in this text"))
    return out


PRONOUN_AFTER_NAME = re.compile(r"(?<=[a-z]) (He|She|They|We|It)\b(?= [a-z])")
AFTER_SEMI = re.compile(r"(?<=[;,]) (And|But|Or|On|In|With|At|For|To|Of|From|By)\b(?= [a-z]|\s[A-Z][a-z])")


def capital_after_name(text):
    out = []
    for start, line in lines(text):
        if _title_case(line):
            continue
        for m in PRONOUN_AFTER_NAME.finditer(line):
            # the word before is a name (capitalised) or a lower-case word: either way no sentence break
            s = start + m.start(1)
            out.append(Hit(s, s + len(m.group(1)), "capitals/capital-after-name",
                           f"a capitalised `{m.group(1)}` mid-sentence: a lost sentence break or a doubled subject"))
        for m in AFTER_SEMI.finditer(line):
            s = start + m.start(1)
            nxt = line[m.end(1):m.end(1) + 20]
            if line[m.start() - 1] == "," and m.group(1) in ("In", "On", "At", "For", "To", "Of", "From", "By", "With") \
                    and re.match(r" [A-Z]", nxt):
                continue  # part of a title `, In Search of`
            out.append(Hit(s, s + len(m.group(1)), "capitals/capital-after-name",
                           f"a capitalised `{m.group(1)}` after `{line[m.start() - 1]}`",
                           (s, s + 1, m.group(1)[0].lower())))
    return out


HEURISTICS = [
    ("capitals/lowercase-sentence-start", lowercase_sentence_start),
    ("capitals/lowercase-name", lowercase_name),
    ("capitals/capital-after-name", capital_after_name),
    ("capitals/mixed-case-phrase", mixed_case_phrase),
]
