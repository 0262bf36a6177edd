"""Compare the allocation decisions of real Spark and Sparkbook, side by side.

Both inputs may be a recording (with a "## log lines" section), a raw driver log or
Sparkbook's stderr: only Spark's ExecutorAllocationManager lines are read from them.
Compared: the sequence of target totals from "Requesting N new executor(s) ... (new
desired total will be T ...)" and "Lowering target ... to T", and how many executors
were removed for idle timeout in all. Removals are compared by count, not by line,
because Spark logs each executor in its own line when their idle deadlines fall on
different 100 ms ticks, and in one line ("Executors 2,3,4") when they fall together.

Usage: python compare.py REAL.txt SPARKBOOK.txt   (exit 0 when equal, 1 when not)
"""
import re
import sys
from itertools import zip_longest

REQUEST = re.compile(r"Requesting (\d+) new executors? because tasks are backlogged "
                     r"\(new desired total will be (\d+)")
LOWERED = re.compile(r"Lowering target number of executors to (\d+)")
REMOVED = re.compile(r"Executors? ([\d,\s]+) removed due to idle timeout")


def decisions(path):
    """The target totals in order and the total number of idle removals in a log."""
    targets, removed = [], 0
    with open(path, errors="replace") as f:
        for line in f:
            if line.startswith("#") or line.startswith("request ") or line.startswith("remove "):
                continue  # the recording's summary section; the log lines follow it
            if m := REQUEST.search(line):
                targets.append(int(m.group(2)))
            elif m := LOWERED.search(line):
                targets.append(int(m.group(1)))
            elif m := REMOVED.search(line):
                removed += len([i for i in m.group(1).split(",") if i.strip()])
    return targets, removed


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    real, book = decisions(argv[1]), decisions(argv[2])
    print(f"{'step':>4}  {'real Spark':>10}  {'Sparkbook':>10}")
    for i, (a, b) in enumerate(zip_longest(real[0], book[0]), 1):
        mark = "" if a == b else "   <- differs"
        print(f"{i:>4}  {a if a is not None else '-':>10}  {b if b is not None else '-':>10}{mark}")
    mark = "" if real[1] == book[1] else "   <- differs"
    print(f"{'idle':>4}  {real[1]:>10}  {book[1]:>10}{mark}   (executors removed for idle timeout)")
    same = real == book and len(real[0]) > 0
    print("MATCH" if same else "DIFFER")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
