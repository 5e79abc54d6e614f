"""Kind 8: debris and boilerplate of scraped pages, by shape (no site's phrases).

- breadcrumb: a line of short segments joined by `»`, `›` or `>` (`Home » today » News »`), a title
  line with a category prefix (`General / …`) or a site-name suffix (`… – Daily Herald`, `News 24 |`).
- shortcode: `[ad_1]`-style shortcodes and ad-slot lines (`banner 728x90`).
- metadata-line: a short line that is only a date or time stamp with byline or counter fragments
  (`2022-06-14 0 By`, `date 2020-05-22`), or only hashtags.
- web-ui-line: a short line made mostly of the vocabulary of web page furniture (comment forms, share
  buttons, related-article and source links: `Leave a reply`, `Read also:`, `Source link`).
- fragment-line: a line of one to three lower-case words without punctuation between prose
  paragraphs (`you so`), and a stray single consonant between words (`the problem t by`).
"""
import re
from common import Hit, lines, is_known, FUNCTION_WORDS

UI_WORDS = set("""comment comments reply replies leave enter name email e-mail address website published required
fields marked share shares tweet pin print subscribe newsletter sign login log register follow read more also related
source link links original article articles here news recent popular latest editor editor's pick picks tags tag category
categories posted advertisement advertisements sponsored click previous next post posts home menu search skip content
back top cookie cookies privacy policy terms copyright rights reserved loading site spam processed learn
notify notification browser continue reading view all whatsapp facebook twitter telegram linkedin
rss feed feeds trending must see watch video photo gallery please""".split())


def _words(line):
    return re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", line.lower())


def breadcrumb(text):
    out = []
    ls = lines(text)
    first = next(((s, l) for s, l in ls if l.strip()), None)
    for start, line in ls:
        sep = r"\s[»›>]\s?|\s?[»›]\s" if not re.search(r"\d", line) else r"\s?[»›]\s?"
        segs = re.split(sep, line)
        if len(segs) >= 3 and sum(len(x.split()) <= 3 for x in segs[:-1]) >= 2:
            end = line.rfind("»") if "»" in line else max(line.rfind("›"), line.rfind(">"))
            out.append(Hit(start, start + end + 1, "debris/breadcrumb", "a breadcrumb trail"))
    if first:
        s, l = first
        m = re.match(r"^([A-Z][\w]*(?: [\w]+)?) / ", l)
        if m:
            out.append(Hit(s, s + m.end(), "debris/breadcrumb", "a category prefix on the title line"))
        m = re.match(r"^([A-Z][\w]*(?: \d+)?) \| ", l)
        if m:
            out.append(Hit(s, s + m.end(), "debris/breadcrumb", "a site name before the title"))
        m = re.search(r" [–|—] ((?:[A-Z][\w]*|\d+)(?: (?:[A-Z][\w]*|\d+)){0,2})$", l)
        if m and len(l.split()) > 4:
            out.append(Hit(s + m.start(), s + len(l), "debris/breadcrumb", "a site name after the title"))
    return out


SHORTCODE = re.compile(r"\[(?:[a-z]+_\d+|/?(?:ad|ads|adsense|banner|shortcode|caption|embed)[a-z_]*(?: [^\]]*)?)\]")
AD_SLOT = re.compile(r"\b\d{2,4}\s?[x×]\s?\d{2,4}\b")


def shortcode(text):
    out = [Hit(m.start(), m.end(), "debris/shortcode", "a shortcode left from the page") for m in SHORTCODE.finditer(text)]
    for start, line in lines(text):
        if AD_SLOT.search(line) and len(line.split()) <= 3 and not re.search(r"[.!?]$", line.strip()):
            out.append(Hit(start, start + len(line), "debris/shortcode", "an ad slot"))
    return out


STAMP = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,2}:\d{2}\b")


def metadata_line(text):
    out = []
    for start, line in lines(text):
        t = line.strip()
        if not t:
            continue
        toks = t.split()
        if STAMP.search(t) and len(toks) <= 5 and not re.search(r"[.!?]$", t) and \
                sum(bool(re.fullmatch(r"[\d:/\-.,]+", x)) for x in toks) >= 1 and \
                all(re.fullmatch(r"[\d:/\-.,]+|[A-Za-z]{1,6}|\|", x) for x in toks) and \
                not any(x.lower() in ("am", "pm", "a.m.", "p.m.") for x in toks):
            out.append(Hit(start, start + len(line), "debris/metadata-line", "a date or byline stamp left from the page"))
            continue
        m = re.match(r"^\s*(?:[A-Za-z]{2,9}:?\s+)?\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s+(?=[A-Z])", line)
        if m:
            out.append(Hit(start, start + m.end(), "debris/metadata-line", "a date stamp glued to the start of a paragraph"))
            continue
        # a feed marker: an unknown CamelCase token ending a paragraph after a sentence (`… said. EndMark`)
        m = re.search(r"(?<=[.!?”] )([A-Z][a-z]+(?:[A-Z][a-z]+)+)\s*$", line)
        if m and not is_known(m.group(1)) and text.count(m.group(1)) == 1:
            out.append(Hit(start + m.start(1), start + m.end(1), "debris/metadata-line", "a feed or template marker"))
            continue
        tags = re.findall(r"(?<!\w)#[^\W\d_]\w*(?![\w#])", t)
        if len(tags) >= 2 and len(tags) >= 0.6 * len(toks):
            out.append(Hit(start, start + len(line), "debris/metadata-line", "a line of hashtags"))
    return out


def web_ui_line(text):
    out = []
    for start, line in lines(text):
        t = line.strip()
        if not t:
            continue
        # `Read more: <headline>` / `Read also: <headline>`: a related-article link
        m = re.match(r"^((?:[A-Z][\w’']*)(?: [\w’']+){0,2}):\s", t)
        if m and all(w in UI_WORDS for w in _words(m.group(1))) and len(_words(m.group(1))) >= 2:
            out.append(Hit(start, start + line.find(":") + 1, "debris/web-ui-line", "a related-article or source label"))
            continue
        ws = _words(t)
        content = [w for w in ws if w not in FUNCTION_WORDS]
        if not content or len(ws) > 14 or len(content) > 10:
            continue
        ui = sum(w in UI_WORDS and w != "also" for w in content)
        if re.search(r"\b(?:I|we|he|she|they|it)\b", t, re.I) and not t.lower().startswith("leave"):
            continue  # a sentence about someone, not page furniture
        if ui >= 2 and ui >= 0.75 * len(content) or (len(content) == 1 and ui == 1 and len(ws) <= 2 and not re.search(r"[.]$", t)):
            if len(content) == 1 and content[0] in ("please", "news", "home", "more", "here", "back", "top", "video", "photo"):
                continue
            out.append(Hit(start, start + len(line), "debris/web-ui-line", "a line of page furniture (comments, sharing, links)"))
    return out


LABELS = set("""plan type vitamin grade class section part point option group model size letter version
level category article annex appendix schedule exhibit figure table row column item step phase stage
hepatitis""".split())
# a lone consonant that is no English word, abbreviation or variable, followed by a function word
STRAY = re.compile(r"(?<=[a-z]) ([bdfhjklmpqtvwz])(?= (?:the|by|of|in|on|to|and|for|with|from|that|which|The|He|She|They|It|We)\b)")


def fragment_line(text):
    out = []
    ls = lines(text)
    nonempty = [(s, l) for s, l in ls if l.strip()]
    for k, (start, line) in enumerate(nonempty):
        t = line.strip()
        if 2 <= len(t.split()) <= 3 and re.fullmatch(r"[a-z]{1,4}(?: [a-z]{1,4}){1,2}", t):
            prev = nonempty[k - 1][1] if k else ""
            if len(prev.split()) >= 10:
                out.append(Hit(start, start + len(line), "debris/fragment-line", "a fragment of a line left from the page"))
    for m in STRAY.finditer(text):
        prev = re.search(r"([a-z]+)$", text[max(0, m.start() - 20):m.start()])
        if prev and prev.group(1) in LABELS:
            continue
        out.append(Hit(m.start(1), m.end(1), "debris/fragment-line", f"a stray letter `{m.group(1)}`",
                       (m.start(), m.end(1), "")))
    return out


HEURISTICS = [
    ("debris/breadcrumb", breadcrumb),
    ("debris/shortcode", shortcode),
    ("debris/metadata-line", metadata_line),
    ("debris/web-ui-line", web_ui_line),
    ("debris/fragment-line", fragment_line),
]
