#!/usr/bin/env bash
# The benches of two trees side by side: issue #18's six benches of an older
# tree's bench binary and of this tree's, alternating, ROUNDS rounds (default
# 3), then each bench's median over the rounds of divan's median.
#
#   benches/against.sh OLD_BENCH_BINARY [RULES_FILE]
#
# OLD_BENCH_BINARY is target/release/deps/scan-HASH of the other tree (build it
# there with `cargo bench --bench scan --no-run`). With RULES_FILE, this tree's
# benches run that rule set (MTLINT_BENCH_RULES), e.g. benches/rules-3c4b277.txt
# against 3c4b277's binary: the same rules on both sides. A machine doing
# nothing else gives figures worth comparing. BENCHES="a b" runs only those.
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1
rules=${2:-}
rounds=${ROUNDS:-3}
new=$(cargo bench --bench scan --no-run --message-format=json 2>/dev/null |
    sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -1)
benches=${BENCHES:-"scan_clean_news scan_dense_artifacts scan_markdown scan_html first_scan_small scan_one_line_10mb"}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# the line divan prints for one bench: name, fastest, slowest, median, ...
median_line() {
    grep -E "[├╰]─ $2 " "$1" || true
}
for round in $(seq 1 "$rounds"); do
    for bench in $benches; do
        "$old" --bench "$bench" >"$out/run" 2>&1 || true
        median_line "$out/run" "$bench" >"$out/old.$bench.$round"
        MTLINT_BENCH_RULES=$rules "$new" --bench "$bench" >"$out/run" 2>&1 || true
        median_line "$out/run" "$bench" >"$out/new.$bench.$round"
    done
done
python3 - "$out" "$rounds" $benches <<'PY'
import re, statistics, sys
out, rounds, benches = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
unit = {"ns": 1e-3, "µs": 1.0, "us": 1.0, "ms": 1e3, "s": 1e6}
def median(side, bench):
    found = []
    for r in range(1, rounds + 1):
        cols = open(f"{out}/{side}.{bench}.{r}").read().split("│")
        m = re.match(r"\s*([\d.]+)\s*(\S+)", cols[2]) if len(cols) > 2 else None
        if m:
            found.append(float(m.group(1)) * unit[m.group(2)])
    return statistics.median(found) if found else None
print(f"{'bench (median, us)':24} {'old':>12} {'new':>12} {'change':>8}")
for bench in benches:
    o, n = median("old", bench), median("new", bench)
    if o is None or n is None:
        print(f"{bench:24} missing")
        continue
    print(f"{bench:24} {o:12.2f} {n:12.2f} {100 * (n - o) / o:+7.1f}%")
PY
