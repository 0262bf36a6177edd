"""Records many parity cases in one PySpark process (one JVM start instead of one per case).

Usage (from the repo root): PYTHON tests/parity/record_cases.py CASE...
Each case runs as a fresh script in notebooks/ with its stdout captured to tests/parity/expected/<case>.txt; the
active session is stopped after each case so the next one builds its own. Error cases (err_*) must raise: the
first line of the exception message (without its class) goes to expected/<case>.stderr.txt.
"""
import contextlib, io, os, re, sys, traceback


def error_line(error):
    """The first line of the exception message, as Sparkbook must print it: for a JVM failure the root cause's
    `[ERROR_CLASS] ...` line; for analysis errors the text up to and including `SQLSTATE: xxxxx`."""
    text = str(error)
    causes = re.findall(r"(?m)^(?:Caused by: )?[\w.$]+(?:Exception|Error): (\[.*)$", text)
    first = causes[-1] if causes else text.split("\n")[0]
    first = re.sub(r"(SQLSTATE: \w+).*$", r"\1", first.strip())
    return first

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
expected = os.path.join(root, "tests", "parity", "expected")
os.chdir(os.path.join(root, "notebooks"))
failures = 0
for name in sys.argv[1:]:
    path = os.path.join(root, "tests", "parity", "cases", name + ".py")
    out = io.StringIO()
    error = None
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(open(path).read(), path, "exec"), {"__name__": "__main__"})
        except Exception as e:  # the recorded outcome of an error case
            error = e
    with open(os.path.join(expected, name + ".txt"), "w") as f:
        f.write(out.getvalue())
    stderr_file = os.path.join(expected, name + ".stderr.txt")
    if name.startswith("err_"):
        if error is None:
            print(f"error case {name} did not fail under PySpark"); failures += 1
        else:
            first = error_line(error)
            with open(stderr_file, "w") as f:
                f.write(first + "\n")
    elif error is not None:
        print(f"PySpark failed on {name}:"); traceback.print_exception(error); failures += 1
    from pyspark.sql import SparkSession
    active = SparkSession.getActiveSession()
    if active is not None:
        active.stop()
    print(f"recorded {name}" + ("" if error is None else f" (raised {type(error).__name__})"))
sys.exit(1 if failures else 0)
