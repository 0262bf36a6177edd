#!/usr/bin/env bash
# Runs every parity case through `sparkbook run` and compares stdout byte for byte with real PySpark's recording.
# Error cases (err_*) fail in their last cell: stdout up to that point is compared byte for byte, and the
# recorded first line of PySpark's exception message (expected/<case>.stderr.txt) must appear verbatim
# (grep -F) in Sparkbook's stderr, and the run must exit non-zero.
# Usage: tests/parity/check.sh [CASE...]   (SPARKBOOK=path/to/sparkbook; default .build/debug/sparkbook)
set -uo pipefail
cd "$(dirname "$0")/../.."
bin=${SPARKBOOK:-.build/debug/sparkbook}
passed=0; failed=0
if [ $# -gt 0 ]; then cases=(); for n in "$@"; do cases+=("tests/parity/cases/$n.py"); done
else cases=(tests/parity/cases/*.py); fi
for case in "${cases[@]}"; do
  name=$(basename "$case" .py)
  expected="tests/parity/expected/$name.txt"
  actual=$(mktemp)
  "$bin" run "$case" --cwd notebooks --quiet > "$actual" 2> "$actual.err"
  status=$?
  ok=1
  cmp -s "$expected" "$actual" || ok=0
  if [ -f "tests/parity/expected/$name.stderr.txt" ]; then
    [ "$status" -ne 0 ] || ok=0
    grep -qF -- "$(cat "tests/parity/expected/$name.stderr.txt")" "$actual.err" || ok=0
  fi
  if [ "$ok" -eq 1 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "parity case $name differs from PySpark:"; diff "$expected" "$actual" | head -40; head -20 "$actual.err"
    [ -f "tests/parity/expected/$name.stderr.txt" ] && echo "expected error: $(cat "tests/parity/expected/$name.stderr.txt")"
  fi
  rm -f "$actual" "$actual.err"
done
echo "parity: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
