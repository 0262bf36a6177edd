"""PySpark's own docstring examples as a test suite (issue 15): runs each docstring as a notebook and compares.

The examples come from the PySpark package installed beside this runner (extract.py, run by --extract-python);
each docstring becomes a notebook: the globals its module's `_test()` sets up (one import per cell, not compared),
then one cell per `>>>` example, in order. A cell's output is compared as doctest compares it: what it printed plus
the repr of an expression's value, under the module's flags (ELLIPSIS, NORMALIZE_WHITESPACE) and the example's own
directives; an expected exception matches on its `module.Class: message` line, the output before it ignored. A
docstring passes when every example does. The same notebooks and the same comparison serve both engines:

  --engine sparkbook   each notebook through `sparkbook run --output` (headless, one process per docstring)
  --engine pyspark     real PySpark through pyspark_worker.py (one long-lived session per worker, as doctest)

Prints the pass rate per module and the failures grouped by cause (first failing example of each docstring:
its exception, or its first differing output line), writes a JSON and a markdown report, and with --floor fails
when a module passes fewer docstrings than the committed floor.
"""
import argparse
import collections
import concurrent.futures
import doctest
import json
import os
import re
import select
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MODULE_ORDER = ["functions", "dataframe", "column", "group", "window", "readwriter"]
BASE_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def extract(python):
    done = subprocess.run([python, os.path.join(HERE, "extract.py")], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def notebook_cells(test):
    """The cells of a docstring's notebook and, for each, the index of its example (None for the globals)."""
    cells, owners = [], []
    for line in test["prelude"]:
        cells.append(line)
        owners.append(None)
    for index, example in enumerate(test["examples"]):
        if example["options"].get("SKIP"):
            continue
        cells.append(example["source"])
        owners.append(index)
    return cells, owners


# ---- engines: each returns, per cell, {"stdout": text, "ename": name or None, "evalue": text} or None (not run)

class SparkbookEngine:
    def __init__(self, binary, timeout):
        self.binary, self.timeout = os.path.abspath(binary), timeout

    def run(self, cells):
        with tempfile.TemporaryDirectory(prefix="sparkbook-doctest-") as folder:
            source, executed = os.path.join(folder, "doctest.ipynb"), os.path.join(folder, "executed.ipynb")
            with open(source, "w") as f:
                json.dump({"cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                                      "source": cell} for cell in cells],
                           "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, f)
            timed_out = False
            try:
                # The Python worker plugin runs the docstrings' UDFs (the notebooks run in a temporary folder).
                subprocess.run([self.binary, "run", source, "--output", executed, "--allow-errors", "--quiet",
                                "--plugins", os.path.join(ROOT, "plugins", "python")],
                               cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               timeout=self.timeout)
            except subprocess.TimeoutExpired:
                timed_out = True
            try:
                with open(executed) as f:
                    ran = json.load(f)["cells"]
            except (OSError, ValueError):
                ran = []
        results = []
        for cell in ran[:len(cells)]:
            if cell.get("execution_count") is None:
                break
            results.append(self.cell_result(cell["outputs"]))
        if timed_out and len(results) < len(cells):
            results.append({"stdout": "", "ename": "Timeout", "evalue": f"notebook ran over {self.timeout} s"})
        return results + [None] * (len(cells) - len(results))

    @staticmethod
    def cell_result(outputs):
        text, ename, evalue = [], None, ""
        for output in outputs:
            kind = output.get("output_type")
            if kind == "stream" and output.get("name") == "stdout":
                text.append(joined(output.get("text", "")))
            elif kind in ("execute_result", "display_data"):
                plain = joined(output.get("data", {}).get("text/plain", ""))
                text.append(plain + ("" if plain.endswith("\n") else "\n"))
            elif kind == "error":
                ename, evalue = output.get("ename"), output.get("evalue", "")
        return {"stdout": "".join(text), "ename": ename, "evalue": evalue}


def joined(text):
    return "".join(text) if isinstance(text, list) else text


class PySparkEngine:
    """A pool of pyspark_worker.py processes, each used by one thread at a time."""

    def __init__(self, python, timeout, jobs):
        self.python, self.timeout = python, timeout
        self.idle = [None] * jobs
        self.lock = threading.Lock()

    def start(self):
        env = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1", PYSPARK_PYTHON=self.python)
        # In a folder of its own: docstrings that save tables leave a spark-warehouse/ behind.
        return subprocess.Popen([self.python, os.path.join(HERE, "pyspark_worker.py")], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
                                cwd=tempfile.mkdtemp(prefix="pyspark-doctest-"))

    def run(self, cells):
        with self.lock:
            worker = self.idle.pop()
        worker = worker or self.start()
        try:
            worker.stdin.write(json.dumps({"cells": cells, "timeout": self.timeout}) + "\n")
            worker.stdin.flush()
            # The worker's own alarm ends a slow notebook; a worker stuck past it (or a JVM's first start) is killed.
            ready, _, _ = select.select([worker.stdout], [], [], self.timeout + 120)
            line = worker.stdout.readline() if ready else ""
            if not line:
                raise RuntimeError("worker gave no answer")
            results = json.loads(line)["cells"]
        except (RuntimeError, OSError, ValueError):
            worker.kill()
            worker.wait()
            worker, results = None, [{"stdout": "", "ename": "Timeout", "evalue": "worker gave no answer"}]
        with self.lock:
            self.idle.append(worker)
        return results + [None] * (len(cells) - len(results))

    def close(self):
        for worker in self.idle:
            if worker:
                worker.stdin.close()
                worker.wait()


# ---- comparison, as doctest.DocTestRunner compares an example

def exception_line(result, exceptions):
    name = result["ename"]
    if "." not in name:
        name = exceptions.get(name, name)
    return f"{name}: {result['evalue']}\n" if result["evalue"] else f"{name}\n"


def flags_of(example):
    flags = BASE_FLAGS
    for name, on in example["options"].items():
        flag = doctest.OPTIONFLAGS_BY_NAME[name]
        flags = flags | flag if on else flags & ~flag
    return flags


def judge(example, result, exceptions):
    """None when the example passes, else (coarse kind, cause) of its failure."""
    checker = doctest.OutputChecker()
    flags = flags_of(example)
    if result is None:
        return ("not run", "not run: the notebook stopped before this cell")
    if result["ename"] is None:
        if example["exc_msg"] is not None:
            return ("no exception", "expected " + first_line(example["exc_msg"]) + ", got no exception")
        if checker.check_output(example["want"], result["stdout"], flags):
            return None
        return ("wrong output", output_cause(example["want"], result["stdout"]))
    got = exception_line(result, exceptions)
    if result["ename"] == "Timeout":
        return ("timeout", "timeout")
    if example["exc_msg"] is None:
        return (coarse_exception(got), "raised " + normalise(first_line(got)))
    if checker.check_output(example["exc_msg"], got, flags):
        return None
    if flags & doctest.IGNORE_EXCEPTION_DETAIL and exception_name(example["exc_msg"]) == exception_name(got):
        return None
    return ("other exception", "expected " + first_line(example["exc_msg"]) + ", raised " + normalise(first_line(got)))


def exception_name(line):
    """What doctest's IGNORE_EXCEPTION_DETAIL compares: the class name, without its module path or message."""
    return line.strip().split("\n")[0].split(":")[0].strip().rsplit(".", 1)[-1]


def first_line(text):
    return text.strip().split("\n")[0][:200]


def normalise(text):
    text = re.sub(r"0x[0-9a-f]+", "0x...", text)
    text = re.sub(r"SQLSTATE: \w+", "SQLSTATE: ...", text)
    return text[:200]


def coarse_exception(line):
    name = line.split(":")[0].rsplit(".", 1)[-1]
    bracket = re.search(r": \[([A-Z_.]+)\]", line)
    if name == "NotImplementedError" and "is not supported yet in Sparkbook" in line:
        return "NotImplementedError: function not supported yet"
    if name == "AttributeError" and "has no attribute" in line:
        return "AttributeError: missing attribute"
    return name + (f" [{bracket.group(1)}]" if bracket else "")


def output_cause(want, got):
    expected = [" ".join(line.split()) for line in want.strip().split("\n")]
    actual = [" ".join(line.split()) for line in got.strip().split("\n")]
    for i, line in enumerate(expected):
        other = actual[i] if i < len(actual) else "<nothing>"
        if line != other and not ("..." in line and doctest.OutputChecker().check_output(line, other, BASE_FLAGS)):
            return f"line {i + 1}: expected «{line[:100]}» got «{other[:100]}»"
    return f"extra output: «{actual[len(expected)][:100] if len(actual) > len(expected) else ''}»"


# ---- the run

def run_test(engine, test, exceptions):
    cells, owners = notebook_cells(test)
    started = time.time()
    results = engine.run(cells)
    failures = []
    for owner, result in zip(owners, results):
        if owner is None:
            continue
        verdict = judge(test["examples"][owner], result, exceptions)
        if verdict:
            failures.append({"example": owner, "line": test["examples"][owner]["lineno"], "kind": verdict[0],
                             "cause": verdict[1]})
    return {"name": test["name"], "module": test["module"], "passed": not failures, "failures": failures,
            "seconds": round(time.time() - started, 2)}


def summarise(outcomes, engine_name, version, reference=None):
    modules = collections.OrderedDict((m, {"passed": 0, "total": 0}) for m in MODULE_ORDER)
    for outcome in outcomes:
        modules[outcome["module"]]["total"] += 1
        modules[outcome["module"]]["passed"] += outcome["passed"]
    causes = collections.Counter(o["failures"][0]["cause"] for o in outcomes if not o["passed"])
    kinds = collections.Counter(o["failures"][0]["kind"] for o in outcomes if not o["passed"])
    report = {"engine": engine_name, "pyspark": version, "modules": modules,
              "passed": sum(m["passed"] for m in modules.values()), "total": len(outcomes),
              "kinds": kinds.most_common(), "causes": causes.most_common(),
              "docstrings": sorted(outcomes, key=lambda o: o["name"])}
    if reference:
        theirs = set(reference["passing"])
        report["of_pyspark_passing"] = {"pyspark": len(theirs),
                                        "also_here": sum(1 for o in outcomes if o["passed"] and o["name"] in theirs)}
    return report


def percent(part, whole):
    return f"{100 * part / whole:.0f} %" if whole else "-"


def markdown(report, causes_shown):
    lines = [f"# Doctests of PySpark {report['pyspark']} on {report['engine']}", "",
             "| module | passed | total | rate |", "| --- | ---: | ---: | ---: |"]
    for name, m in report["modules"].items():
        lines.append(f"| {name} | {m['passed']} | {m['total']} | {percent(m['passed'], m['total'])} |")
    lines.append(f"| all | {report['passed']} | {report['total']} | {percent(report['passed'], report['total'])} |")
    if "of_pyspark_passing" in report:
        ref = report["of_pyspark_passing"]
        lines += ["", f"Of the {ref['pyspark']} docstrings real PySpark passes in this runner, {ref['also_here']} pass "
                      f"here ({percent(ref['also_here'], ref['pyspark'])})."]
    lines += ["", "## Failures by kind (first failing example of each docstring)", ""]
    lines += [f"- {count} × {kind}" for kind, count in report["kinds"]]
    lines += ["", f"## Most common causes (top {causes_shown})", ""]
    lines += [f"- {count} × {cause}" for cause, count in report["causes"][:causes_shown]]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--engine", choices=["sparkbook", "pyspark"], default="sparkbook")
    parser.add_argument("--sparkbook", default=os.path.join(ROOT, ".build/debug/sparkbook"))
    parser.add_argument("--python", default=sys.executable, help="the interpreter with pyspark (extraction, pyspark engine)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--timeout", type=float, default=60, help="seconds per docstring")
    parser.add_argument("--only", help="run only docstrings whose name matches this regular expression")
    parser.add_argument("--report-dir", default=os.path.join(ROOT, ".build/doctests"))
    parser.add_argument("--floor", help="JSON of per-module passed counts; fail when a module passes fewer")
    parser.add_argument("--reference", default=os.path.join(HERE, "pyspark-4.3.0.json"),
                        help="recorded PySpark figures (record_pyspark.sh) to compare with")
    parser.add_argument("--record", help="write the figures and the passing docstrings' names here (for the reference)")
    parser.add_argument("--causes", type=int, default=25, help="how many causes to print")
    parser.add_argument("--verbose", action="store_true", help="print each failing docstring and its cause")
    args = parser.parse_args()

    extracted = extract(args.python)
    tests = [t for t in extracted["tests"] if not args.only or re.search(args.only, t["name"])]
    engine = (SparkbookEngine(args.sparkbook, args.timeout) if args.engine == "sparkbook"
              else PySparkEngine(args.python, args.timeout, args.jobs))
    started = time.time()
    outcomes = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(run_test, engine, t, extracted["exceptions"]) for t in tests]
        for future in concurrent.futures.as_completed(futures):
            outcomes.append(future.result())
            if sys.stderr.isatty():
                print(f"\r{len(outcomes)}/{len(tests)}", end="", file=sys.stderr, flush=True)
    if isinstance(engine, PySparkEngine):
        engine.close()
    reference = None
    if args.engine == "sparkbook" and os.path.exists(args.reference) and not args.only:
        with open(args.reference) as f:
            reference = json.load(f)
    report = summarise(outcomes, args.engine, extracted["pyspark"], reference)
    report["seconds"] = round(time.time() - started, 1)

    os.makedirs(args.report_dir, exist_ok=True)
    base = os.path.join(args.report_dir, f"{args.engine}-report")
    with open(base + ".json", "w") as f:
        json.dump(report, f, indent=1)
    text = markdown(report, args.causes)
    with open(base + ".md", "w") as f:
        f.write(text)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.verbose:
        for o in report["docstrings"]:
            for failure in o["failures"][:1]:
                print(f"FAIL {o['name']} (line {failure['line']}): {failure['cause']}")
    print(text)
    print(f"report: {base}.md and .json ({report['seconds']} s)")

    if args.record:
        with open(args.record, "w") as f:
            json.dump({"engine": args.engine, "pyspark": extracted["pyspark"], "modules": report["modules"],
                       "passed": report["passed"], "total": report["total"],
                       "passing": sorted(o["name"] for o in outcomes if o["passed"])}, f, indent=1)
            f.write("\n")
    if args.floor:
        with open(args.floor) as f:
            floor = json.load(f)["modules"]
        below = [f"{m}: {report['modules'][m]['passed']} < floor {n}" for m, n in floor.items()
                 if report["modules"][m]["passed"] < n]
        for line in below:
            print("doctests below the floor:", line)
        print(f"doctest floor: {len(floor) - len(below)} modules at or above it, {len(below)} below")
        share = 100 * report["passed"] / max(report["total"], 1)
        print(f"phase summary: {report['passed']} of {report['total']} docstrings pass ({share:.0f}%), "
              f"floor {sum(floor.values())}, {len(below)} module{'' if len(below) == 1 else 's'} below it"
              + (f"; {ref['also_here']} of the {ref['pyspark']} PySpark passes"
                 if (ref := report.get("of_pyspark_passing")) else ""))
        if below:
            sys.exit(1)


if __name__ == "__main__":
    main()
