#!/usr/bin/env bash
# Builds a Swift plugin with its own Package.swift and installs it as a plugin folder: DEST (default
# ~/.sparkbook/plugins/NAME) gets its plugin.json and bin/PRODUCT. Nothing of Sparkbook is rebuilt. Each example's
# install.sh calls this with its folder, product and name.
# Usage: plugins/swift/install.sh PLUGIN_DIR PRODUCT NAME [DEST]   (CONFIGURATION=debug builds faster, runs slower)
set -euo pipefail
here="$(cd "$1" && pwd)"
product="$2"
name="$3"
dest="${4:-$HOME/.sparkbook/plugins/$name}"
config="${CONFIGURATION:-release}"
flags=(--package-path "$here" -c "$config")
# A release build carries the Swift runtime inside, so the plugin starts fast and runs without a toolchain.
[ "$config" = release ] && flags+=(--static-swift-stdlib)
swift build "${flags[@]}" --product "$product"
bin="$(swift build "${flags[@]}" --show-bin-path)"
mkdir -p "$dest/bin"
cp "$here/plugin.json" "$dest/plugin.json"
cp "$bin/$product" "$dest/bin/$product"
echo "installed the $name plugin in $dest"
