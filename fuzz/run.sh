#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 15), seeded with the
# fixtures and the regression inputs in fuzz/regressions/, with the dictionary
# of artifact fragments. Needs a nightly toolchain and cargo-fuzz; prints the
# executions per target. A crash leaves its input in fuzz/artifacts/TARGET/.
#
#   fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-15}
shift || true
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    targets=(scan scan_markdown scan_html fix)
fi
cargo +nightly fuzz build -O >/dev/null
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t"
    log=$(mktemp)
    if ! cargo +nightly fuzz run -O "$t" "corpus/$t" ../fixtures/mt ../fixtures/clean regressions -- \
        -dict=mtlint.dict -max_total_time="$seconds" -max_len=8192 -timeout=10 \
        -print_final_stats=1 >"$log" 2>&1; then
        tail -40 "$log"
        echo "fuzz: $t FAILED (input in fuzz/artifacts/$t/)"
        exit 1
    fi
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    echo "fuzz: $t ok, $execs executions in ${seconds}s"
    rm -f "$log"
done
