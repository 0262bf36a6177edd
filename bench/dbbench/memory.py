"""Peak RSS against `spark.driver.memory`: db-benchmark questions run by Sparkbook binaries at several driver memories.

Each (question, memory) cell runs every binary in turn, the first binary rotating from run to run, so a "before" and
an "after" build are measured in the same minutes. Each line gives the wall time, the peak RSS (wait4's rusage), the
bytes spilled (Memory / Disk Bytes Spilled summed from the run's event log) and the answer (row count and check
sums), which must be the same for every binary and memory; a difference is printed loudly and the exit status is 1.

    python -m bench.dbbench.memory --data /work/bench-data --questions join-q5,groupby-q10 \\
        --memory default,256m --binary before=/path/to/old/sparkbook --binary after=.build/release/sparkbook --runs 2
"""
import argparse
import os
import shutil
import sys

from . import measure, questions
from .compare import disagreement, parse
from .run import ROOT, commands, ensure, table_paths


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", default="join-q5,groupby-q10")
    parser.add_argument("--rows", type=float, default=1e7)
    parser.add_argument("--memory", default="default,256m",
                        help="comma-separated spark.driver.memory values; `default` sets none")
    parser.add_argument("--binary", action="append", default=[],
                        help="NAME=PATH of a sparkbook binary (repeatable); default: after=.build/release/sparkbook")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--data", default=os.path.join(ROOT, "bench-data"))
    parser.add_argument("--timeout", type=float, default=900)
    parser.add_argument("--rss-cap", type=float, default=8, help="GiB at which a run is killed")
    args = parser.parse_args(argv)
    binaries = [tuple(b.split("=", 1)) for b in args.binary] or [("after", os.path.join(ROOT, ".build/release/sparkbook"))]
    rows = int(args.rows)
    data = os.path.abspath(args.data)
    print(f"machine: {measure.machine()}; harness commit {measure.commit(ROOT)}", flush=True)
    print("| question | spark.driver.memory | binary | wall | peak RSS MiB | spilled MiB (memory / disk) | answer |")
    print("|---|---|---|---|---|---|---|")
    failed = False
    for question in questions.select(args.questions):
        paths = table_paths(question, rows, data)
        ensure(question, rows, paths, data)
        measure.warm(paths.values())
        reference = None
        for memory in args.memory.split(","):
            conf = {} if memory == "default" else {"spark.driver.memory": memory}
            for run in range(args.runs):
                turn = run % len(binaries)
                for name, binary in binaries[turn:] + binaries[:turn]:
                    log = os.path.join(data, "event-logs", f"memory_{question.key}_{memory}_{name}")
                    shutil.rmtree(log, ignore_errors=True)
                    os.makedirs(log)
                    cmd, _ = commands(question, paths, binary, conf, {}, log)["sparkbook"]
                    sample = measure.run(cmd, timeout=args.timeout, rss_cap=args.rss_cap * 2**30)
                    spill = measure.spilled(log) or (0, 0)
                    if sample.error:
                        answer, failed = f"**fails**: {' '.join(sample.error.split())[:300]}", True
                    else:
                        got = parse(sample.output)
                        reference = reference or got
                        why = disagreement(reference, got)
                        answer = f"{got[0]:,} rows " + " ".join(f"{s:.6g}" for s in got[1])
                        if why:
                            answer, failed = f"**DIFFERS**: {why}", True
                    print(f"| {question.key} | {memory} | {name} | {sample.wall:.2f} s | {sample.peak_rss / 2**20:,.0f} | "
                          f"{spill[0] / 2**20:,.0f} / {spill[1] / 2**20:,.0f} | {answer} |", flush=True)
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
