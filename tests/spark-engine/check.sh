#!/usr/bin/env bash
# `--engine spark` against the embedded engine: a small notebook (parameters, show(), display(), %sql, a skipped
# cell, values) run on both, on real Spark local[2], must record the same outputs; a failing cell must stop the
# run with exit status 1 and Python's error in the notebook. Needs Java and a PySpark (SPARKBOOK_SPARK_PYTHON,
# default .venv-pyspark); without them the phase says so and is skipped. Then `--timeline` and `--report` on
# local-cluster[2,1,1024] with dynamic allocation: the executors' timeline read from the run's event log and
# allocation log shows executors requested (tasks backlogged) and added; the report has jobs, executors, cells.
set -euo pipefail
bin=${SPARKBOOK:-.build/debug/sparkbook}
py=${PYTHON:-.venv/bin/python}
export SPARKBOOK_SPARK_PYTHON=${SPARKBOOK_SPARK_PYTHON:-$PWD/.venv-pyspark/bin/python}
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then :; elif ! command -v java > /dev/null; then
  echo "phase summary: skipped: no Java on this machine (install openjdk-17-jre-headless to run the spark engine checks)"
  exit 0
fi
if [ ! -x "$SPARKBOOK_SPARK_PYTHON" ]; then
  echo "phase summary: skipped: no PySpark at $SPARKBOOK_SPARK_PYTHON (make deps, or set SPARKBOOK_SPARK_PYTHON)"
  exit 0
fi
export SPARK_LOCAL_IP=127.0.0.1
spark=(--engine spark --master 'local[2]' --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1
       --conf spark.driver.bindAddress=127.0.0.1)
here=tests/spark-engine
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
check() { if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi; }

same_outputs() {
  "$bin" run "$here/small.ipynb" -p n 7 --quiet --output "$tmp/embedded.ipynb" > "$tmp/embedded.txt"
  "$bin" run "$here/small.ipynb" -p n 7 --quiet "${spark[@]}" --output "$tmp/spark.ipynb" > "$tmp/spark.txt" 2> "$tmp/spark.err" \
    || { echo "the spark run failed:"; cat "$tmp/spark.err"; return 1; }
  "$py" tools/notebook/validate.py "$tmp/spark.ipynb" || return 1
  "$py" "$here/compare.py" "$tmp/embedded.ipynb" "$tmp/spark.ipynb" || return 1
  cmp "$tmp/embedded.txt" "$tmp/spark.txt" || { diff "$tmp/embedded.txt" "$tmp/spark.txt" | head -20; return 1; }
  echo "same outputs on both engines"
}

failing_cell_stops() {
  cat > "$tmp/broken.py" <<'PY'
# %%
print("before")

# %%
def ratio(a, b):
    return a / b

ratio(1, 0)

# %%
print("never")
PY
  if "$bin" run "$tmp/broken.py" --quiet "${spark[@]}" --output "$tmp/broken.ipynb" > /dev/null 2> "$tmp/broken.err"; then
    echo "a failing notebook exited 0 on the spark engine"; return 1
  fi
  grep -q 'ZeroDivisionError: division by zero' "$tmp/broken.err" || { echo "no Python error on stderr"; cat "$tmp/broken.err"; return 1; }
  "$py" tools/notebook/validate.py "$tmp/broken.ipynb" || return 1
  "$py" - "$tmp/broken.ipynb" <<'PY'
import json, sys
cells = [c for c in json.load(open(sys.argv[1]))["cells"] if c["cell_type"] == "code"]
assert cells[0]["outputs"][0]["text"] == ["before\n"], cells[0]["outputs"]
error = cells[1]["outputs"][0]
assert error["output_type"] == "error" and error["ename"] == "ZeroDivisionError", error
assert any("line 2, in ratio" in line for line in error["traceback"]), error["traceback"]
assert cells[2]["outputs"] == [], cells[2]["outputs"]
PY
  echo "a failing cell stops the run"
}

timeline_with_causes() {
  cat > "$tmp/grow.py" <<'PY'
# %%
import time
n = spark.sparkContext.parallelize(range(6), 6).map(lambda x: time.sleep(1.5) or x).count()
print(n)

# %%
time.sleep(3)
PY
  local cluster=(--engine spark --master 'local-cluster[2,1,1024]' --conf spark.ui.enabled=false
                 --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1
                 --conf spark.dynamicAllocation.enabled=true --conf spark.dynamicAllocation.shuffleTracking.enabled=true
                 --conf spark.dynamicAllocation.minExecutors=0 --conf spark.dynamicAllocation.initialExecutors=0
                 --conf spark.dynamicAllocation.maxExecutors=2 --conf spark.dynamicAllocation.executorIdleTimeout=2s
                 --conf spark.dynamicAllocation.schedulerBacklogTimeout=1s)
  "$bin" run "$tmp/grow.py" --quiet "${cluster[@]}" --timeline --report "$tmp/grow.html" > "$tmp/grow.txt" 2> "$tmp/grow.err" \
    || { echo "the local-cluster run failed:"; cat "$tmp/grow.err"; return 1; }
  grep -q '^6$' "$tmp/grow.txt" || { echo "no count printed"; cat "$tmp/grow.txt"; return 1; }
  grep -q 'added executor' "$tmp/grow.err" || { echo "the timeline shows no executor added:"; cat "$tmp/grow.err"; return 1; }
  grep -q 'backlogged' "$tmp/grow.err" || { echo "the timeline shows no request with its cause:"; cat "$tmp/grow.err"; return 1; }
  grep -q '<h2>Executors</h2>' "$tmp/grow.html" && grep -q '<h2>Jobs</h2>' "$tmp/grow.html" \
    && grep -q '<h2>Notebook</h2>' "$tmp/grow.html" \
    || { echo "the report lacks the jobs, the executors or the cells"; return 1; }
  echo "--timeline on local-cluster shows executors requested with their cause and added"
}

# `--remote sc://HOST:PORT`: the same cells against the Spark Connect server PySpark ships (sbin/start-connect-server.sh,
# bound to 127.0.0.1 on a free port), stopped by its pid afterwards.
remote_connect() {
  local home port pids
  home=$("$SPARKBOOK_SPARK_PYTHON" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')
  "$SPARKBOOK_SPARK_PYTHON" -c 'import grpc' 2> /dev/null || { echo "no grpc in $SPARKBOOK_SPARK_PYTHON (make deps)"; return 1; }
  port=$("$SPARKBOOK_SPARK_PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  pids="$tmp/connect-pid"
  mkdir -p "$pids" "$tmp/connect-logs"
  SPARK_HOME=$home SPARK_PID_DIR=$pids SPARK_LOG_DIR="$tmp/connect-logs" bash "$home/sbin/start-connect-server.sh" \
    --conf spark.connect.grpc.binding.address=127.0.0.1 --conf spark.connect.grpc.binding.port="$port" \
    --conf spark.ui.enabled=false > /dev/null
  local up=0
  for _ in $(seq 1 120); do
    if grep -qs "Spark Connect server started" "$tmp"/connect-logs/*.out; then up=1; break; fi
    sleep 1
  done
  cat > "$tmp/remote.py" <<'PY'
# %%
from pyspark.sql import SparkSession, functions as F
spark = SparkSession.builder.appName("remote-check").getOrCreate()
# %%
spark.range(10).withColumn("k", F.col("id") % 3).groupBy("k").count().orderBy("k").show()
# %%
print(type(spark).__module__)
PY
  local status=0
  if [ "$up" -eq 1 ]; then
    "$bin" run "$tmp/remote.py" --quiet --remote "sc://127.0.0.1:$port" > "$tmp/remote.txt" 2> "$tmp/remote.err" || status=1
  else
    echo "the Connect server did not start:"; tail -5 "$tmp"/connect-logs/*.out; status=1
  fi
  kill "$(cat "$pids"/*.pid)" 2> /dev/null
  for _ in $(seq 1 30); do pgrep -f "binding.port=$port" > /dev/null || break; sleep 1; done
  [ "$status" -eq 0 ] || { echo "the --remote run failed:"; tail -20 "$tmp/remote.err"; return 1; }
  grep -q '^|  0|    4|$' "$tmp/remote.txt" && grep -q '^pyspark.sql.connect.session$' "$tmp/remote.txt" \
    || { echo "unexpected --remote output:"; cat "$tmp/remote.txt"; return 1; }
  echo "--remote runs the cells on a Spark Connect server (a pyspark.sql.connect session)"
}

check same_outputs
check failing_cell_stops
check timeline_with_causes
check remote_connect
echo "spark engine checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
