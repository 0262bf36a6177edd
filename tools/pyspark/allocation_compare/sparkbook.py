"""Record Sparkbook's allocation decisions for the same settings real_spark.py uses.

Runs tests/allocation/sparkbook_local_cluster.py with `sparkbook run --timeline` and
keeps the ExecutorAllocationManager lines of the timeline's allocation log (stderr),
in the same recording format as real_spark.py.

Usage: python sparkbook.py [SPARKBOOK_BINARY] [OUTPUT.txt]
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from real_spark import MASTER, settings_line, write_recording  # noqa: E402

NOTEBOOK = "tests/allocation/sparkbook_local_cluster.py"


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/sparkbook"
    out = sys.argv[2] if len(sys.argv) > 2 else "tests/allocation/sparkbook_local_cluster.txt"
    run = subprocess.run([binary, "run", NOTEBOOK, "--timeline"], capture_output=True, text=True, timeout=600)
    if run.returncode != 0:
        sys.stderr.write(run.stderr)
        sys.exit(f"sparkbook run failed with exit code {run.returncode}")
    lines = [l for l in run.stderr.splitlines() if "ExecutorAllocationManager" in l]
    write_recording(out, [f"# Sparkbook {MASTER}; {settings_line()}",
                          f"# workload: {NOTEBOOK} (64-partition groupBy over 6.4M rows), then 12s idle"],
                    lines)


if __name__ == "__main__":
    main()
