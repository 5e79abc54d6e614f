#!/usr/bin/env python3
"""How the shipped score behaves on texts shorter and longer than the training documents.

    python3 tools/score/lengths.py [--bin target/release/mtlint]

The training documents are 150-340 words. This cuts texts to fixed lengths and scores them
with data/score-weights.tsv (through reference.py, the formula src/score.rs ports):
- clean: the WMT22 files, consecutive segments from each listed document's first line on,
  until N words (for long N the text runs past the listed document, within the file);
- MT: the web pages' first N words (a page shorter than N is left out at that length).
It prints, per length, the share of clean texts and of MT pages called MT. The weights saw
these texts in training (at 150-340 words), so the MT pages' figures are optimistic; the
point is how the rates move with length. Standard library only; the texts go to a temporary folder, never the repository.
"""

import argparse
import collections
import json
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402
import features  # noqa: E402
import reference  # noqa: E402

LENGTHS = [25, 50, 100, 150, 300, 1000, 2000]


def first_words(text, n):
    """The text up to its n-th word, keeping its line breaks."""
    out, seen = [], 0
    for line in text.split("\n"):
        ws = line.split()
        if seen + len(ws) >= n:
            out.append(" ".join(ws[: n - seen]))
            return "\n".join(out) + "\n", True
        out.append(line)
        seen += len(ws)
    return "\n".join(out) + "\n", False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=features.default_bin())
    args = ap.parse_args()
    docs = data.read_list()
    files = {}
    with tempfile.TemporaryDirectory() as tmp:
        lines_of = {}
        for d in docs:
            if d["label"] == "mt" and d["id"].startswith("mtweb"):
                with open(os.path.join(data.DATA, d["source"]), encoding="utf-8") as f:
                    text = f.read()
                for n in LENGTHS:
                    cut, full = first_words(text, n)
                    if full:
                        name = f"mt-{n}-{len(files)}.txt"
                        files[name] = ("mt", n)
                        with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                            f.write(cut)
            elif d["source"].startswith("clean/wmt22/"):
                path = os.path.join(data.DATA, d["source"])
                if path not in lines_of:
                    with open(path, encoding="utf-8") as f:
                        lines_of[path] = f.read().split("\n")
                start = int(d["selector"].split("=")[1].split("-")[0])
                text = "\n\n".join(lines_of[path][start:])
                for n in LENGTHS:
                    cut, full = first_words(text, n)
                    if full:
                        name = f"clean-{n}-{len(files)}.txt"
                        files[name] = ("clean", n)
                        with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                            f.write(cut)
        families = sorted({ln.split("/")[0] for ln in features.run([args.bin, "rules"]).splitlines() if "/" in ln})
        enable = [a for fam in families for a in ("--enable", fam)]
        found = collections.defaultdict(collections.Counter)
        for line in features.run([args.bin, "check", "--format", "jsonl", *enable, tmp]).splitlines():
            f = json.loads(line)
            found[os.path.basename(f["path"])][f["rule"]] += 1
        words = {os.path.basename(s["path"]): s["words"]
                 for s in json.loads(features.run([args.bin, "score", "--format", "json", tmp]))}
    weights = reference.load()
    called = collections.Counter()
    total = collections.Counter()
    for name, (label, n) in files.items():
        r = reference.score(words[name], found[name], weights)
        total[(label, n)] += 1
        called[(label, n)] += r["machine_translated"]
    print("words\tclean texts\tclean called MT\tMT pages\tMT pages called MT")
    for n in LENGTHS:
        c, m = total[("clean", n)], total[("mt", n)]
        cs = f"{called[('clean', n)] / c:.2%}" if c else "-"
        ms = f"{called[('mt', n)] / m:.1%}" if m else "-"
        print(f"{n}\t{c}\t{cs}\t{m}\t{ms}")


if __name__ == "__main__":
    main()
