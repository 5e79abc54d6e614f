#!/usr/bin/env python3
"""Learns the document score's weights from the listed documents, with cross-validation that
holds out whole sites (and source languages), and writes data/score-weights.tsv.

    python3 tools/score/train.py --bin target/release/mtlint --write   # the whole pipeline
    python3 tools/score/train.py [--features FILE]                     # reuse the last scan

Needs numpy (training only: the Rust score reads the weights file and needs nothing else;
`python3 -m venv target/score-venv && target/score-venv/bin/pip install numpy`, then run
this with target/score-venv/bin/python). With --bin, builds the listed documents (data.py)
into a temporary folder, scans them with that binary (features.py) and trains on the
result; without it, reads the per-kind counts of the last scan (--features). Prints the
cross-validated figures; with --write, also writes data/score-weights.tsv and the golden
values data/score-golden.tsv that the Rust tests check against (reference.py).

The model (README.md gives the exact formula src/score.rs computes):
- one feature a translation kind: evidence(count, words) = log(1 + 1000 count / (words + 200));
- s = sum of weight[kind] * evidence[kind], the weights from an L2-penalised logistic
  regression with weights >= 0 (a finding is never evidence of clean text);
- p = 1 / (1 + exp(-(a s + b))): Platt calibration fitted on held-out (leave-one-site-out)
  values of s, so p is calibrated on sites the model did not see (the regression's own
  intercept is dropped: Platt's b sets the baseline);
- machine_translated = p >= threshold (or a disclaimer), the threshold chosen on held-out values for at most 1%
  of clean documents called MT.
Page kinds (debris, entities, mojibake) are not features: page evidence alone can never call
a page MT, by construction. The disclaimer is not learned either: it sets a floor (README).

Each document is weighted so that every group (a site, an MQM corpus, a WMT22 file) counts
as much as any other of its class, and the two classes weigh the same: a site with six
pages does not outvote a site with one, and the 1,300 MQM documents do not drown the 37 web
pages. The probability is therefore calibrated for even odds (a document as likely MT as
not before its evidence is seen); the reliability table shows it per bin.
"""

import argparse
import collections
import math
import os
import sys

try:
    import numpy as np
except ImportError:
    sys.exit("train.py needs numpy: python3 -m venv target/score-venv && "
             "target/score-venv/bin/pip install numpy; then run it with target/score-venv/bin/python")

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import data  # noqa: E402
import features as feat  # noqa: E402
import reference  # noqa: E402

WEIGHTS = os.path.join(REPO, "data", "score-weights.tsv")
REPORT = os.path.join(HERE, "report.txt")
MAX_CLEAN_CALLED = 0.01
# A text shorter than the shortest training document is "thin" (see min_words_of).
DISCLAIMER_FLOOR = 0.95


def load(path):
    with open(path, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        rows = [dict(zip(head, line.rstrip("\n").split("\t"))) for line in f if line.strip()]
    return head, rows


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


def fit_logistic(X, y, w, lam, nonneg=True, iters=100):
    """Minimises sum_i w_i logloss_i + lam/2 |beta|^2 (sum w = 1), beta >= 0 when nonneg,
    intercept free. Projected Newton with an active set; returns (intercept, beta)."""
    n, k = X.shape
    A = np.hstack([np.ones((n, 1)), X])
    w = w / w.sum()
    reg = np.full(k + 1, lam)
    reg[0] = 0.0

    def loss(theta):
        z = A @ theta
        return np.sum(w * (np.logaddexp(0, z) - y * z)) + 0.5 * np.sum(reg * theta * theta)

    theta = np.zeros(k + 1)
    f = loss(theta)
    for _ in range(iters):
        p = sigmoid(A @ theta)
        g = A.T @ (w * (p - y)) + reg * theta
        H = (A * (w * p * (1 - p))[:, None]).T @ A + np.diag(reg + 1e-9)
        free = np.ones(k + 1, bool)
        if nonneg:
            free[1:] = ~((theta[1:] <= 0) & (g[1:] > 0))
        d = np.zeros(k + 1)
        d[free] = np.linalg.solve(H[np.ix_(free, free)], g[free])
        step = 1.0
        while True:
            new = theta - step * d
            if nonneg:
                new[1:] = np.maximum(new[1:], 0.0)
            f_new = loss(new)
            if f_new <= f - 1e-4 * g @ (theta - new) or step < 1e-10:
                break
            step /= 2
        done = np.abs(new - theta).max() < 1e-10
        theta, f = new, f_new
        if done:
            break
    return theta[0], theta[1:]


def fit_platt(z, y, w):
    """p = sigmoid(a z + b) fitted by weighted maximum likelihood (Newton)."""
    a, b = 1.0, 0.0
    w = w / w.sum()
    for _ in range(100):
        p = sigmoid(a * z + b)
        g = np.array([np.sum(w * (p - y) * z), np.sum(w * (p - y))])
        s = w * p * (1 - p)
        H = np.array([[np.sum(s * z * z), np.sum(s * z)], [np.sum(s * z), np.sum(s)]]) + 1e-9 * np.eye(2)
        step = np.linalg.solve(H, g)
        a, b = a - step[0], b - step[1]
        if np.abs(step).max() < 1e-10:
            break
    return a, b


def auc(pos, neg):
    """Probability that a random positive scores above a random negative (ties count half)."""
    pos, neg = np.asarray(pos), np.asarray(neg)
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    allv = np.concatenate([pos, neg])
    order = allv.argsort(kind="mergesort")
    ranks = np.empty(len(allv))
    sorted_v = allv[order]
    i = 0
    while i < len(allv):
        j = i
        while j + 1 < len(allv) and sorted_v[j + 1] == sorted_v[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    r = ranks[: len(pos)].sum()
    return (r - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def threshold_for(p_clean, max_share):
    """The lowest threshold t with share(p_clean >= t) <= max_share."""
    vals = np.sort(np.unique(p_clean))
    for t in vals:
        if np.mean(p_clean >= t) <= max_share:
            # halfway to the next lower clean value keeps t off a tie
            lower = vals[vals < t]
            return float((t + lower.max()) / 2) if len(lower) else float(t)
    return float(vals.max() + 1e-9)


def class_group_weights(y, groups, include):
    """Each group's documents share weight 1; then each class totals half."""
    w = np.zeros(len(y))
    counts = collections.Counter(g for g, inc in zip(groups, include) if inc)
    for i, (g, inc) in enumerate(zip(groups, include)):
        if inc:
            w[i] = 1.0 / counts[g]
    for c in (0, 1):
        m = (y == c) & (w > 0)
        if m.any():
            w[m] *= 0.5 / w[m].sum()
    return w


def cross_val(X, y, w, folds, lam, nonneg):
    """Out-of-fold evidence s = sum of weight * evidence for every document (the fold's
    intercept left out: it only sets the baseline, which calibration sets), and the weights
    of each fold: {fold: (b0, beta)}."""
    z = np.full(len(y), np.nan)
    fits = {}
    for f in sorted(set(folds)):
        test = folds == f
        train = ~test & (w > 0)
        if len(set(y[train])) < 2:
            continue
        b0, beta = fit_logistic(X[train], y[train], w[train], lam, nonneg)
        z[test] = X[test] @ beta
        fits[f] = (b0, beta)
    return z, fits


def report(name, p, y, web, mqm_mt, t):
    clean = y == 0
    print(f"\n== {name} ==")
    print(f"AUC web MT pages vs clean documents: {auc(p[web], p[clean]):.3f} "
          f"({web.sum()} pages, {clean.sum()} clean)")
    if mqm_mt.any():
        print(f"AUC MQM MT outputs vs clean documents: {auc(p[mqm_mt], p[clean]):.3f} ({mqm_mt.sum()} documents)")
    print(f"threshold {t:.3f}: web MT pages called MT {np.mean(p[web] >= t):.1%} "
          f"({int((p[web] >= t).sum())}/{web.sum()}); MQM MT called MT "
          f"{np.mean(p[mqm_mt] >= t) if mqm_mt.any() else float('nan'):.1%}; clean called MT "
          f"{np.mean(p[clean] >= t):.2%} ({int((p[clean] >= t).sum())}/{clean.sum()})")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", help="scan the documents with this mtlint binary first (the whole pipeline)")
    ap.add_argument("--features", default="/tmp/mtlint-score-features.tsv",
                    help="the per-kind counts (written with --bin, read without it)")
    ap.add_argument("--lam", type=float, default=0.003, help="L2 penalty (weights sum to 1)")
    ap.add_argument("--mqm-mt", choices=["train", "off"], default="train",
                    help="train on the MQM MT outputs too, or leave them out (they are still scored)")
    ap.add_argument("--allow-negative", action="store_true", help="let a kind weigh toward clean")
    ap.add_argument("--what-if", action="append", default=[], metavar="EDITOR_KIND=RECALL",
                    help="as if a rule found this share of the artifacts of an ARTIFACTS.tsv kind "
                         f"on the web pages ({', '.join(sorted(EDITOR_KIND))}); may be repeated")
    ap.add_argument("--seed", type=int, default=21, help="the --what-if draw")
    ap.add_argument("--write", action="store_true",
                    help=f"write {os.path.relpath(WEIGHTS, REPO)}, the golden values and the printed "
                         f"figures to {os.path.relpath(REPORT, REPO)}")
    args = ap.parse_args()
    printed = Tee(sys.stdout)
    sys.stdout = printed

    if args.bin:
        import tempfile
        with tempfile.TemporaryDirectory(prefix="mtlint-score-docs-") as docs:
            data.build(docs)
            fallback = feat.extract(args.bin, docs, args.features)
        if fallback:
            print(f"rules counted by their category (no line in kinds.tsv): {', '.join(fallback)}")
    elif not os.path.exists(args.features):
        sys.exit(f"no {args.features}: run with --bin target/release/mtlint")
    head, rows = load(args.features)
    kinds = feat.read_kinds()
    order = feat.kind_order(kinds)
    tkinds = [k for k, s in order if s == "translation"]
    pkinds = [k for k, s in order if s == "page"]
    dkinds = [k for k, s in order if s == "decisive"]
    n = len(rows)
    words = np.array([int(r["words"]) for r in rows], float)
    counts = {k: np.array([int(r[k]) for r in rows], float) for k, _ in order}
    web = np.array([r["id"].startswith("mtweb") for r in rows])
    if args.what_if:
        if args.write:
            sys.exit("--what-if is a measurement; it never writes the weights")
        what_if(rows, counts, web, args.what_if, args.seed)
        print(f"WHAT IF: {', '.join(args.what_if)}, seed {args.seed} (web pages only; clean documents as today)")
    ev = np.vectorize(feat.evidence)
    X = np.column_stack([ev(counts[k], words) for k in tkinds])
    y = np.array([r["label"] == "mt" for r in rows], float)
    groups = np.array([r["group"] for r in rows])
    langs = np.array([r["lang"] for r in rows])
    mqm_mt = (y == 1) & ~web
    include = ~(mqm_mt & (args.mqm_mt == "off"))
    w = class_group_weights(y, groups, include)
    decisive = sum(counts[k] for k in dkinds) > 0
    nonneg = not args.allow_negative

    print(f"{n} documents: {int(web.sum())} web MT pages ({len(set(groups[web]))} sites), "
          f"{int(mqm_mt.sum())} MQM MT, {int((y == 0).sum())} clean ({len(set(groups[y == 0]))} groups); "
          f"MQM MT in training: {args.mqm_mt}; lambda {args.lam}; weights >= 0: {nonneg}")
    print(f"translation kinds: {', '.join(tkinds)}\npage kinds (reported, not features): {', '.join(pkinds)}")

    old = np.array([float(r["old_score"]) for r in rows])
    clean = y == 0
    print(f"\ntoday's hand-set score on the same documents: AUC web MT vs clean {auc(old[web], old[clean]):.3f}; "
          f"called MT (>= 0.5): web {np.mean(old[web] >= 0.5):.1%}, clean {np.mean(old[clean] >= 0.5):.2%}")

    # leave one site (group) out
    z_site, fits = cross_val(X, y, w, groups, args.lam, nonneg)
    a, b = fit_platt(z_site, y, w)
    p_site = sigmoid(a * z_site + b)
    p_site = np.where(decisive, np.maximum(p_site, DISCLAIMER_FLOOR), p_site)
    t_site = threshold_for(p_site[clean], MAX_CLEAN_CALLED)
    report("leave one site out (weights never saw the site; Platt fitted on the pooled held-out evidence)",
           p_site, y, web, mqm_mt, t_site)

    # the most any weights could reach with these findings: pages with translation evidence
    # ranked above every clean document, the rest tied with the clean documents with none
    has = X.sum(axis=1) > 0
    ceiling = np.where(has, 1.0, 0.5 * np.mean(z_site[clean] == 0))
    print(f"ceiling with today's findings: {int((web & has).sum())}/{int(web.sum())} web pages have translation "
          f"evidence: AUC at most {ceiling[web].mean():.3f}, at most {np.mean(has[web]):.1%} called MT")

    # leave one source language out
    z_lang, _ = cross_val(X, y, w, langs, args.lam, nonneg)
    a_l, b_l = fit_platt(z_lang, y, w)
    p_lang = sigmoid(a_l * z_lang + b_l)
    p_lang = np.where(decisive, np.maximum(p_lang, DISCLAIMER_FLOOR), p_lang)
    t_lang = threshold_for(p_lang[clean], MAX_CLEAN_CALLED)
    report("leave one source language out", p_lang, y, web, mqm_mt, t_lang)
    wl = sorted(set(langs[web]))
    print("web pages called MT by held-out language: " + ", ".join(
        f"{l} {int((p_lang[web & (langs == l)] >= t_lang).sum())}/{int((web & (langs == l)).sum())}" for l in wl))

    # the model shipped: fit on everything, Platt on the held-out z, threshold on held-out p
    b0, beta = fit_logistic(X, y, w, args.lam, nonneg)
    threshold = t_site
    print(f"\n== shipped model ==\nweights fitted on every document; Platt a {a:.4f}, b {b:.4f} and threshold "
          f"{threshold:.4f} from the leave-one-site-out evidence (the fit's own intercept {b0:.4f} is not used)")
    print(f"p of a document with no finding: {sigmoid(b):.3f}; evidence needed to be called MT: "
          f"{(math.log(threshold / (1 - threshold)) - b) / a:.3f}")

    print("\nreliability (leave-one-site-out p): bin, documents, web MT, MQM MT, clean, "
          "share MT (documents), share MT (weighted as trained), mean p")
    bins = np.minimum((p_site * 10).astype(int), 9)
    for i in range(10):
        m = bins == i
        if not m.any():
            print(f"  {i / 10:.1f}-{(i + 1) / 10:.1f}  {0:5d}")
            continue
        ws = w[m].sum()
        wshare = (w[m] * y[m]).sum() / ws if ws > 0 else float("nan")
        print(f"  {i / 10:.1f}-{(i + 1) / 10:.1f}  {int(m.sum()):5d}  {int((m & web).sum()):4d}  {int((m & mqm_mt).sum()):5d}  "
              f"{int((m & clean).sum()):5d}  {y[m].mean():6.1%}  {wshare:6.1%}  {p_site[m].mean():.3f}")

    print("\nweights per kind (shipped), and how far each moves when one group is left out "
          "(largest change, which group; mean change over groups)")
    for j, k in enumerate(tkinds):
        deltas = {g: fits[g][1][j] - beta[j] for g in fits}
        gmax = max(deltas, key=lambda g: abs(deltas[g]))
        mean = np.mean([abs(d) for d in deltas.values()])
        nk_web = int((counts[k][web] > 0).sum())
        nk_clean = int((counts[k][clean] > 0).sum())
        nk_mqm = int((counts[k][mqm_mt] > 0).sum())
        print(f"  {k:15s} {beta[j]:7.3f}   max {deltas[gmax]:+.3f} ({gmax}), mean {mean:.3f}   "
              f"documents with the kind: web {nk_web}, MQM MT {nk_mqm}, clean {nk_clean}")
    d0 = {g: fits[g][0] - b0 for g in fits}
    g0 = max(d0, key=lambda g: abs(d0[g]))
    print(f"  {'(intercept)':15s} {b0:7.3f}   max {d0[g0]:+.3f} ({g0})")

    print("\nclean documents called MT (leave one site out), by group:")
    for g in sorted(set(groups[clean])):
        m = clean & (groups == g)
        print(f"  {g:22s} {int((p_site[m] >= t_site).sum()):3d}/{int(m.sum())}")
    print("\nweb pages (leave one site out): p, called, kinds found")
    for i in np.where(web)[0]:
        found = ", ".join(f"{k} {int(counts[k][i])}" for k, _ in order if counts[k][i] > 0)
        print(f"  {p_site[i]:.3f} {'MT ' if p_site[i] >= t_site else '-  '} {rows[i]['id']:55s} {found}")

    missed_kinds(rows, web, p_site, t_site)

    min_words = min_words_of(words)
    print(f"\nthin below {min_words} words (99% of the training documents are at least that long; "
          f"the shortest has {int(words.min())})")
    if args.write:
        write_weights(beta, tkinds, pkinds, dkinds, kinds, a, b, threshold, min_words, args)
        reference.write_golden()
        with open(REPORT, "w", encoding="utf-8") as f:
            f.write(f"# written by tools/score/train.py --write (lambda {args.lam}, MQM MT in training: "
                    f"{args.mqm_mt}, weights >= 0: {nonneg})\n")
            # (the lines naming the files written hold this checkout's path)
            f.write("".join(line for line in printed.text().splitlines(True) if not line.startswith("wrote ")))
        print(f"wrote {REPORT}")


class Tee:
    """Standard output that also keeps what was printed (the report --write saves: only
    figures, no temporary path, so the same scan gives the same file)."""

    def __init__(self, out):
        self.out, self.parts = out, []

    def write(self, text):
        self.parts.append(text)
        return self.out.write(text)

    def flush(self):
        self.out.flush()

    def text(self):
        return "".join(self.parts)


def min_words_of(words):
    """The length under which a text is too short for a verdict: the length 99% of the
    training documents reach (the few shorter ones are whole clean fixtures), rounded down to
    ten words. The weights, the calibration and the threshold were measured on documents this
    long; a shorter text without evidence has not been cleared, only not shown anything
    (lengths.py: from a web page's first 100 words the score calls a third fewer pages than
    from 300)."""
    return int(np.percentile(words, 1)) // 10 * 10


def editor_marks():
    """{document id: Counter(editor's kind)} from the web corpora's ARTIFACTS.tsv."""
    import data
    marked = collections.defaultdict(collections.Counter)
    for corpus in ["mtweb-dev", "mtweb-dev2"]:
        path = os.path.join(data.DATA, corpus, "ARTIFACTS.tsv")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            head = f.readline().rstrip("\n").split("\t")
            for line in f:
                r = dict(zip(head, line.rstrip("\n").split("\t")))
                if r.get("kind"):
                    marked[f"{corpus}/{r['file'][:-4]}"][r["kind"]] += 1
    return marked


# The editors' kinds (ARTIFACTS.tsv) and the evidence kind a rule finding them would feed.
EDITOR_KIND = {
    "calque": "calque", "idiom-person": "calque", "grammar-other": "grammar",
    "grammar-agreement": "grammar", "grammar-aux-verb": "grammar", "names": "names",
    "untranslated-fragment": "untranslated", "locale-date": "date-format",
    "locale-currency": "number-format", "punctuation": "stray-marks", "quotes": "quotes",
    "capitalization": "capitalization", "repetition": "repetition",
}


def what_if(rows, counts, web, spec, seed):
    """Raises the web pages' counts as if a rule found a share of what the editors marked:
    with `calque=0.5`, each calque marked on a page is found with probability 0.5 (seeded),
    and count[calque] becomes max(today's count, found). Clean documents are unchanged: the
    new rule is assumed to cry wolf no more than today's rules of that kind."""
    rng = np.random.default_rng(seed)
    marked = editor_marks()
    for item in spec:
        ekind, recall = item.split("=")
        kind = EDITOR_KIND[ekind]
        for i in np.where(web)[0]:
            found = rng.binomial(marked[rows[i]["id"]][ekind], float(recall))
            counts[kind][i] = max(counts[kind][i], found)


def missed_kinds(rows, web, p, t):
    """What the editors marked in the web pages the score misses: the kinds of evidence
    whose recall would move the score most (ARTIFACTS.tsv of each corpus)."""
    marked = editor_marks()
    missed = [rows[i]["id"] for i in np.where(web & (p < t))[0]]
    pages = collections.Counter()
    total = collections.Counter()
    for doc in missed:
        for kind, n in marked[doc].items():
            pages[kind] += 1
            total[kind] += n
    print(f"\nthe {len(missed)} web pages not called MT: kinds the editors marked in them "
          "(pages holding the kind, artifacts)")
    for kind, n in pages.most_common():
        print(f"  {kind:22s} {n:3d} pages  {total[kind]:4d} artifacts")


def write_weights(beta, tkinds, pkinds, dkinds, kinds, a, b, threshold, min_words, args):
    lines = [
        "# The weights of mtlint's document score (issue #21), written by tools/score/train.py --write.",
        "# Do not edit by hand: rerun the training (tools/score/README.md), which also gives the formula:",
        "#   e[k] = ln(1 + 1000 * count[k] / (words + pseudo_words))      per kind k",
        "#   s    = sum over translation kinds of weight[k] * e[k]",
        "#   p    = 1 / (1 + exp(-(platt_a * s + platt_b)))   (max disclaimer_floor with a decisive kind)",
        "#   machine_translated = p >= threshold, or a decisive kind was found",
        "#   thin = words < min_words: too short for the absence of evidence to mean anything",
        "#   page = 1 - exp(-sum over page kinds of e[k])   (reported apart, never in p)",
        f"# Trained with lambda {args.lam}, MQM MT in training: {args.mqm_mt}, weights >= 0: {not args.allow_negative}.",
        "# Rows, tab-separated: `param NAME VALUE`; `kind NAME SIGNAL WEIGHT` (signal translation, page",
        "# or decisive; only translation kinds have a weight); `rule RULE-ID KIND`; `category NAME KIND`",
        "# (a rule with no row of its own); `default KIND` (a rule whose category has no row either).",
        "# Lines starting with # are comments.",
        f"param\tpseudo_words\t{feat.PSEUDO_WORDS:g}",
        f"param\tplatt_a\t{a:.6f}",
        f"param\tplatt_b\t{b:.6f}",
        f"param\tthreshold\t{threshold:.6f}",
        f"param\tmin_words\t{min_words}",
        f"param\tdisclaimer_floor\t{DISCLAIMER_FLOOR}",
    ]
    lines += [f"kind\t{k}\ttranslation\t{wk:.6f}" for k, wk in zip(tkinds, beta)]
    lines += [f"kind\t{k}\tpage\t0" for k in pkinds]
    lines += [f"kind\t{k}\tdecisive\t0" for k in dkinds]
    lines += [f"rule\t{r}\t{k}" for r, k, _ in kinds if "/" in r]
    lines += [f"category\t{r[len('category:'):]}\t{k}" for r, k, _ in kinds if r.startswith("category:")]
    lines += [f"default\t{k}" for r, k, _ in kinds if r == "*"]
    with open(WEIGHTS, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"\nwrote {WEIGHTS}")


if __name__ == "__main__":
    main()
