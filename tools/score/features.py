#!/usr/bin/env python3
"""Findings -> per-kind evidence for each listed document.

    python3 tools/score/features.py [--bin target/release/mtlint] [--docs DIR] [--out FILE]

Runs `mtlint check --format jsonl` with every rule family enabled on the documents that
`data.py build` wrote to DIR (built first if DIR does not exist), and `mtlint score --format
json` for the word counts (the CLI's own count, so the features here are the ones the Rust
score will see). Each finding's rule id goes to a kind and a signal through `kinds.tsv`; a
rule missing from `kinds.tsv` counts under its category's line there (and is reported), so a
new rule is evidence from the start and any rule set can be trained on.

Writes FILE (tab-separated): the datalist columns id, label, group, site, lang, then `words`,
`old_score` (today's hand-set score, for comparison), then one column a kind with its count of findings. The counts are the only thing read from
the text: no phrase, word or site is ever a feature. `evidence()` below turns a count into the
saturating per-word rate the model uses; src/score.rs must compute exactly the same (README).
"""

import argparse
import collections
import json
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402

KINDS = os.path.join(HERE, "kinds.tsv")

# Pseudo-words added to a document's length before taking a rate: a short text's rate is
# shrunk toward zero (one finding in a 20-word headline is not 50 per 1,000 words), a long
# text's rate is its plain rate.
PSEUDO_WORDS = 200.0


def evidence(count, words):
    """The evidence of `count` findings of one kind in a text of `words` words:
    log(1 + 1000 * count / (words + 200)). Grows with the rate per 1,000 words, saturates
    with the count (the third finding of a kind adds less than the first)."""
    return math.log1p(1000.0 * count / (words + PSEUDO_WORDS))


def read_kinds(path=KINDS):
    """[(key, kind, signal)] in file order; key is a rule id, `category:NAME` (any other rule of
    that category) or `*` (any other rule)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip() or line.startswith("rule\t"):
                continue
            rule, kind, signal = line.rstrip("\n").split("\t")[:3]
            rows.append((rule, kind, signal))
    return rows


def kind_order(kinds):
    """Kinds in file order, each once: [(kind, signal)]."""
    seen = {}
    for _, kind, signal in kinds:
        seen.setdefault(kind, signal)
    return list(seen.items())


def kind_of(rule, category, kinds):
    """The evidence kind of a finding: its rule's line, else its category's, else `*`'s."""
    table = {key: kind for key, kind, _ in kinds}
    return table.get(rule) or table.get(f"category:{category}") or table.get("*")


def default_bin():
    local = os.path.join("target", "release", "mtlint")
    return local if os.path.exists(local) else "/work/main/target/release/mtlint"


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd[:3])}... failed ({p.returncode}): {p.stderr[:500]}")
    return p.stdout


def extract(binary, docs_dir, out_path):
    """Scans the documents in `docs_dir` with `binary` (every rule on) and writes the per-kind
    counts to `out_path`. Returns the rules that had no line of their own in kinds.tsv."""
    docs = data.read_list()
    by_file = {d["id"].replace("/", "__"): d for d in docs}

    families = sorted({line.split("/")[0] for line in run([binary, "rules"]).splitlines() if "/" in line})
    enable = [a for fam in families for a in ("--enable", fam)]
    findings = run([binary, "check", "--format", "jsonl", *enable, docs_dir])
    scores = json.loads(run([binary, "score", "--format", "json", docs_dir]))

    def doc_of(path):
        stem = os.path.splitext(os.path.basename(path))[0]
        return by_file.get(stem)

    words, old = {}, {}
    for s in scores:
        d = doc_of(s["path"])
        if d:
            words[d["id"]] = s["words"]
            old[d["id"]] = s["score"]

    kinds = read_kinds()
    own = {key for key, _, _ in kinds}
    order = kind_order(kinds)
    counts = collections.defaultdict(collections.Counter)
    fallback = collections.Counter()
    for line in findings.splitlines():
        f = json.loads(line)
        d = doc_of(f["path"])
        if d is None:
            continue
        if f["rule"] not in own:
            fallback[(f["rule"], kind_of(f["rule"], f["category"], kinds))] += 1
        counts[d["id"]][kind_of(f["rule"], f["category"], kinds)] += 1
    listed = json.loads(run([binary, "rules", "--format", "json"]))
    on = {kind_of(r["id"], r["category"], kinds) for r in listed if r["default_enabled"]}
    for r in listed:
        if not r["default_enabled"] and kind_of(r["id"], r["category"], kinds) in on:
            print(f"WARNING: rule {r['id']} is off by default but shares the kind "
                  f"`{kind_of(r['id'], r['category'], kinds)}` with rules that are on: give it a line "
                  "of its own in kinds.tsv (test_score.py fails until then)", file=sys.stderr)
    for (rule, kind), n in fallback.most_common():
        print(f"note: rule {rule} ({n} findings) has no line in kinds.tsv; counted as `{kind}` "
              "by its category", file=sys.stderr)

    missing = [d["id"] for d in docs if d["id"] not in words]
    if missing:
        sys.exit(f"{len(missing)} documents not scored (first: {missing[0]}); rebuild --docs")
    head = ["id", "label", "group", "site", "lang", "words", "old_score"] + [k for k, _ in order]
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("\t".join(head) + "\n")
        for d in docs:
            row = [d["id"], d["label"], d["group"], d["site"], d["lang"], str(words[d["id"]]), f"{old[d['id']]:.4f}"]
            row += [str(counts[d["id"]][k]) for k, _ in order]
            out.write("\t".join(row) + "\n")
    total = sum(sum(c.values()) for c in counts.values())
    print(f"{len(docs)} documents, {total} findings -> {out_path}", file=sys.stderr)
    return sorted({rule for rule, _ in fallback})


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=default_bin())
    ap.add_argument("--docs", default="/tmp/mtlint-score-docs")
    ap.add_argument("--out", default="/tmp/mtlint-score-features.tsv")
    args = ap.parse_args()
    if not os.path.isdir(args.docs):
        data.build(args.docs)
    extract(args.bin, args.docs, args.out)


if __name__ == "__main__":
    main()
