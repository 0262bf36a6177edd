#!/usr/bin/env bash
# Builds the hashing plugin with its own Package.swift and installs it as a plugin folder: DEST (default
# ~/.sparkbook/plugins/hashing) gets plugin.json and bin/sparkbook-hashing. Nothing of Sparkbook is rebuilt.
# Usage: plugins/examples/hashing/install.sh [DEST]   (CONFIGURATION=debug builds faster, runs slower)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="${1:-$HOME/.sparkbook/plugins/hashing}"
config="${CONFIGURATION:-release}"
flags=(--package-path "$here" -c "$config")
# A release build carries the Swift runtime inside, so the plugin starts fast and runs without a toolchain.
[ "$config" = release ] && flags+=(--static-swift-stdlib)
swift build "${flags[@]}" --product sparkbook-hashing
bin="$(swift build "${flags[@]}" --show-bin-path)"
mkdir -p "$dest/bin"
cp "$here/plugin.json" "$dest/plugin.json"
cp "$bin/sparkbook-hashing" "$dest/bin/sparkbook-hashing"
echo "installed the hashing plugin in $dest"
