#!/usr/bin/env bash
# Runs every benchmark program built under BUILD_DIR/bench and prints their figures.
# Benchmarks never pass or fail on time; they print what they measured.
set -euo pipefail
build_dir=${1:-build}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
shopt -s nullglob
ran=0
for bench in "$build_dir"/bench/bench_*; do
    [ -x "$bench" ] && [ -f "$bench" ] || continue
    echo "== $(basename "$bench")"
    "$bench"
    echo
    ran=$((ran + 1))
done
if [ "$ran" -eq 0 ]; then
    echo "no benchmarks found under $build_dir/bench (run 'make build' first)" >&2
    exit 1
fi
