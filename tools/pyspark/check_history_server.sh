#!/usr/bin/env bash
# Checks that a real Spark History Server (from pip pyspark) lists and opens Sparkbook event logs.
#
#   tools/pyspark/check_history_server.sh EVENT_LOG_DIR
#
# Starts the server on 127.0.0.1 (port $HS_PORT, default 18080) reading EVENT_LOG_DIR, waits until every
# event log file there is listed under /api/v1/applications, checks that each application has executors and
# jobs, prints a summary, and stops the server. Exit status 0 only if every log was listed and opened.
# Manual check, not part of `make test`. Needs the venv at $PYENV (default /work/pyenv-rec) and Java 17.
set -euo pipefail

if [[ $# -ne 1 || ! -d "$1" ]]; then
  echo "usage: $0 EVENT_LOG_DIR" >&2
  exit 2
fi
LOG_DIR=$(cd "$1" && pwd)
PYENV=${PYENV:-/work/pyenv-rec}
PY="$PYENV/bin/python"
PORT=${HS_PORT:-18080}

SPARK_HOME=$("$PY" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')
WORK=$(mktemp -d)
export SPARK_HOME SPARK_LOCAL_IP=127.0.0.1 SPARK_LOG_DIR="$WORK/logs" SPARK_PID_DIR="$WORK/pids"
export SPARK_IDENT_STRING="sparkbook-check-$$"
export SPARK_HISTORY_OPTS="-Dspark.history.fs.logDirectory=file://$LOG_DIR -Dspark.history.ui.port=$PORT \
 -Dspark.history.fs.update.interval=1s -Dspark.ui.enabled=true"

stop_server() {
  "$SPARK_HOME/sbin/stop-history-server.sh" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap stop_server EXIT

"$SPARK_HOME/sbin/start-history-server.sh" >/dev/null
BASE="http://127.0.0.1:$PORT/api/v1"

"$PY" - "$BASE" "$LOG_DIR" "$SPARK_LOG_DIR" <<'PYEOF'
import json, os, sys, time, urllib.request

base, log_dir, server_logs = sys.argv[1:4]
expected = sorted(f.removesuffix(".inprogress") for f in os.listdir(log_dir) if not f.startswith("."))

def get(path):
    with urllib.request.urlopen(base + path, timeout=5) as response:
        return json.load(response)

apps = []
deadline = time.time() + 90
while time.time() < deadline:
    try:
        apps = get("/applications")
        if sorted(a["id"] for a in apps) == expected:
            break
    except Exception:
        pass
    time.sleep(1)

listed = {a["id"]: a for a in apps}
failures = []
for app_id in expected:
    if app_id not in listed:
        failures.append(f"{app_id}: not listed by the History Server")
        continue
    app = listed[app_id]
    attempt = app["attempts"][-1]
    executors = get(f"/applications/{app_id}/allexecutors")
    jobs = get(f"/applications/{app_id}/jobs")
    stages = get(f"/applications/{app_id}/stages")
    workers = [e for e in executors if e["id"] != "driver"] or executors
    removed = [e for e in workers if not e["isActive"]]
    print(f"{app_id}  '{app['name']}'  completed={attempt['completed']}  executors={len(workers)} "
          f"(removed {len(removed)})  jobs={len(jobs)}  stages={len(stages)}  "
          f"tasks={sum(s['numCompleteTasks'] for s in stages)}")
    for e in removed:
        print(f"    executor {e['id']} removed: {e.get('removeReason')}")
    if not workers:
        failures.append(f"{app_id}: no executors")
    if not jobs:
        failures.append(f"{app_id}: no jobs")

if failures:
    print("FAILED:\n  " + "\n  ".join(failures), file=sys.stderr)
    for name in os.listdir(server_logs):
        print(open(os.path.join(server_logs, name)).read()[-4000:], file=sys.stderr)
    sys.exit(1)
print(f"OK: the History Server lists and opens {len(expected)} application(s).")
PYEOF
