#!/usr/bin/env bash
# Start-up of `sparkbook repl`: launch to a ready session, measured with empty input (`< /dev/null`), which
# builds everything the prompt needs (plugins, interpreter, session) and then exits at end of input.
# Target: under 20 ms. Usage: tools/bench/repl_startup.sh [path/to/sparkbook]   (default: .build/release, else debug)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${1:-}"
if [ -z "$bin" ]; then
  if [ -x .build/release/sparkbook ]; then bin=.build/release/sparkbook; else bin=.build/debug/sparkbook; fi
fi
[ -x "$bin" ] || { echo "no sparkbook binary at $bin: run swift build first" >&2; exit 2; }
export SPARKBOOK_HISTORY="$(mktemp)"
trap 'rm -f "$SPARKBOOK_HISTORY"' EXIT
echo "binary: $bin" >&2
if command -v hyperfine >/dev/null 2>&1; then
  # The shell hyperfine spawns is measured and subtracted (hyperfine 1.15 has no --input).
  hyperfine --warmup 5 --runs 50 "$bin repl < /dev/null"
else
  runs=50
  "$bin" repl < /dev/null  # warm the page cache
  start=$(date +%s%N)
  for _ in $(seq $runs); do "$bin" repl < /dev/null; done
  end=$(date +%s%N)
  echo "mean: $(( (end - start) / runs / 1000 )) us over $runs runs (launch to end of input)"
fi
