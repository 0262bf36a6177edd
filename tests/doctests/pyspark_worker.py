"""Runs doctest notebooks on real PySpark, for the runner's reference figures (tests/doctests/run.py --engine pyspark).

A long-lived process (one JVM for many notebooks, as doctest.testmod runs a module's docstrings in one session):
reads one JSON notebook per stdin line, {"cells": [source, ...], "timeout": seconds}, and answers one JSON line
{"cells": [{"stdout": ..., "ename": ..., "evalue": ...}, ...]}. Each cell runs as doctest runs an example:
compiled in "single" mode (an expression statement prints its repr), stdout captured, the exception's class as
traceback prints it (module-qualified unless builtin) and its message. Every notebook gets fresh globals.
"""
import contextlib
import io
import json
import signal
import sys
import traceback


class NotebookTimeout(BaseException):
    pass


def on_alarm(signum, frame):
    raise NotebookTimeout()


def run_cells(cells, timeout):
    globs = {"__name__": "__main__"}
    results = []
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(max(1, int(timeout)))
    try:
        for source in cells:
            out = io.StringIO()
            result = {"stdout": "", "ename": None, "evalue": None}
            try:
                with contextlib.redirect_stdout(out):
                    sys.displayhook = sys.__displayhook__
                    exec(compile(source, "<doctest>", "single"), globs)
            except NotebookTimeout:
                result["stdout"] = out.getvalue()
                result["ename"], result["evalue"] = "Timeout", f"notebook ran over {timeout} s"
                results.append(result)
                break
            except BaseException as error:  # noqa: BLE001 - a cell's exception is its output
                line = traceback.format_exception_only(type(error), error)[-1].rstrip("\n")
                name, _, message = line.partition(": ")
                result["ename"], result["evalue"] = name, message
            result["stdout"] = out.getvalue()
            results.append(result)
    finally:
        signal.alarm(0)
    return results


def main():
    from pyspark.sql import SparkSession
    SparkSession.builder.master("local[4]").config("spark.ui.enabled", "false").getOrCreate()
    protocol = sys.stdout
    sys.stdout = sys.stderr  # anything printed outside a cell must not break the protocol
    for line in sys.stdin:
        job = json.loads(line)
        protocol.write(json.dumps({"cells": run_cells(job["cells"], job["timeout"])}) + "\n")
        protocol.flush()


if __name__ == "__main__":
    main()
