#!/usr/bin/env python3
"""Coverage of the word lexicon on a corpus: the share of alphabetic tokens found.

    python3 tools/lexicon/coverage.py /work/shared/data/clean/wmt22

A token is a run of letters (so "don't" is "don" and "t"). "lower-cased" looks up
the token's lower-case form only; "as written" looks up the token as written, then
its lower-case form (what the library's lookup does). Overrides are applied as
added words only (a word they add counts as known)."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def load(path):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            words.add(line.split("\t", 1)[0])
    return words


def main():
    lexicon = load(os.path.join(ROOT, "data/lexicon/words.tsv"))
    lexicon |= load(os.path.join(ROOT, "data/lexicon/overrides.tsv"))
    tokens = collections.Counter()
    paths = []
    for arg in sys.argv[1:]:
        if os.path.isdir(arg):
            paths += sorted(os.path.join(arg, n) for n in os.listdir(arg))
        else:
            paths.append(arg)
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            tokens.update(re.findall(r"[^\W\d_]+", f.read()))
    total = sum(tokens.values())
    lower = collections.Counter()
    for t, n in tokens.items():
        lower[t.lower()] += n
    found_lower = sum(n for t, n in lower.items() if t in lexicon)
    found_written = sum(n for t, n in tokens.items() if t in lexicon or t.lower() in lexicon)
    types = len(lower)
    types_found = sum(1 for t in lower if t in lexicon)
    print(f"{len(paths)} files, {total} alphabetic tokens, {types} lower-cased types")
    print(f"lower-cased: {found_lower / total:.2%} of tokens, {types_found / types:.2%} of types found")
    print(f"as written, then lower-cased: {found_written / total:.2%} of tokens found")
    missing = [(n, t) for t, n in lower.items() if t not in lexicon]
    missing.sort(reverse=True)
    print("most frequent lower-cased tokens not found:", " ".join(f"{t}:{n}" for n, t in missing[:40]))


if __name__ == "__main__":
    main()
