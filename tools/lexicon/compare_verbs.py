#!/usr/bin/env python3
"""How data/verbs.tsv agrees with the word lexicon: for each of its verbs, whether
the lexicon tags each form (base, 3sg, past, participle, -ing) with that form.

    python3 tools/lexicon/compare_verbs.py [--show N]

A first step towards deriving data/verbs.tsv from the lexicon (see README.md)."""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FORMS = ["v.base", "v.3sg", "v.past", "v.pp", "v.ing"]


def lexicon():
    words = {}
    with open(os.path.join(ROOT, "data/lexicon/words.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            word, codes = line.rstrip("\n").split("\t")
            words[word] = set() if codes == "-" else set(codes.split())
    with open(os.path.join(ROOT, "data/lexicon/overrides.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            word, changes = line.rstrip("\n").split("\t", 1)
            codes = words.setdefault(word, set())
            for change in changes.split("#")[0].split():
                name = change[1:]
                hit = {c for c in codes if c.startswith(name[:-1])} if name.endswith("*") else {name}
                if change[0] == "+":
                    codes |= hit
                else:
                    codes -= hit
    return words


def main():
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 20
    words = lexicon()
    verbs = 0
    whole = 0
    by_form = collections.Counter()
    forms_total = collections.Counter()
    missing_word = collections.Counter()
    examples = collections.defaultdict(list)
    with open(os.path.join(ROOT, "data/verbs.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            verbs += 1
            agree = True
            for form, col in zip(FORMS, cols):
                for spelling in col.split("/"):
                    forms_total[form] += 1
                    codes = words.get(spelling)
                    if codes is None:
                        missing_word[form] += 1
                        examples[form + " not in lexicon"].append(spelling)
                        agree = False
                    elif form in codes:
                        by_form[form] += 1
                    else:
                        examples[form + " untagged"].append(f"{spelling}({' '.join(sorted(codes)) or '-'})")
                        agree = False
            whole += agree
    print(f"data/verbs.tsv: {verbs} verbs; all forms agree with the lexicon for {whole} ({whole / verbs:.1%})")
    for form in FORMS:
        t = forms_total[form]
        print(f"  {form:6} {by_form[form]}/{t} spellings tagged so, {missing_word[form]} not in the lexicon")
    for key, items in sorted(examples.items()):
        print(f"{key} ({len(items)}): {' '.join(items[:show])}")


if __name__ == "__main__":
    main()
