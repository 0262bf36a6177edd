"""What `--engine spark` adds to a run: driver start (per run) and per cell, against `spark-submit` of the same
cells as one script, and what one reused driver saves over a driver per notebook (`sparkbook engine compare`).

Each workload is a jupytext percent script (a plain Python script too): a builder cell, then N cells of one small
job each. `sparkbook run --engine spark` and `spark-submit` run it on the same master; the median of --repeat
wall times is kept. Per-cell cost is the slope between N=1 and N=--cells; start-up is the N=1 time.
Usage: python bench/spark_engine/overhead.py SPARKBOOK [--spark-python P] [--cells 21] [--repeat 3] [--master M]
Prints a Markdown table (recorded in bench/spark_engine/RESULTS.md with the machine and commit).
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

CELL = "# %%\nprint(spark.range({n}).selectExpr('sum(id)').first()[0])\n\n"
HEADER = ("# %%\nfrom pyspark.sql import SparkSession\n"
          "spark = SparkSession.builder.config('spark.ui.enabled', 'false').getOrCreate()\n\n")


def script(folder, cells):
    path = os.path.join(folder, f"cells_{cells}.py")
    with open(path, "w") as handle:
        handle.write(HEADER + "".join(CELL.format(n=1000 + i) for i in range(cells)))
    return path


def wall(command, env):
    started = time.monotonic()
    result = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr[-2000:]}")
    return elapsed, result.stdout


def median(command, env, repeat):
    times, outputs = [], set()
    for _ in range(repeat):
        elapsed, out = wall(command, env)
        times.append(elapsed)
        outputs.add(out)
    if len(outputs) != 1:
        sys.exit(f"outputs differ between repeats of {' '.join(command)}")
    return statistics.median(times), outputs.pop()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sparkbook")
    parser.add_argument("--spark-python", default=os.path.abspath(".venv-pyspark/bin/python"))
    parser.add_argument("--cells", type=int, default=21)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--notebooks", type=int, default=10)
    args = parser.parse_args()
    env = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1", SPARKBOOK_SPARK_PYTHON=args.spark_python,
               PYSPARK_PYTHON=args.spark_python)
    submit = os.path.join(os.path.dirname(args.spark_python), "spark-submit")
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        timings = {}
        for cells in (1, args.cells):
            path = script(folder, cells)
            sparkbook, out_a = median([args.sparkbook, "run", path, "--quiet", "--engine", "spark", "--master", args.master,
                                       "--conf", "spark.ui.enabled=false"], env, args.repeat)
            spark_submit, out_b = median([submit, "--master", args.master, "--conf", "spark.ui.enabled=false", path],
                                         env, args.repeat)
            if out_a != out_b:
                sys.exit(f"sparkbook and spark-submit printed different results for {cells} cells")
            timings[cells] = (sparkbook, spark_submit)
        (a1, b1), (an, bn) = timings[1], timings[args.cells]
        per_a, per_b = (an - a1) / (args.cells - 1), (bn - b1) / (args.cells - 1)
        rows.append(("run of 1 job cell (start-up, job, stop)", a1, b1))
        rows.append((f"run of {args.cells} job cells", an, bn))
        rows.append(("per further cell (slope)", per_a, per_b))
        # One driver for many notebooks against a driver per notebook: `engine compare` against `run` in a loop.
        paths = [script(folder, 1)] * 1
        many = []
        for i in range(args.notebooks):
            copy = os.path.join(folder, f"nb_{i}.py")
            with open(paths[0]) as source, open(copy, "w") as target:
                target.write(source.read())
            many.append(copy)
        started = time.monotonic()
        for path in many:
            wall([args.sparkbook, "run", path, "--quiet", "--engine", "spark", "--master", args.master,
                  "--conf", "spark.ui.enabled=false"], env)
        separate = time.monotonic() - started
        compared, _ = wall([args.sparkbook, "engine", "compare", "--master", args.master, "--conf", "spark.ui.enabled=false"]
                           + many, env)
    print(f"| {args.master}, median of {args.repeat} | sparkbook --engine spark | spark-submit | added by Sparkbook |")
    print("|---|---:|---:|---:|")
    for label, a, b in rows:
        print(f"| {label} | {a:.2f} s | {b:.2f} s | {a - b:+.2f} s |")
    print()
    print(f"{args.notebooks} one-cell notebooks: `run --engine spark` each {separate:.1f} s; `engine compare` (one driver, "
          f"plus each on the embedded engine) {compared:.1f} s")


if __name__ == "__main__":
    main()
