#!/usr/bin/env bash
# Builds the hashing plugin with its own Package.swift and installs it as a plugin folder: DEST (default
# ~/.sparkbook/plugins/hashing) gets plugin.json and bin/sparkbook-hashing. Nothing of Sparkbook is rebuilt.
# Usage: plugins/examples/hashing/install.sh [DEST]   (CONFIGURATION=debug builds faster, runs slower)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../../swift/install.sh" "$here" sparkbook-hashing hashing "$@"
