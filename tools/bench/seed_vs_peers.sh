#!/usr/bin/env bash
# Issue 5's seed figure: the whole `sparkbook run` of the seed notebook (50k rows) against the DuckDB shell running
# the same two queries on the same file (limit 5, then the grouped count), and against PySpark running the notebook's
# code (optional: PYSPARK=/path/to/python with pyspark; 3 runs, it takes ~12 s each).
# Usage: tools/bench/seed_vs_peers.sh   (after `make bench` has built release and installed .venv-bench)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=.build/release/sparkbook
duck=.venv-bench/bin/duckdb
csv=notebooks/data/big_events_50k.csv
sql="SELECT * FROM read_csv('$csv', header=true) LIMIT 5; SELECT count(*) FROM (SELECT country, device, count(*), sum(amount) FROM read_csv('$csv', header=true) GROUP BY ALL);"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1 /proc/loadavg)"
hyperfine -N -w 5 -r 30 --export-json /tmp/seed_vs_peers.json \
  "$bin run --quiet notebooks/dynamic_allocation.ipynb" \
  "$duck -csv -c \"$sql\"" 2>&1 | grep -E "Benchmark|Time|±|faster" || true
if [ -n "${PYSPARK:-}" ]; then
  tmp=$(mktemp -d)
  "$PYSPARK" - "$tmp/seed.py" <<'PY'
import json, sys
nb = json.load(open("notebooks/dynamic_allocation.ipynb"))
code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
code = code.replace("display(", "print(").replace('"data/', '"notebooks/data/')
code = code.replace(".getOrCreate()", '.config("spark.ui.enabled", "false").getOrCreate()')
open(sys.argv[1], "w").write(code + "\nspark.stop()\n")
PY
  SPARK_LOCAL_IP=127.0.0.1 hyperfine -N -w 0 -r 3 "$PYSPARK $tmp/seed.py" 2>&1 | grep -E "Benchmark|Time|±" || true
  rm -rf "$tmp"
fi
