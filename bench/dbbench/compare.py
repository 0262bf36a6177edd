"""Whether two engines' answers to a question agree: the row count exactly, every check sum to 1e-9 relative."""
import math

from .questions import MARK

RELATIVE = 1e-9
NULLS = {"none", "null", "nan", ""}


def parse(output):
    """(rows, [sums]) from the last `dbbench:` line a program printed; a sum is None when the engine printed a null."""
    lines = [line for line in output.splitlines() if MARK in line]
    if not lines:
        raise ValueError(f"no '{MARK}' line in the output: {output[-500:]!r}")
    fields = lines[-1].split(MARK, 1)[1].replace(",", " ").split()
    if not fields:
        raise ValueError(f"empty answer line {lines[-1]!r}")
    sums = [None if field.lower() in NULLS else float(field) for field in fields[1:]]
    return int(float(fields[0])), sums


def close(a, b, relative=RELATIVE):
    if a is None or b is None:
        return a is None and b is None
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= relative * max(abs(a), abs(b), 1.0)


def disagreement(expected, actual, relative=RELATIVE):
    """None when the answers agree, else a sentence saying where they differ."""
    (rows_e, sums_e), (rows_a, sums_a) = expected, actual
    if rows_e != rows_a:
        return f"row counts differ: {rows_e} vs {rows_a}"
    if len(sums_e) != len(sums_a):
        return f"{len(sums_e)} check sums vs {len(sums_a)}"
    for index, (a, b) in enumerate(zip(sums_e, sums_a)):
        if not close(a, b, relative):
            return f"check sum {index + 1} differs: {a!r} vs {b!r}"
    return None
