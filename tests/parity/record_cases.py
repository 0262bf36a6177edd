"""Records many parity cases in one PySpark process (one JVM start instead of one per case).

Usage (from the repo root): PYTHON tests/parity/record_cases.py CASE...
Each case runs as a fresh script in notebooks/ with its stdout captured to tests/parity/expected/<case>.txt; the
active session is stopped after each case so the next one builds its own. Error cases (err_*) must raise: the
first line of the exception message (without its class) goes to expected/<case>.stderr.txt.

A `%%sql` cell (jupytext's `# %% language="sql"` marker, its lines commented out) is only comments to Python: here
each of its statements runs through `spark.sql`, in order, as Sparkbook runs them, so the cells after it see what
it made (record cases with such cells here, not with record.sh). Its displayed result is not recorded.
"""
import contextlib, io, os, re, sys, traceback


def sql_statements(script):
    """`;`-separated statements outside quotes and comments, comments dropped (SQLScript's rule)."""
    statements, current, i = [], "", 0
    while i < len(script):
        c = script[i]
        if script.startswith("--", i):
            i = script.find("\n", i) if "\n" in script[i:] else len(script)
            continue
        if script.startswith("/*", i):
            i = script.find("*/", i) + 2
            continue
        if c in "'\"`":
            end = i + 1
            while end < len(script) and script[end] != c:
                end += 2 if script[end] == "\\" and c != "`" else 1
            current += script[i:end + 1]
            i = end + 1
            continue
        if c == ";":
            statements.append(current.strip())
            current = ""
        else:
            current += c
        i += 1
    statements.append(current.strip())
    return [s for s in statements if s]


def sql_cells_as_python(source):
    """The script with each `language="sql"` percent cell replaced by `spark.sql` calls of its statements."""
    out, sql = [], None
    for line in source.split("\n") + ["# %%"]:
        if re.match(r"^# %%", line):
            if sql is not None:
                out += [f"spark.sql({s!r})" for s in sql_statements("\n".join(sql))] + [""]
            sql = [] if re.match(r'^# %%.*\blanguage="sql"', line) else None
            if sql is None:
                out.append(line)
        elif sql is not None:
            sql.append(line[2:] if line.startswith("# ") else line[1:] if line.startswith("#") else line)
        else:
            out.append(line)
    return "\n".join(out[:-1])


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
            exec(compile(sql_cells_as_python(open(path).read()), path, "exec"), {"__name__": "__main__"})
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
