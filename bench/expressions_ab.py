"""Two sparkbook binaries on `bench/expressions.py`, alternating, with the load average before each run; prints
each query's median over the rounds per binary, and fails if the two binaries' answers differ.

Usage: python3 bench/expressions_ab.py BEFORE AFTER [--rows 10000000] [--rounds 3] [--runs 5]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LINE = re.compile(r"^(.*): ([0-9.]+) ms \(min ([0-9.]+)\), answer (.*)$")


def once(binary, rows, runs):
    out = subprocess.run([binary, "run", os.path.join(HERE, "expressions.py"), "-p", "rows", str(rows),
                          "-p", "runs", str(runs), "--quiet"], capture_output=True, text=True, check=True).stdout
    found = {}
    for line in out.splitlines():
        m = LINE.match(line.strip())
        if m:
            found[m.group(1)] = (float(m.group(2)), m.group(4))
    if not found:
        raise SystemExit(f"{binary}: no timings in\n{out}")
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    times = {"before": {}, "after": {}}
    answers = {}
    for r in range(args.rounds):
        for label, binary in (("before", args.before), ("after", args.after)):
            load = os.getloadavg()[0]
            result = once(binary, args.rows, args.runs)
            print(f"round {r + 1} {label} (load {load:.2f}): "
                  + "; ".join(f"{q} {ms:.1f}" for q, (ms, _) in result.items()), flush=True)
            for q, (ms, answer) in result.items():
                times[label].setdefault(q, []).append(ms)
                if answers.setdefault(q, answer) != answer:
                    raise SystemExit(f"answers differ for {q}: {answers[q]} vs {answer}")
    print(f"\nrows {args.rows}, medians over {args.rounds} rounds (each the median of {args.runs} runs), ms:")
    for q in times["before"]:
        b, a = statistics.median(times["before"][q]), statistics.median(times["after"][q])
        print(f"| {q} | {b:.1f} | {a:.1f} | {b / a:.1f}x |")


if __name__ == "__main__":
    sys.exit(main())
