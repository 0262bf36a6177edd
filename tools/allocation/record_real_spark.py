"""Records what real Spark does with each allocation scenario: runs every notebook of tests/allocation/scenarios
through `sparkbook run --engine spark` (a real PySpark driver on the scenario's local-cluster master, with
executor JVMs) and keeps, per scenario, the application's event log, its allocation log (ExecutorAllocationManager
at DEBUG, milliseconds in the time) and the notebook's stdout under tests/allocation/recorded/NAME/, plus a
recording.json saying when, where and with which Spark and Java it was recorded.

    python3 tools/allocation/record_real_spark.py --sparkbook .build/release/sparkbook \
        --spark-python .venv-pyspark/bin/python [SCENARIO ...]

Record on a quiet machine: executor JVMs start in 2-4 s there, and the embedded engine's local-cluster profile
is measured against those start-up times (tests/allocation/README.md). Real Spark stays on loopback
(SPARK_LOCAL_IP=127.0.0.1, the notebooks turn the UI off); `sparkbook` stops the driver's process group itself.
"""
import argparse
import datetime
import glob
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCENARIOS = os.path.join(ROOT, "tests", "allocation", "scenarios")
RECORDED = os.path.join(ROOT, "tests", "allocation", "recorded")


def java_version():
    out = subprocess.run(["java", "-version"], capture_output=True, text=True)
    return (out.stderr or out.stdout).splitlines()[0] if (out.stderr or out.stdout) else "unknown"


def pyspark_version(python):
    out = subprocess.run([python, "-c", "import pyspark; print(pyspark.__version__)"], capture_output=True, text=True)
    return out.stdout.strip() or "unknown"


def record(name, sparkbook, python, out_root):
    notebook = os.path.join(SCENARIOS, name + ".py")
    with tempfile.TemporaryDirectory(prefix="sparkbook-alloc-") as tmp:
        events = os.path.join(tmp, "events")
        os.makedirs(events)
        env = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1", SPARKBOOK_SPARK_PYTHON=python)
        load_before = os.getloadavg()
        run = subprocess.run([sparkbook, "run", notebook, "--engine", "spark", "--event-log", events],
                             capture_output=True, text=True, env=env, timeout=600)
        if run.returncode != 0:
            sys.stderr.write(run.stdout + run.stderr)
            raise SystemExit(f"{name}: sparkbook run --engine spark failed with status {run.returncode}")
        logs = [p for p in os.listdir(events) if not p.endswith(".allocation.log")]
        allocation = glob.glob(os.path.join(events, "*.allocation.log"))
        if len(logs) != 1 or len(allocation) != 1:
            raise SystemExit(f"{name}: expected one event log and one allocation log in {events}, found {os.listdir(events)}")
        target = os.path.join(out_root, name)
        shutil.rmtree(target, ignore_errors=True)
        os.makedirs(target)
        source = os.path.join(events, logs[0])
        if os.path.isdir(source):
            shutil.copytree(source, os.path.join(target, logs[0]))
        else:
            shutil.copy2(source, target)
        shutil.copy2(allocation[0], target)
        with open(os.path.join(target, "stdout.txt"), "w") as f:
            f.write(run.stdout)
        meta = {
            "scenario": name,
            "recorded": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": f"{platform.node()} {os.cpu_count()} cores, {platform.machine()}, {platform.release()}",
            "load average before / after": [round(x, 2) for x in load_before] + [round(x, 2) for x in os.getloadavg()],
            "pyspark": pyspark_version(python),
            "java": java_version(),
            "command": f"sparkbook run tests/allocation/scenarios/{name}.py --engine spark --event-log DIR",
        }
        with open(os.path.join(target, "recording.json"), "w") as f:
            json.dump(meta, f, indent=2)
            f.write("\n")
        print(f"{name}: recorded ({logs[0]}), load {meta['load average before / after']}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sparkbook", default=os.path.join(ROOT, ".build", "release", "sparkbook"))
    parser.add_argument("--spark-python", default=os.path.join(ROOT, ".venv-pyspark", "bin", "python"))
    parser.add_argument("--out", default=RECORDED)
    parser.add_argument("scenarios", nargs="*")
    args = parser.parse_args()
    names = args.scenarios or sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(SCENARIOS, "*.py")))
    for name in names:
        record(name, args.sparkbook, args.spark_python, args.out)


if __name__ == "__main__":
    main()
