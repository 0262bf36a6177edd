"""Sparkbook's Python worker: runs Python UDFs as Spark's Python workers do, on Arrow batches, with CPython.

Sparkbook sends a UDF's source (the cell's `def` or `lambda`), the values of the globals it reads, its declared
return type and a batch of argument columns (`udf.call`); the worker compiles the function once per source, calls
it per row (or per batch for a pandas UDF) and answers one column of the return type. An exception raised by the
function answers an error whose traceback names the cell's file and line, as PySpark shows it.
"""

import ast
import hashlib
import json
import linecache
import sys
import textwrap
import traceback

from sparkbook_plugin import Plugin, PluginError, arrow_type, decode_batch, stream_bytes
from results import as_declared

import pyarrow as pa

plugin = Plugin("python", version="1.0.0")
_compiled = {}


def _undecorated(tree):
    """The definition's own decorators (@udf(...)) were applied by Sparkbook; the worker runs the plain function."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            node.decorator_list = []
    return tree


def _compile(params):
    """The function a UDF's source defines (cached per source, file and line)."""
    key = hashlib.sha256(json.dumps([params["source"], params.get("file"), params.get("line"), params.get("globals")],
                                    sort_keys=True).encode()).hexdigest()
    f = _compiled.get(key)
    if f is not None:
        return f
    source = textwrap.dedent(params["source"])
    filename, line = params.get("file", "<udf>"), int(params.get("line", 1))
    # The cell's lines where the traceback looks for them, at the lines they have in the cell.
    lines = [""] * (line - 1) + [l + "\n" for l in params["source"].split("\n")]
    linecache.cache[filename] = (sum(map(len, lines)), None, lines, filename)
    namespace = {"__name__": "__main__"}
    for module in params.get("modules", []):
        namespace[module.split(".")[0]] = __import__(module)
    for alias, module in params.get("moduleAliases", {}).items():
        namespace[alias] = __import__(module, fromlist=["_"])
    namespace.update(json.loads(params.get("globals") or "{}"))
    # The cell's other functions, which the UDF may call.
    for helper in params.get("helpers", []):
        try:
            exec(compile(_undecorated(ast.parse(textwrap.dedent(helper))), "<cell>", "exec"), namespace)
        except Exception:
            pass
    tree = _undecorated(ast.parse(source, mode="exec"))
    # Line numbers as in the cell, so a traceback points where the user wrote the code.
    ast.increment_lineno(tree, int(params.get("line", 1)) - 1)
    code = compile(tree, params.get("file", "<udf>"), "exec")
    if params.get("kind") == "lambda":
        expression = ast.parse(source.strip(), mode="eval")
        ast.increment_lineno(expression, int(params.get("line", 1)) - 1)
        f = eval(compile(expression, params.get("file", "<udf>"), "eval"), namespace)
    else:
        exec(code, namespace)
        f = namespace[params["name"]]
    _compiled[key] = f
    return f


@plugin.method("udf.call")
def udf_call(params):
    try:
        return _call(params)
    except Exception as error:
        # As PySpark shows a UDF's failure: the traceback of the function's own frames, then the exception.
        frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == params.get("file", "<udf>")]
        text = "Traceback (most recent call last):\n" + "".join(traceback.format_list(frames)) \
            + "".join(traceback.format_exception_only(type(error), error))
        raise PluginError("%s: %s" % (type(error).__name__, error), details=text)


def _call(params):
    f = _compile(params)
    table = decode_batch(params["batch"])
    return_type = params["returnType"]
    target = arrow_type(return_type) if not return_type.startswith(("array<", "map<", "struct<")) else None
    if params.get("evalType") == "pandas":
        import pandas as pd
        series = [column.to_pandas() for column in table.columns]
        result = f(*series)
        array = pa.Array.from_pandas(result, type=target)
    else:
        columns = [column.to_pylist() for column in table.columns]
        results = [f(*[c[i] for c in columns]) for i in range(table.num_rows)]
        if params.get("evalType") == "arrow" or target is None:
            # As Spark 4's Arrow-optimized Python UDFs (`useArrow=True`) convert results, and how arrays, maps and
            # structs come back: Arrow infers the values' type, then casts to the declared one (a value that does
            # not fit fails the task with Arrow's error).
            array = pa.array(results)
            if target is not None and array.type != target:
                array = array.cast(target)
        else:
            # Pickled results (useArrow=False): a value whose type the declared one does not take is NULL.
            array = pa.array([as_declared(v, return_type) for v in results], type=target)
    return {"batch": stream_bytes(pa.record_batch([array], names=["result"]))}


if __name__ == "__main__":
    plugin.run()
