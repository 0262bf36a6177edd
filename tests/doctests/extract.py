"""Extracts the `>>>` examples of PySpark's own docstrings, as the modules' `_test()` functions run them.

Run by an interpreter with pyspark installed (the version under test: 4.3.0); prints JSON on stdout. Nothing of
PySpark's text is committed: every run reads it from the installed package.

For each module, `doctest.DocTestFinder` finds the docstrings `doctest.testmod` would run; each docstring becomes one
test: the examples in order (source, expected output, expected exception line, per-example directives) and the
globals `_test()` gives it, reduced to the names the examples use, as notebook import lines.
"""
import builtins
import doctest
import importlib
import inspect
import io
import json
import sys
import tokenize

# Module short name -> (module doctest.testmod runs, the appName its _test() gives the session, whether `sc` is set).
MODULES = {
    "functions": ("pyspark.sql.functions.builtin", "sql.functions.builtin tests", True),
    "dataframe": ("pyspark.sql.dataframe", "sql.classic.dataframe tests", False),
    "column": ("pyspark.sql.column", "sql.column tests", False),
    "group": ("pyspark.sql.group", "sql.group tests", False),
    "window": ("pyspark.sql.window", "sql.classic.window tests", False),
    "readwriter": ("pyspark.sql.readwriter", "PythonTest", False),
}

# The docstrings each _test() deletes when pandas is missing (Sparkbook has no pandas): pyspark.sql.functions'
# udf and arrow_udtf, GroupedData.agg, DataFrame.toPandas, mapInPandas and pandas_api. With those gone, 717
# docstrings remain, the figure issue 15 measured.
WITHOUT_PANDAS = {
    "functions": ["udf", "arrow_udtf"],
    "group": ["GroupedData.agg"],
    "dataframe": ["DataFrame.toPandas", "DataFrame.mapInPandas", "DataFrame.pandas_api"],
}

# Where a name the docstrings use is imported from in a notebook, most public first.
PUBLIC_HOMES = ["pyspark.sql", "pyspark.sql.types", "pyspark.sql.functions", "pyspark.sql.window",
                "pyspark.sql.column", "pyspark.sql.dataframe", "pyspark.sql.group", "pyspark"]

OPTION_NAMES = {flag: name for name, flag in doctest.OPTIONFLAGS_BY_NAME.items()}


def names_used(source):
    """The identifiers an example's source may read as globals: not attribute names (after `.`) nor keyword
    arguments (before `=`)."""
    found = set()
    try:
        tokens = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
                  if t.type not in (tokenize.NL, tokenize.COMMENT)]
        for i, tok in enumerate(tokens):
            after_dot = i > 0 and tokens[i - 1].string == "."
            before_equals = i + 1 < len(tokens) and tokens[i + 1].string == "="
            if tok.type == tokenize.NAME and not after_dot and not before_equals:
                found.add(tok.string)
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return found


def import_line(name, value, module_name):
    """A notebook line that binds `name` to what the module's globals bind it to."""
    if inspect.ismodule(value):
        return f"import {value.__name__}" if value.__name__ == name else f"import {value.__name__} as {name}"
    homes = PUBLIC_HOMES + [getattr(value, "__module__", None) or module_name, module_name]
    for home in homes:
        try:
            if getattr(importlib.import_module(home), name, None) is value:
                return f"from {home} import {name}"
        except ImportError:
            continue
    return f"from {module_name} import {name}"


def session_lines(app_name, with_sc):
    lines = ["from pyspark.sql import SparkSession",
             f'spark = SparkSession.builder.master("local[4]").appName("{app_name}").getOrCreate()']
    if with_sc:
        lines.append("sc = spark.sparkContext")
    return lines


def exception_names():
    """Exception class name -> the name traceback prints for it: PySpark's errors as classic PySpark raises them
    (a captured JVM error if pyspark.errors.exceptions.captured defines the name, else the base class)."""
    import pyspark.errors as errors
    import pyspark.errors.exceptions.captured as captured
    names = {}
    for name in dir(errors):
        value = getattr(errors, name)
        if inspect.isclass(value) and issubclass(value, BaseException):
            home = captured if inspect.isclass(getattr(captured, name, None)) else inspect.getmodule(value)
            names[name] = f"{home.__name__}.{name}"
    return names


def extract():
    tests = []
    finder = doctest.DocTestFinder()
    builtin_names = set(dir(builtins))
    for short, (module_name, app_name, with_sc) in MODULES.items():
        module = importlib.import_module(module_name)
        globs = dict(module.__dict__)
        dropped = {f"{module_name}.{n}" for n in WITHOUT_PANDAS.get(short, [])}
        for test in finder.find(module, globs=globs):
            if not test.examples or test.name in dropped:
                continue
            used = set().union(*(names_used(e.source) for e in test.examples))
            imports = []
            for name in sorted(used):
                # A module-level name that shadows a builtin (`filter`, `max` in pyspark.sql.functions) is the
                # module's in its doctests, so it is imported; a builtin the module does not shadow is not.
                if name in ("spark", "sc") or name not in globs or name.startswith("__"):
                    continue
                if name in builtin_names and globs[name] is getattr(builtins, name):
                    continue
                imports.append(import_line(name, globs[name], module_name))
            prelude = session_lines(app_name, with_sc and "sc" in used) + sorted(set(imports))
            tests.append({
                "module": short,
                "name": test.name,
                "file": test.filename and test.filename.split("site-packages/")[-1],
                "lineno": test.lineno,
                "prelude": prelude,
                "examples": [{
                    "source": e.source,
                    "want": e.want,
                    "exc_msg": e.exc_msg,
                    "lineno": e.lineno,
                    "options": {OPTION_NAMES[f]: on for f, on in e.options.items()},
                } for e in test.examples],
            })
    import pyspark
    return {"pyspark": pyspark.__version__, "tests": tests, "exceptions": exception_names()}


if __name__ == "__main__":
    json.dump(extract(), sys.stdout)
