"""How long real Spark's executors took to start in the allocation recordings: for each executor requested under
backlog, the time from the request (the allocation log's `Requesting N new executors` line) to its
`SparkListenerExecutorAdded` event, and the initial executors' time from the application's start. The embedded
engine's `local-cluster` start-up time (`ClusterManagerProfile`, `sparkbook.executor.startupTime`) is set from
these figures.

    python3 tools/allocation/startup_latency.py tests/allocation/recorded/*/
"""
import glob
import json
import os
import re
import statistics
import subprocess
import sys
from datetime import datetime, timezone

REQUEST = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) .*Requesting (\d+) new executor")


def events(folder):
    for path in sorted(glob.glob(os.path.join(folder, "eventlog_v2_*", "events_*")) + glob.glob(os.path.join(folder, "app-*"))):
        if path.endswith(".allocation.log") or os.path.isdir(path):
            continue
        data = subprocess.run(["zstd", "-dc", path], capture_output=True).stdout if path.endswith(".zstd") else open(path, "rb").read()
        for line in data.decode().splitlines():
            if line.strip():
                yield json.loads(line)


def main(folders):
    initial, requested = [], []
    for folder in folders:
        start, added = None, []
        for e in events(folder):
            if e["Event"] == "SparkListenerApplicationStart":
                start = e["Timestamp"]
            elif e["Event"] == "SparkListenerExecutorAdded":
                added.append(e["Timestamp"])
        requests = []
        for log in glob.glob(os.path.join(folder, "*.allocation.log")):
            for line in open(log):
                if m := REQUEST.match(line):
                    t = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=timezone.utc).timestamp()
                    requests += [int(t * 1000)] * int(m.group(2))
        added.sort()
        first = [a for a in added if not requests or a < requests[0]]
        initial += [(a - start) / 1000 for a in first]
        later = added[len(first):]
        requested += [(a - r) / 1000 for r, a in zip(requests, later)]
        print(f"{os.path.basename(folder.rstrip('/'))}: initial {[(a - start) / 1000 for a in first]}, "
              f"after a request {[(a - r) / 1000 for r, a in zip(requests, later)]}")
    for name, values in (("initial executors, from the application's start", initial),
                         ("executors requested under backlog, from the request", requested)):
        if values:
            print(f"{name}: median {statistics.median(values):.2f} s, range {min(values):.2f}-{max(values):.2f} s, n={len(values)}")


if __name__ == "__main__":
    main(sys.argv[1:])
