#!/usr/bin/env bash
# clang-tidy (.clang-tidy) over the project's own sources, read from the build's
# compile_commands.json. Usage: scripts/tidy.sh BUILD_DIR [JOBS]. Fails on any warning.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
jobs=${2:-2}
if [ ! -f "$build/compile_commands.json" ]; then
    echo "error: $build/compile_commands.json is missing (configure with make configure)" >&2
    exit 2
fi
runner=$(command -v run-clang-tidy || command -v run-clang-tidy-14 || true)
if [ -z "$runner" ]; then
    echo "error: run-clang-tidy is not installed (make deps installs clang-tidy)" >&2
    exit 2
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Only the libraries and the app, anchored at the source root: tests/ui, tests/sandbox and the
# like follow the compiler's warnings (and their .moc files exist only in a built tree).
"$runner" -quiet -p "$build" -j "$jobs" "^$PWD/(api|models|ui|sandbox|app)/[^/]*\.cpp\$" 2>/dev/null \
    | tee "$log" | grep -E 'warning:|error:' || true
if grep -qE '^[^ ]+:[0-9]+:[0-9]+: (warning|error):' "$log"; then
    echo "tidy: $(grep -cE '^[^ ]+:[0-9]+:[0-9]+: (warning|error):' "$log") finding(s)" >&2
    exit 1
fi
echo "tidy: no findings"
