#!/usr/bin/env bash
# Builds the sqlite plugin with its own Package.swift and installs it as a plugin folder: DEST (default
# ~/.sparkbook/plugins/sqlite) gets plugin.json and bin/sparkbook-sqlite. Nothing of Sparkbook is rebuilt.
# Usage: plugins/examples/sqlite/install.sh [DEST]   (CONFIGURATION=debug builds faster, runs slower)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../../swift/install.sh" "$here" sparkbook-sqlite sqlite "$@"
