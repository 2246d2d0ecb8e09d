#!/usr/bin/env bash
# The house format (.clang-format) over every C++ file of the tree.
#   scripts/format.sh          rewrites the files
#   scripts/format.sh --check  changes nothing; lists the files that differ and fails if any do
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v clang-format >/dev/null 2>&1; then
    echo "error: clang-format is not installed (make deps installs it)" >&2
    exit 2
fi

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
else
    mapfile -t files < <(find api app bench fuzz models sandbox tests ui \
        -name '*.cpp' -o -name '*.h' | sort)
fi

if [ "${1:-}" = "--check" ]; then
    bad=()
    for f in "${files[@]}"; do
        if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
            bad+=("$f")
        fi
    done
    if [ ${#bad[@]} -gt 0 ]; then
        echo "These files differ from .clang-format (run 'make format'):" >&2
        printf '  %s\n' "${bad[@]}" >&2
        exit 1
    fi
    echo "format-check: ${#files[@]} files match .clang-format"
    exit 0
fi

clang-format -i "${files[@]}"
