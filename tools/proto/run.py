#!/usr/bin/env python3
"""Measure the detection prototypes: recall on the listed artifacts of the development pages,
unlisted hits there, hits on clean human text per 10,000 words, and the fixture examples.

Usage: run.py [--only PREFIX] [--show N] [--clean-show N] [--no-clean] [--examples-only]
               [--data /work/shared/data]
"""
import argparse, collections, csv, glob, gzip, importlib, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

MODULES = ["spacing", "quotes", "untranslated", "repetition", "capitals", "names", "locale_formats", "debris"]
TARGET_KINDS = ["punctuation", "quotes", "encoding", "locale-date", "locale-currency", "locale-number",
                "capitalization", "untranslated-fragment", "repetition", "boilerplate", "debris", "names"]


def heuristics(only=""):
    out = []
    for name in MODULES:
        mod = importlib.import_module(name)
        for hname, fn in mod.HEURISTICS:
            if hname.startswith(only):
                out.append((name, hname, fn))
    return out


def unescape(s):
    return s.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") if "\\" in s else s


def occurrences(data, needle):
    out, i = [], data.find(needle)
    while i >= 0 and needle:
        out.append((i, i + len(needle)))
        i = data.find(needle, i + 1)
    return out


def overlaps(h, occ):
    return any(h.start < e and s < h.end for s, e in occ) or any(
        h.start == h.end and s <= h.start <= e for s, e in occ)


def ctx(text, s, e, w=40):
    return (text[max(0, s - w):s] + "[" + text[s:e] + "]" + text[e:e + w]).replace("\n", "⏎")


def run_dev(folder, hs, show):
    rows = []
    with open(os.path.join(folder, "ARTIFACTS.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if r.get("file") and r.get("exact_text"):
                rows.append(r)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(folder, "*.txt")))
    texts = {f: open(os.path.join(folder, f), encoding="utf-8").read() for f in files}
    occ = [occurrences(texts.get(r["file"], ""), unescape(r["exact_text"])) for r in rows]
    found = collections.defaultdict(set)      # artifact index -> heuristics
    per_h = collections.defaultdict(lambda: {"hits": 0, "listed": 0, "unlisted": []})
    for f in files:
        for mod, hname, fn in hs:
            for h in fn(texts[f]):
                st = per_h[hname]
                st["hits"] += 1
                on = [i for i, r in enumerate(rows) if r["file"] == f and overlaps(h, occ[i])]
                for i in on:
                    found[i].add(hname)
                if on:
                    st["listed"] += 1
                else:
                    st["unlisted"].append((f, h, ctx(texts[f], h.start, h.end)))
    name = os.path.basename(os.path.normpath(folder))
    print(f"\n=== {name}: per heuristic (hits, on listed artifacts, unlisted) ===")
    for hname in sorted(per_h):
        st = per_h[hname]
        kinds = collections.Counter(rows[i]["kind"] for i in found if hname in found[i])
        print(f"  {hname:42} hits {st['hits']:3}  listed {st['listed']:3}  unlisted {len(st['unlisted']):3}  "
              f"artifacts found: {dict(kinds)}")
    if show:
        for hname in sorted(per_h):
            for f, h, c in per_h[hname]["unlisted"][:show]:
                print(f"  UNLISTED {hname:38} {f[:22]:22} {c}")
    by_kind, hit_kind = collections.Counter(), collections.Counter()
    for i, r in enumerate(rows):
        if not occ[i]:
            continue
        by_kind[r["kind"]] += 1
        if i in found:
            hit_kind[r["kind"]] += 1
    print(f"--- {name}: recall by kind (prototypes together) ---")
    tk_n = tk_h = 0
    for k in sorted(by_kind, key=lambda k: -by_kind[k]):
        mark = "*" if k in TARGET_KINDS and k != "names" else " "
        if mark == "*":
            tk_n += by_kind[k]; tk_h += hit_kind[k]
        print(f"  {mark}{k:24} {hit_kind[k]:4}/{by_kind[k]:<4} {100 * hit_kind[k] / by_kind[k]:5.1f}%")
    nh = sum(st["hits"] for st in per_h.values())
    nu = sum(len(st["unlisted"]) for st in per_h.values())
    print(f"  target kinds (*): {tk_h}/{tk_n} = {100 * tk_h / max(tk_n, 1):.1f}%;  all: {len(found)}/{sum(by_kind.values())};"
          f"  hits {nh}, on listed {nh - nu}, unlisted {nu}")
    if show:
        for i, r in enumerate(rows):
            if occ[i] and i not in found and r["kind"] in TARGET_KINDS:
                print(f"  MISS {r['kind']:22} {r['file'][:22]:22} {r['exact_text'][:70]!r}")
    return per_h


def clean_sets(data):
    sets = []
    wmt = sorted(glob.glob(os.path.join(data, "clean/wmt22/*.en")))
    sets.append(("clean/wmt22", [(os.path.basename(p), open(p, encoding="utf-8").read()) for p in wmt]))
    refs = collections.OrderedDict()
    for p in sorted(glob.glob(os.path.join(data, "mqm/*.jsonl*"))):
        op = gzip.open if p.endswith(".gz") else open
        with op(p, "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r.get("is_human_ref") or r.get("system") == "human":
                    refs.setdefault(os.path.basename(p), collections.OrderedDict())[r["target_text"]] = 1
    sets.append(("mqm human refs", [(k, "\n".join(v)) for k, v in refs.items()]))
    return sets


def run_clean(data, hs, show):
    for name, docs in clean_sets(data):
        nw = sum(len(t.split()) for _, t in docs)
        print(f"\n=== {name}: {nw} words; hits per 10,000 words ===")
        allhits = []
        for mod, hname, fn in hs:
            n = 0
            for fname, t in docs:
                for h in fn(t):
                    n += 1
                    allhits.append((hname, fname, ctx(t, h.start, h.end)))
            print(f"  {hname:42} {n:4}  {10000 * n / nw:6.2f}")
        print(f"  {'ALL':42} {len(allhits):4}  {10000 * len(allhits) / nw:6.2f}")
        shown = collections.Counter()
        for hname, fname, c in allhits:
            if shown[hname] < show:
                shown[hname] += 1
                print(f"  CLEAN {hname:38} {fname[:28]:28} {c}")


def apply_fixes(text, hits):
    fixes = sorted({h.fix for h in hits if h.fix}, key=lambda f: (f[0], f[1]))
    out, pos = [], 0
    for s, e, rep in fixes:
        if s < pos:
            continue
        out.append(text[pos:s]); out.append(rep); pos = e
    out.append(text[pos:])
    return "".join(out)


def run_examples(only=""):
    here = os.path.dirname(os.path.abspath(__file__))
    bad = total = 0
    for mod in MODULES:
        path = os.path.join(here, "examples", f"{mod}.tsv")
        if not os.path.exists(path):
            print(f"  examples missing: {path}"); bad += 1; continue
        fns = [(h, fn) for h, fn in importlib.import_module(mod).HEURISTICS]
        n_flag = n_pass = 0
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                parts = line.split("\t")
                want, rule, text = parts[0], parts[1], parts[2].replace("\\n", "\n")
                fixed = parts[3].replace("\\n", "\n") if len(parts) > 3 and parts[3] else None
                if not rule.startswith(only) and only:
                    continue
                total += 1
                hits = [h for name, fn in fns if name == rule for h in fn(text)]
                if want == "flags":
                    n_flag += 1
                    if not hits:
                        bad += 1; print(f"  EXAMPLE NOT FLAGGED {mod}.tsv:{ln} {rule}: {text!r}")
                    elif fixed is not None and apply_fixes(text, hits) != fixed:
                        bad += 1; print(f"  EXAMPLE WRONG FIX {mod}.tsv:{ln} {rule}: {apply_fixes(text, hits)!r} != {fixed!r}")
                elif want == "passes":
                    n_pass += 1
                    if hits:
                        bad += 1; print(f"  EXAMPLE FLAGGED {mod}.tsv:{ln} {rule}: {text!r} {[h.message for h in hits]}")
                else:
                    bad += 1; print(f"  bad example line {mod}.tsv:{ln}")
        print(f"  examples {mod}: {n_flag} flags, {n_pass} passes")
    print(f"examples: {total} checked, {bad} failed")
    return bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("--clean-show", type=int, default=10)
    ap.add_argument("--no-clean", action="store_true")
    ap.add_argument("--no-dev", action="store_true")
    ap.add_argument("--examples-only", action="store_true")
    ap.add_argument("--data", default="/work/shared/data")
    a = ap.parse_args()
    bad = run_examples(a.only)
    if a.examples_only:
        sys.exit(1 if bad else 0)
    hs = heuristics(a.only)
    if not a.no_dev:
        for d in ("mtweb-dev2", "mtweb-dev"):
            run_dev(os.path.join(a.data, d), hs, a.show)
    if not a.no_clean:
        run_clean(a.data, hs, a.clean_show)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
