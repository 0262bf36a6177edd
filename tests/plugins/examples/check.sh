#!/usr/bin/env bash
# The example plugins (plugins/examples), installed as a user installs them into a plugins folder of their
# own (here a temporary one given with --plugins), then used by `sparkbook run` with nothing of Sparkbook rebuilt:
#  - sqlite: built from its own Package.swift by its install.sh; `plugins check` accepts it; pyarrow reads what
#    it answers a client speaking the protocol (check_sqlite_arrow.py, which also times it); sqlite.py reads
#    databases made by make_databases.py through it (types, nulls, a join, a query, a view, a glob of shards, and
#    the errors of a missing table, a database of many tables and a value its column cannot hold) and prints
#    exactly expected/sqlite.txt;
#  - hashing: Swift functions speaking protocol 2, built from its own Package.swift by its install.sh; `plugins
#    check` accepts it; check_hashing.py speaks protocols 2 and 1 to its binary and checks every function against
#    the published algorithm; hashing.py calls them from a notebook and prints exactly expected/hashing.txt;
#  - chart: its folder copied (its library with it), its Python the worker's (pyarrow); `plugins check` accepts
#    it; chart.py's display(df, kind=...) cells become image/svg+xml and text/plain outputs in the executed
#    .ipynb, which nbformat validates (check_chart.py), and the run's HTML report shows the SVGs.
# Usage: tests/plugins/examples/check.sh [--record]   (SPARKBOOK=.build/debug/sparkbook, PYTHON=.venv/bin/python;
# --record rewrites expected/sqlite.txt and expected/hashing.txt). CONFIGURATION=release builds the Swift plugins as
# their install.sh does by default.
set -uo pipefail
cd "$(dirname "$0")/../../.."
root=$(pwd)
bin=${SPARKBOOK:-.build/debug/sparkbook}
python=${PYTHON:-.venv/bin/python}
here=tests/plugins/examples
passed=0; failed=0
pass() { passed=$((passed + 1)); echo "ok    $1"; }
fail() { failed=$((failed + 1)); echo "FAIL  $1"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
plugins="$work/plugins"

# A Swift example: built by its install.sh into the plugins folder, then `plugins check`.
install_swift_plugin() {
  local started; started=$(date +%s)
  if CONFIGURATION=${CONFIGURATION:-debug} "plugins/examples/$1/install.sh" "$plugins/$1" > "$work/build.log" 2>&1; then
    pass "$1 plugin built and installed in $(( $(date +%s) - started ))s"
  else
    fail "$1 plugin build:"; tail -30 "$work/build.log"
  fi
  if "$bin" plugins check "$plugins/$1" > "$work/check.txt" 2>&1; then pass "plugins check $1"; sed 's/^/      /' "$work/check.txt"
  else fail "plugins check $1:"; cat "$work/check.txt"; fi
}

# Runs NOTEBOOK through the plugins and compares what it prints with expected/NAME.txt.
expect_notebook() {
  local name=$1 notebook=$2
  "$bin" run "$notebook" --plugins "$plugins" --allow-errors --quiet > "$work/$name.txt" 2>&1
  # The folder and each failed cell's time vary from run to run.
  sed -i -e "s#$work#\$WORK#g" -e 's/\] failed in [0-9.]*s$/] failed in Ns/' "$work/$name.txt"
  if [ "${record:-}" = 1 ]; then cp "$work/$name.txt" "$here/expected/$name.txt"; echo "recorded $here/expected/$name.txt"; fi
  if cmp -s "$here/expected/$name.txt" "$work/$name.txt"; then pass "$name.py through the plugin prints expected/$name.txt"
  else fail "$name.py differs from expected/$name.txt:"; diff "$here/expected/$name.txt" "$work/$name.txt" | head -60; fi
}
[ "${1:-}" = --record ] && record=1

install_swift_plugin sqlite

"$python" "$here/make_databases.py" "$work/data"
if plugins/python/.venv/bin/python "$here/check_sqlite_arrow.py" "$plugins/sqlite/bin/sparkbook-sqlite" "$work/data/shop.db"; then
  pass "the plugin's Arrow stream, read by pyarrow"
else fail "the plugin's Arrow stream, read by pyarrow"; fi
cp "$here/sqlite.py" "$work/data/"
expect_notebook sqlite "$work/data/sqlite.py"

# hashing: the protocol check, then the notebook.
install_swift_plugin hashing
if plugins/python/.venv/bin/python "$here/check_hashing.py" "$plugins/hashing/bin/sparkbook-hashing"; then
  pass "the hashing plugin's answers, in protocols 2 and 1, equal the published algorithms"
else fail "the hashing plugin's answers"; fi
expect_notebook hashing "$here/hashing.py"

# chart: copy (the library's symlink followed), its Python the worker's venv.
mkdir -p "$plugins"
cp -rL plugins/examples/chart "$plugins/chart"
ln -s "$root/plugins/python/.venv" "$plugins/chart/.venv"
if "$bin" plugins check "$plugins/chart" > "$work/check.txt" 2>&1; then pass "plugins check chart"
else fail "plugins check chart:"; cat "$work/check.txt"; fi
if "$bin" run "$here/chart.py" --plugins "$plugins" -o "$work/chart.ipynb" --report "$work/chart.html" --quiet > "$work/chart.txt" 2>&1; then
  pass "chart.py ran"
else
  fail "chart.py failed:"; tail -30 "$work/chart.txt"
fi
if "$python" "$here/check_chart.py" "$work/chart.ipynb" "$work/chart.html" "$work/chart.txt"; then pass "chart outputs: SVG and text in a valid .ipynb, SVG in the report"
else fail "chart outputs"; fi

echo "example plugins: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
