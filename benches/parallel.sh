#!/usr/bin/env bash
# How much `mtlint check -j 2` gains over `-j 1` on a directory, next to what
# this machine gives two independent processes (its ceiling: on a shared VM,
# two cores rarely give twice the speed).
#
#   benches/parallel.sh DIR [ROUNDS]      (ROUNDS alternating rounds, default 15)
#
# Each round times, one after the other: `-j 1` and `-j 2` on DIR; then the
# files of DIR in two halves, checked by two `-j 1` processes one after the
# other and both at once. Prints the medians and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: benches/parallel.sh DIR [ROUNDS]}
rounds=${2:-15}
cargo build --release --quiet
exec python3 - "$PWD/target/release/mtlint" "$dir" "$rounds" <<'PY'
import os, statistics as st, subprocess, sys, time

mtlint, root, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs)
halves = [files[: len(files) // 2], files[len(files) // 2 :]]
quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}

def timed(run):
    start = time.perf_counter()
    run()
    return time.perf_counter() - start

def check(j, paths):
    return lambda: subprocess.run([mtlint, "check", "-j", str(j), "--format", "brief", *paths], **quiet)

def both_at_once():
    procs = [subprocess.Popen([mtlint, "check", "-j", "1", "--format", "brief", *h], **quiet) for h in halves]
    for p in procs:
        p.wait()

def one_after_the_other():
    for h in halves:
        check(1, h)()

t = {"j1": [], "j2": [], "seq": [], "conc": []}
for _ in range(rounds):
    t["j1"].append(timed(check(1, [root])))
    t["j2"].append(timed(check(2, [root])))
    t["seq"].append(timed(one_after_the_other))
    t["conc"].append(timed(both_at_once))

def ratios(a, b):
    r = [x / y for x, y in zip(t[a], t[b])]
    q = st.quantiles(r, n=4)
    return f"median {st.median(r):.2f} (quartiles {q[0]:.2f} / {q[2]:.2f})"

ms = lambda k: st.median(t[k]) * 1e3
print(f"{len(files)} files, {rounds} rounds")
print(f"mtlint -j 1 / -j 2:         {ms('j1'):7.1f} / {ms('j2'):7.1f} ms   ratio {ratios('j1', 'j2')}")
print(f"two processes, in turn / at once: {ms('seq'):7.1f} / {ms('conc'):7.1f} ms   ratio {ratios('seq', 'conc')}")
PY
