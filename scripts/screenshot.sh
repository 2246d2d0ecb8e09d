#!/usr/bin/env bash
# Produces docs/screenshot.png: the main window on the demo account with a user selected.
# Builds fivetran-admin if needed, then runs it on the offscreen platform with FT_SCREENSHOT
# set: the window grabs itself once its data has arrived and quits.
#
#   scripts/screenshot.sh [OUTPUT.png]       (BUILD_DIR=... to use another build directory)
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${BUILD_DIR:-build}
out=${1:-docs/screenshot.png}

if [ ! -f "$build_dir/build.ninja" ]; then
    make configure BUILD_DIR="$build_dir"
fi
cmake --build "$build_dir" --target fivetran-admin -j "${JOBS:-2}"

mkdir -p "$(dirname "$out")"
# A throw-away settings directory: saved window sizes must not change the picture, and the
# picture must not change anyone's saved window.
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT

XDG_CONFIG_HOME="$config" XDG_RUNTIME_DIR="$config" QT_QPA_PLATFORM=offscreen \
    FT_SCREENSHOT="$out" "$build_dir/app/fivetran-admin" --demo
echo "screenshot: $out"
