#!/usr/bin/env python3
"""The score computed from data/score-weights.tsv exactly as src/score.rs must compute it:
the reference for the Rust port and its tests.

    python3 tools/score/reference.py                      # the worked examples (golden values)
    python3 tools/score/reference.py --write              # ... written to data/score-golden.tsv
    python3 tools/score/reference.py WORDS RULE=N ...     # one document: its words and findings

A finding is named by its rule id, or `RULE@CATEGORY` for a rule the weights file does not
list (it counts under its category's kind, else the default kind).

No dependency beyond the standard library.
"""

import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
WEIGHTS = os.path.join(REPO, "data", "score-weights.tsv")
GOLDEN = os.path.join(REPO, "data", "score-golden.tsv")


def load(path=WEIGHTS):
    """(params, kinds, rules); rules maps a rule id, `category:NAME` or `*` to a kind."""
    params, kinds, rules = {}, {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "param":
                params[cols[1]] = float(cols[2])
            elif cols[0] == "kind":
                kinds[cols[1]] = (cols[2], float(cols[3]))
            elif cols[0] == "rule":
                rules[cols[1]] = cols[2]
            elif cols[0] == "category":
                rules["category:" + cols[1]] = cols[2]
            elif cols[0] == "default":
                rules["*"] = cols[1]
    return params, kinds, rules


def score(words, rule_counts, weights=None):
    """words: the CLI's word count; rule_counts: {rule id or RULE@CATEGORY: findings}."""
    params, kinds, rules = weights or load()
    counts = {}
    for key, n in rule_counts.items():
        rule, _, category = key.partition("@")
        kind = rules.get(rule) or rules.get("category:" + category) or rules.get("*")
        if kind is not None:
            counts[kind] = counts.get(kind, 0) + n

    def e(kind):
        return math.log1p(1000.0 * counts.get(kind, 0) / (words + params["pseudo_words"]))

    contributions = {k: w * e(k) for k, (sig, w) in kinds.items() if sig == "translation" and counts.get(k)}
    s = sum(contributions.values())
    p = 1.0 / (1.0 + math.exp(-(params["platt_a"] * s + params["platt_b"])))
    decisive = any(counts.get(k) for k, (sig, _) in kinds.items() if sig == "decisive")
    if decisive:
        p = max(p, params["disclaimer_floor"])
    page = 1.0 - math.exp(-sum(e(k) for k, (sig, _) in kinds.items() if sig == "page"))
    thin = words < params["min_words"]
    mt = decisive or p >= params["threshold"]
    return dict(words=words, evidence=s, score=p, machine_translated=mt, thin=thin,
                page_evidence=page, contributions=contributions)


EXAMPLES = [
    (300, {}),
    (3000, {}),
    (300, {"punctuation/stray-period": 1}),
    (300, {"punctuation/foreign-quotes": 2, "punctuation/stray-period": 1}),
    (3000, {"punctuation/stray-period": 1}),
    (300, {"boilerplate/page-debris": 6, "encoding/html-entity": 3}),
    (300, {"locale/bracketed-date": 1, "boilerplate/page-debris": 1}),
    (40, {"punctuation/foreign-quotes": 2}),
    (40, {"boilerplate/mt-disclaimer": 1}),
    (300, {"punctuation/missing-space-after-sentence": 3}),
    (120, {}),
    (600, {"made/up-rule@idiom": 2}),
    (600, {"made/up-rule@boilerplate": 4}),
    (250, {"punctuation/foreign-quotes": 1, "grammar/calque": 2, "encoding/mojibake": 1}),
]

COLUMNS = "words\tfindings\tevidence\tscore\tmachine_translated\tthin\tpage_evidence"


def rows(cases, weights):
    out = []
    for words, rc in cases:
        r = score(words, rc, weights)
        found = ",".join(f"{k}={v}" for k, v in rc.items()) or "-"
        out.append(f"{words}\t{found}\t{r['evidence']:.6f}\t{r['score']:.6f}\t"
                   f"{str(r['machine_translated']).lower()}\t{str(r['thin']).lower()}\t{r['page_evidence']:.6f}")
    return out


def write_golden(path=GOLDEN):
    """The worked examples with the current weights, for src/detector/score.rs's test."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Golden values of the document score, written by tools/score/reference.py from\n"
                "# data/score-weights.tsv (rewritten with it by train.py --write): the Rust score must\n"
                "# give the same values. findings: RULE=N or RULE@CATEGORY=N (a rule the weights do not list).\n")
        f.write(COLUMNS + "\n")
        f.write("\n".join(rows(EXAMPLES, load())) + "\n")
    print(f"wrote {path}", file=sys.stderr)


def main():
    weights = load()
    if sys.argv[1:] == ["--write"]:
        write_golden()
        return
    if len(sys.argv) > 1:
        cases = [(int(sys.argv[1]), {a.split("=")[0]: int(a.split("=")[1]) for a in sys.argv[2:]})]
    else:
        cases = EXAMPLES
    print(COLUMNS)
    print("\n".join(rows(cases, weights)))


if __name__ == "__main__":
    main()
