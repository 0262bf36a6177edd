"""Compares the code cells' outputs of two executed notebooks: what the embedded engine recorded against what
--engine spark recorded. Streams, display() and results must be equal (text/plain and text/html); errors must
have the same exception name (the tracebacks are each engine's own). Prints one line per difference."""
import json
import sys


def outputs(path):
    cells = [c for c in json.load(open(path))["cells"] if c["cell_type"] == "code"]
    return [[comparable(o) for o in c["outputs"]] for c in cells], [c.get("execution_count") for c in cells]


def joined(text):
    return "".join(text) if isinstance(text, list) else text


def comparable(output):
    kind = output["output_type"]
    if kind == "stream":
        return (kind, output["name"], joined(output["text"]))
    if kind == "error":
        return (kind, output["ename"])
    data = output.get("data", {})
    return (kind, joined(data.get("text/plain", "")), joined(data.get("text/html", "")))


def main(embedded, spark):
    expected, expected_counts = outputs(embedded)
    got, got_counts = outputs(spark)
    problems = []
    if expected_counts != got_counts:
        problems.append(f"execution counts differ: {expected_counts} vs {got_counts}")
    for index, (want, have) in enumerate(zip(expected, got)):
        if want != have:
            problems.append(f"code cell {index + 1}:\n  embedded: {want!r}\n  spark:    {have!r}")
    if len(expected) != len(got):
        problems.append(f"{len(expected)} code cells vs {len(got)}")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


sys.exit(main(sys.argv[1], sys.argv[2]))
