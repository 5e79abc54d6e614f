#!/usr/bin/env python3
"""Validates data/calques.tsv and measures it on the clean and the development corpora.

Usage: tools/check_calques.py [--data data/calques.tsv] [--examples data/calques-examples.tsv]
                              [--shared /work/shared/data] [--show N] [--no-corpora]

1. Every entry line: six TAB-separated columns; `lang` ISO 639-1 codes; `level` mt or learner; keys
   lower-case words; the pattern in the common syntax of Python's `re` and Rust's `regex` crate (no
   look-around, no back-references), compiled here as the rule compiles it (case-insensitive, ASCII
   `\\b`, `\\w`, `\\d`); each key's first four letters in the pattern (as the rule's own test asks);
   each `$N` of the replacement a group of the pattern and not followed by a word character (Rust
   would read `$1s` as a group named `1s`: write `${1}s`).
2. data/calques-examples.tsv (`LINE-or-key <TAB> flags|passes <TAB> sentence`): a `flags` sentence must
   be flagged by the entry on that line of data/calques.tsv (or, given a key, by an entry with that key);
   a `passes` sentence by no entry of the file.
3. Matches on clean text (clean/wmt22/*.en and the human references of mqm/*.jsonl(.gz)): each one
   printed; an `mt` entry's match must be one judged a real slip in JUDGED below, or the run fails.
4. Matches on the development pages (mtweb-dev*/*.txt) and the MQM machine translations: the artifacts
   of ARTIFACTS.tsv (kinds calque and grammar-other) that a match overlaps, and the matches per entry.

A match counts as the rule counts it (src/rules/grammar/calque_entries.rs): it must contain one of the entry's keys as a
word, lie within 64 bytes of that key on either side, and an entry whose pattern ends in an optional
group of words `(?: (?:w1|w2)\\b)?` stays silent when the match ends in one of them (the guard).
Exit status 1 on any invalid line, failed example, or unjudged clean match of an `mt` entry.
"""
import argparse
import collections
import csv
import glob
import gzip
import json
import os
import re
import sys

LEVELS = {"mt", "learner"}
REACH = 64
# Clean-text matches of `mt` entries judged real slips of the human writer: (first key, matched text
# in lower case) -> why.
JUDGED = {
    ("introduction", "according to introduction,"): "a Chinese translator's calque (据介绍), missing its article too",
    ("army", "water army"): "a Chinese translator's calque (水军) an English reader cannot follow: `paid trolls`",
    ("informed", "police informed that"): "a German translator's calque (die Polizei informierte, dass): inform needs an object",
    ("dozens", "dozens of thousands"): "a Chinese translator's calque (数万): `tens of thousands`",
    ("base", "in base to"): "a Spanish-speaking writer's slip in a biomedical reference (`based on their results`)",
    ("heavy", "heavy injuries"): "a German translator's calque (schwere Verletzungen) beside `brought into a nearby hospital`: `serious injuries`",
    ("contract", "coalition contract"): "a German translator's calque (Koalitionsvertrag): `coalition agreement`",
    ("reminded", "she reminded that"): "a Czech translator's calque (připomněla, že): one reminds someone; `she recalled that`",
    ("frontal", "collided frontally"): "a German translator's calque (frontal zusammengestoßen) beside `a 27 years old man`: `collided head-on`",
    ("reference", "reports with reference to"): "a Russian translator's calque (сообщает со ссылкой на): English news says `reports, citing`",
    ("reference", "writes with reference to"): "a Russian translator's calque (пишет со ссылкой на): English news says `writes, citing`",
    ("diplomacy", "the head of british diplomacy"): "a Russian translator's calque (глава британской дипломатии) for Liz Truss: `the British Foreign Secretary`",
}


class Entry:
    def __init__(self, line, lang, level, keys, pattern, replacement, note):
        self.line, self.lang, self.level = line, lang, level
        self.keys, self.pattern, self.replacement, self.note = keys, pattern, replacement, note
        self.re = re.compile(pattern, re.IGNORECASE | re.ASCII)
        self.guard = guard_words(pattern)

    def matches(self, text):
        """The spans the rule reports in `text` (a list of (start, end))."""
        out = []
        for m in self.re.finditer(text):
            s, e = m.span()
            matched = m.group(0)
            words = [(w.start() + s, w.end() + s, w.group(0).lower())
                     for w in re.finditer(r"[A-Za-z]+", matched)]
            if not any(w in self.keys and ks - REACH <= s and e <= ke + REACH for ks, ke, w in words):
                continue
            if self.guard and matched.rsplit(" ", 1)[-1].lower() in self.guard:
                continue
            out.append((s, e, m))
        return out

    def fix(self, m):
        if not self.replacement:
            return None
        rep = re.sub(r"\$\{?(\d+)\}?", lambda g: m.group(int(g.group(1))) or "", self.replacement)
        return rep[:1].upper() + rep[1:] if m.group(0)[:1].isupper() else rep


def guard_words(pattern):
    """The words of a trailing guard group `(?: (?:a|b|c)\\b)?`, as the rule reads them."""
    if not pattern.endswith(r"\b)?"):
        return set()
    tail = pattern.rsplit("(?: (?:", 1)[-1]
    while tail.endswith(r")\b)?"):
        tail = tail[: -len(r")\b)?")]
    return {w.lower() for w in tail.split("|")}


FORBIDDEN = [(r"\(\?<?[=!]", "look-around"), (r"\\[1-9]", "back-reference"), (r"\(\?P=", "back-reference"),
             (r"\\[AZzG]", "Python-only anchor"), (r"\(\?[aLu]", "Python-only flag"),
             (r"\\[pP]\{", "Unicode class (the rule is ASCII)"), (r"[*+?}]\+", "possessive quantifier")]


def load(path):
    entries, errors = [], []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 6:
                errors.append(f"line {n}: {len(cols)} columns, not 6")
                continue
            lang, level, keys, pattern, rep, note = cols
            langs = lang.split(",")
            if not all(re.fullmatch(r"[a-z]{2}", x) for x in langs):
                errors.append(f"line {n}: lang {lang!r} is not ISO 639-1 codes")
            if level not in LEVELS:
                errors.append(f"line {n}: level {level!r}")
            keys = keys.split(",")
            if not all(re.fullmatch(r"[a-z]{1,16}", k) for k in keys):
                errors.append(f"line {n}: keys {keys!r} must be lower-case ASCII words of at most 16 letters "
                              "(the rule's words are runs of letters, looked up through a 16-byte buffer)")
            if not note.strip():
                errors.append(f"line {n}: empty note")
            for bad, what in FORBIDDEN:
                if re.search(bad, pattern):
                    errors.append(f"line {n}: {what} in the pattern, which Rust's regex lacks")
            try:
                e = Entry(n, langs, level, set(keys), pattern, rep, note)
            except re.error as x:
                errors.append(f"line {n}: pattern does not compile: {x}")
                continue
            low = pattern.lower()
            for k in keys:
                if k[:4] not in low:
                    errors.append(f"line {n}: key {k!r} does not occur in the pattern")
            for g in re.finditer(r"\$(\{)?(\d+)(\})?(\w)?", rep):
                if int(g.group(2)) > e.re.groups or int(g.group(2)) == 0:
                    errors.append(f"line {n}: replacement group ${g.group(2)} not in the pattern")
                if not g.group(1) and g.group(4):
                    errors.append(f"line {n}: `${g.group(2)}{g.group(4)}` reads as one group name in Rust; write ${{{g.group(2)}}}")
            bad_guard = [w for w in e.guard if not re.fullmatch(r"[a-z0-9']+", w)]
            if bad_guard:
                errors.append(f"line {n}: the guard's words must be plain words (the rule compares them literally): {bad_guard}")
            entries.append(e)
    return entries, errors


def check_examples(entries, path):
    by_line = {e.line: e for e in entries}
    failures, count = [], collections.Counter()
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 3 or cols[1] not in ("flags", "passes"):
                failures.append(f"examples line {n}: malformed")
                continue
            ref, what, sentence = cols
            if ref.isdigit():
                target = [by_line[int(ref)]] if int(ref) in by_line else []
            else:
                target = [e for e in entries if ref in e.keys]
            if not target:
                failures.append(f"examples line {n}: no entry {ref!r}")
                continue
            count[what] += 1
            if what == "flags":
                overlap = [(e.line, m[0], m[1]) for e in entries for m in e.matches(sentence)]
                for (l1, s1, t1) in overlap:
                    for (l2, s2, t2) in overlap:
                        if l1 < l2 and s1 < t2 and s2 < t1:
                            failures.append(f"examples line {n}: entries on lines {l1} and {l2} both flag {sentence!r}")
                hits = [(e, m) for e in target for m in e.matches(sentence)]
                if not hits:
                    failures.append(f"examples line {n}: entry {ref} does not flag {sentence!r}")
            else:
                hits = [(e, m) for e in entries for m in e.matches(sentence)]
                for e, (s, t, _) in hits:
                    failures.append(f"examples line {n}: entry line {e.line} flags {sentence[s:t]!r} in {sentence!r}")
    return failures, count


def read_jsonl(path):
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def mqm_texts(shared):
    human, mt = {}, {}
    for p in sorted(glob.glob(os.path.join(shared, "mqm", "*.jsonl*"))):
        name = os.path.basename(p).split(".")[0]
        for r in read_jsonl(p):
            t = r.get("target_text") or ""
            is_human = r.get("is_human_ref") or r.get("system") == "human"
            if r.get("system") == "perturbed":
                continue  # demetr's controlled perturbations of human text: neither clean nor MT
            (human if is_human else mt).setdefault(t, f"mqm/{name}")
    return human, mt


def scan(entries, texts):
    """texts: iterable of (where, text) -> {entry line: [(where, text, s, e, m)]}"""
    out = collections.defaultdict(list)
    keyset = {k for e in entries for k in e.keys}
    for where, text in texts:
        low = set(re.findall(r"[a-z0-9]+", text.lower()))
        if not low & keyset:
            continue
        for e in entries:
            if low & e.keys:
                for s, t, m in e.matches(text):
                    out[e.line].append((where, text, s, t, m))
    return out


def context(text, s, e, width=50):
    return (text[max(0, s - width):s] + "[[" + text[s:e] + "]]" + text[e:e + width]).replace("\n", " ")


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(here, "data", "calques.tsv"))
    ap.add_argument("--examples", default=os.path.join(here, "data", "calques-examples.tsv"))
    ap.add_argument("--shared", default="/work/shared/data")
    ap.add_argument("--show", type=int, default=3, help="MQM MT matches shown per entry")
    ap.add_argument("--no-corpora", action="store_true")
    a = ap.parse_args()

    entries, errors = load(a.data)
    for x in errors:
        print("INVALID", x)
    by = collections.Counter()
    for e in entries:
        for lang in e.lang:
            by[(lang, e.level)] += 1
    print(f"{len(entries)} entries ({sum(e.level == 'mt' for e in entries)} mt, "
          f"{sum(e.level == 'learner' for e in entries)} learner); by source language (an entry counts "
          f"under each of its languages):")
    for lang in sorted({l for l, _ in by}, key=lambda l: -(by[(l, 'mt')] + by[(l, 'learner')])):
        print(f"  {lang}: {by[(lang, 'mt')]} mt, {by[(lang, 'learner')]} learner")

    failures, count = [], {}
    if os.path.exists(a.examples):
        failures, count = check_examples(entries, a.examples)
        for x in failures:
            print("EXAMPLE", x)
        print(f"examples: {count.get('flags', 0)} flags, {count.get('passes', 0)} passes, {len(failures)} failed")
    if a.no_corpora:
        sys.exit(1 if errors or failures else 0)

    # (a) clean text
    human, mt = mqm_texts(a.shared)
    clean = []
    for p in sorted(glob.glob(os.path.join(a.shared, "clean", "wmt22", "*.en"))):
        with open(p, encoding="utf-8") as f:
            clean += [(os.path.basename(p), line) for line in f]
    clean += [(w, t) for t, w in human.items()]
    words = sum(len(t.split()) for _, t in clean)
    hits = scan(entries, clean)
    by_line = {e.line: e for e in entries}
    unjudged = 0
    print(f"\n(a) clean text: {len(clean)} segments, {words} words (wmt22 + {len(human)} MQM human references)")
    for line in sorted(hits):
        e = by_line[line]
        for where, text, s, t, m in hits[line]:
            why = JUDGED.get((sorted(e.keys)[0], text[s:t].lower()))
            tag = "slip" if why else ("LEARNER" if e.level == "learner" else "UNJUDGED")
            if e.level == "mt" and not why:
                unjudged += 1
            print(f"  {tag:8} line {line} {e.level:7} {where}: {context(text, s, t)}" + (f"  -- {why}" if why else ""))
    n_mt = sum(len(v) for k, v in hits.items() if by_line[k].level == "mt")
    n_l = sum(len(v) for k, v in hits.items() if by_line[k].level == "learner")
    print(f"  clean matches: {n_mt} by mt entries ({unjudged} unjudged), {n_l} by learner entries")

    # (b) development pages
    print("\n(b) development pages (kinds calque, grammar-other)")
    total_art = total_hit = 0
    for d in sorted(glob.glob(os.path.join(a.shared, "mtweb-dev*"))):
        texts = {os.path.basename(p): open(p, encoding="utf-8").read() for p in glob.glob(os.path.join(d, "*.txt"))}
        found = scan(entries, list(texts.items()))
        spans = collections.defaultdict(list)
        for line, ms in found.items():
            for where, text, s, t, m in ms:
                spans[where].append((s, t, line))
        rows = []
        with open(os.path.join(d, "ARTIFACTS.tsv"), encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if r.get("kind") in ("calque", "grammar-other") and r.get("exact_text"):
                    rows.append(r)
        caught, used = [], set()
        for r in rows:
            needle = unescape(r["exact_text"])
            text = texts.get(r["file"], "")
            occ = [(i.start(), i.start() + len(needle)) for i in re.finditer(re.escape(needle), text)]
            by_entry = [ln for s, t, ln in spans[r["file"]] if any(s < oe and os_ < t for os_, oe in occ)]
            if by_entry:
                caught.append((r, by_entry))
                used |= {(r["file"], s, t) for s, t, ln in spans[r["file"]] if any(s < oe and os_ < t for os_, oe in occ)}
        per_kind = collections.Counter(r["kind"] for r in rows)
        hit_kind = collections.Counter(r["kind"] for r, _ in caught)
        total_art += len(rows)
        total_hit += len(caught)
        print(f"  {os.path.basename(d)}: " + ", ".join(f"{k} {hit_kind[k]}/{per_kind[k]}" for k in sorted(per_kind)))
        for r, lines in caught:
            print(f"    CAUGHT {r['id']:5} {r['kind']:13} {r['exact_text'][:60]!r} by line {sorted(set(lines))}")
        for f_, ss in sorted(spans.items()):
            for s, t, ln in ss:
                if (f_, s, t) not in used:
                    print(f"    unlisted line {ln}: {f_[:30]} {context(texts[f_], s, t, 40)}")
    print(f"  dev-page recall (calque + grammar-other): {total_hit}/{total_art}")

    # (b) MQM machine translation
    mt_hits = scan(entries, [(w, t) for t, w in mt.items()])
    print(f"\n(b) MQM machine translations: {len(mt)} distinct segments; "
          f"{sum(len(v) for v in mt_hits.values())} matches by {len(mt_hits)} entries")
    for line in sorted(mt_hits):
        e = by_line[line]
        print(f"  line {line} ({','.join(e.lang)} {e.level}) {len(mt_hits[line])}x")
        for where, text, s, t, m in mt_hits[line][: a.show]:
            print(f"      {where}: {context(text, s, t)}")

    print(f"\nSUMMARY: {len(entries)} entries, {len(errors)} invalid, examples {count.get('flags', 0)}+"
          f"{count.get('passes', 0)} ({len(failures)} failed), clean {n_mt} mt ({unjudged} unjudged) + {n_l} "
          f"learner, dev recall {total_hit}/{total_art}, MQM MT {sum(len(v) for v in mt_hits.values())}")
    sys.exit(1 if errors or failures or unjudged else 0)


def unescape(s):
    return s.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") if "\\" in s else s


if __name__ == "__main__":
    main()
