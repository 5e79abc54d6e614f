#!/usr/bin/env python3
"""The documents the score is trained and measured on: which text, which label, which group.

Two steps, so the repository holds only references, never the corpora's text:

    python3 tools/score/data.py list            # rewrite tools/score/datalist.tsv (deterministic)
    python3 tools/score/data.py build --out DIR # write each listed document to DIR/<id>.<ext>

`datalist.tsv` has one document a line:

    id  label  group  site  lang  source  selector  words

- label: `mt` (machine-translated) or `clean` (human-written or professionally translated).
- group: what leave-one-group-out cross-validation holds out together: the site for the
  web pages (`playcrazygame`), `mqm-<corpus>` for the MQM data (its MT outputs AND its human
  references, since they translate the same source documents), the file for WMT22
  (`wmt22-de-en.ref.A`), `demetr-human`, `fixtures-clean`.
- site: the publishing site for web pages, otherwise the group.
- lang: the source language (ISO 639-1; `en` for text written in English).
- source: a path under the data root (`/work/shared/data`) or `repo:` + a path in the repository.
- selector: `all`; `lines=A-B` (0-based, end exclusive, one segment a line); or for the MQM
  files `doc=..;system=..[;lp=..];segs=A-B` (A-B indexes the segment ids of that document and
  system, sorted numerically).
- words: words in the built document, whitespace-separated (the CLI's count is the one used
  for features).

The MT web pages (mtweb-dev, mtweb-dev2) are excerpts of 200-340 words. Every other document
is cut to a length drawn from those pages' lengths ("clean documents cut to the same
length"): consecutive segments are joined, one a paragraph, until the drawn length is reached.
Segments go one a paragraph (a blank line between), as on the web pages.
"""

import argparse
import collections
import gzip
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DATA = os.environ.get("MTLINT_DATA", "/work/shared/data")
LIST = os.path.join(HERE, "datalist.tsv")
COLUMNS = ["id", "label", "group", "site", "lang", "source", "selector", "words"]
SEED = 21

DEMETR_LANG = {
    "chinese_simple": "zh", "german": "de", "hindi": "hi", "japanese": "ja", "polish": "pl",
    "russian": "ru", "czech": "cs", "french": "fr", "spanish": "es", "italian": "it",
}


def words_of(text):
    return len(text.split())


def read_index(path):
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    head = rows[0]
    return {r[0]: dict(zip(head, r)) for r in rows[1:]}


def source_lang(field):
    """`pt-BR -> en (...)` -> pt; `es(<zh)` -> es; `en/tl(via es)` -> tl."""
    codes = re.findall(r"\b([a-z]{2})\b", field.split("(")[0])
    codes = [c for c in codes if c != "en"] or codes
    return codes[0] if codes else "xx"


def mt_pages():
    docs = []
    for corpus in ["mtweb-dev", "mtweb-dev2"]:
        index = read_index(os.path.join(DATA, corpus, "INDEX.tsv"))
        for name in sorted(index):
            row = index[name]
            site = name.split("_")[1]
            lang = source_lang(row.get("src_lang") or row.get("source_language", ""))
            with open(os.path.join(DATA, corpus, name), encoding="utf-8") as f:
                n = words_of(f.read())
            docs.append(dict(id=f"{corpus}/{name[:-4]}", label="mt", group=site, site=site,
                             lang=lang, source=f"{corpus}/{name}", selector="all", words=n))
    return docs


def cut(segments, lengths, rng, min_words):
    """Splits consecutive segments into runs whose word counts follow `lengths`.

    Yields (start, end) segment ranges; a last run shorter than `min_words` is dropped."""
    start = 0
    while start < len(segments):
        target = rng.choice(lengths)
        n, end = 0, start
        while end < len(segments) and n < target:
            n += words_of(segments[end])
            end += 1
        if n >= min_words:
            yield start, end
        start = end


def wmt22_docs(lengths, rng, min_words):
    docs = []
    folder = os.path.join(DATA, "clean", "wmt22")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".en"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        pair = name.split(".")[1]  # cs-en
        tag = ".".join(name.split(".")[1:-1])  # cs-en.ref.A
        lang = pair.split("-")[0]
        if lang == "liv":
            lang = "lv"  # Livonian: no ISO 639-1 code; a group of its own anyway
        group = f"wmt22-{tag}"
        for a, b in cut(lines, lengths, rng, min_words):
            docs.append(dict(id=f"wmt22/{tag}/{a}", label="clean", group=group, site=group,
                             lang=lang, source=f"clean/wmt22/{name}", selector=f"lines={a}-{b}",
                             words=sum(words_of(s) for s in lines[a:b])))
    return docs


def seg_key(s):
    return (0, int(s)) if str(s).isdigit() else (1, str(s))


def mqm_segments(path):
    """{(doc, system, lp): [(seg_id, text, is_human_ref)]}, one entry a segment (raters merged)."""
    opener = gzip.open if path.endswith(".gz") else open
    out = collections.defaultdict(dict)
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            key = (r["doc"], r["system"], r.get("lp", ""))
            out[key].setdefault(r["seg_id"], (r["target_text"], bool(r.get("is_human_ref"))))
    return {k: [(s, *v[s]) for s in sorted(v, key=seg_key)] for k, v in out.items()}


def mqm_docs(lengths, rng, min_words):
    docs = []
    for name, corpus in [("ted_zhen.jsonl", "ted"), ("bio_de_es_fr2en.jsonl.gz", "bio"),
                         ("demetr.jsonl.gz", "demetr")]:
        segs = mqm_segments(os.path.join(DATA, "mqm", name))
        for (doc, system, lp), items in sorted(segs.items()):
            human = items[0][2] or system == "human"
            if corpus == "demetr":
                # Only demetr's human translations: its other copies are perturbed on purpose
                # (one artifact each) or post-edited MT, neither a machine-translated page.
                if system != "human":
                    continue
                lang, group = DEMETR_LANG.get(doc, "xx"), "demetr-human"
            else:
                lang = "zh" if corpus == "ted" else lp[:2]
                group = f"mqm-{corpus}"
            texts = [t for _, t, _ in items]
            label = "clean" if human else "mt"
            for a, b in cut(texts, lengths, rng, min_words):
                sel = f"doc={doc};system={system}" + (f";lp={lp}" if lp else "") + f";segs={a}-{b}"
                docs.append(dict(id=f"{corpus}/{lp + '/' if lp else ''}{doc}/{system}/{a}",
                                 label=label, group=group, site=group, lang=lang,
                                 source=f"mqm/{name}", selector=sel,
                                 words=sum(words_of(t) for t in texts[a:b])))
    return docs


def fixture_docs():
    docs = []
    folder = os.path.join(REPO, "fixtures", "clean")
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            n = words_of(f.read())
        docs.append(dict(id=f"fixtures/{name}", label="clean", group="fixtures-clean",
                         site="fixtures-clean", lang="en", source=f"repo:fixtures/clean/{name}",
                         selector="all", words=n))
    return docs


def make_list():
    rng = random.Random(SEED)
    pages = mt_pages()
    lengths = sorted(d["words"] for d in pages)
    min_words = min(lengths) * 3 // 4
    docs = pages + wmt22_docs(lengths, rng, min_words) + mqm_docs(lengths, rng, min_words)
    docs += fixture_docs()
    with open(LIST, "w", encoding="utf-8") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for d in docs:
            f.write("\t".join(str(d[c]) for c in COLUMNS) + "\n")
    summary = collections.Counter((d["label"], d["group"]) for d in docs)
    for (label, group), n in sorted(summary.items()):
        print(f"{label}\t{group}\t{n}", file=sys.stderr)
    print(f"{len(docs)} documents -> {LIST}", file=sys.stderr)


def read_list(path=LIST):
    with open(path, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        return [dict(zip(head, line.rstrip("\n").split("\t"))) for line in f if line.strip()]


def text_of(doc, cache):
    source, sel = doc["source"], doc["selector"]
    path = os.path.join(REPO, source[5:]) if source.startswith("repo:") else os.path.join(DATA, source)
    if sel == "all":
        with open(path, encoding="utf-8") as f:
            return f.read()
    fields = dict(kv.split("=", 1) for kv in sel.split(";"))
    a, b = (int(x) for x in (fields.get("lines") or fields["segs"]).split("-"))
    if "lines" in fields:
        if path not in cache:
            with open(path, encoding="utf-8") as f:
                cache[path] = f.read().split("\n")
        segments = cache[path][a:b]
    else:
        if path not in cache:
            cache[path] = mqm_segments(path)
        items = cache[path][(fields["doc"], fields["system"], fields.get("lp", ""))]
        segments = [t for _, t, _ in items[a:b]]
    return "\n\n".join(segments) + "\n"


def build(out):
    os.makedirs(out, exist_ok=True)
    cache = {}
    for doc in read_list():
        ext = os.path.splitext(doc["source"])[1] if doc["selector"] == "all" else ".txt"
        if ext not in (".txt", ".md", ".html"):
            ext = ".txt"
        path = os.path.join(out, doc["id"].replace("/", "__") + ext)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text_of(doc, cache))
    print(f"built {len(read_list())} documents in {out}", file=sys.stderr)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list", help="rewrite datalist.tsv from the corpora")
    b = sub.add_parser("build", help="write the listed documents to a folder")
    b.add_argument("--out", default="/tmp/mtlint-score-docs")
    args = p.parse_args()
    if args.cmd == "list":
        make_list()
    else:
        build(args.out)


if __name__ == "__main__":
    main()
