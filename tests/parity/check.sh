#!/usr/bin/env bash
# Runs every parity case through `sparkbook run` and compares stdout byte for byte with real PySpark's recording.
set -uo pipefail
cd "$(dirname "$0")/../.."
bin=${SPARKBOOK:-.build/debug/sparkbook}
passed=0; failed=0
for case in tests/parity/cases/*.py; do
  name=$(basename "$case" .py)
  expected="tests/parity/expected/$name.txt"
  actual=$(mktemp)
  "$bin" run "$case" --cwd notebooks --quiet > "$actual" 2> "$actual.err"
  if cmp -s "$expected" "$actual"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "parity case $name differs from PySpark:"; diff "$expected" "$actual" | head -40; cat "$actual.err" | head -20
  fi
  rm -f "$actual" "$actual.err"
done
echo "parity: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
