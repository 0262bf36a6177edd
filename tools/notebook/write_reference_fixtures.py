#!/usr/bin/env python3
"""Write the reference fixtures the Swift tests compare against, using the real Python tools.

- nbformat_written.ipynb: a notebook with every output type, unicode, floats and nested metadata,
  written by nbformat.write (the Swift writer must reproduce it byte for byte).
- params_input.ipynb / params_papermill.ipynb / params_papermill_rerun.ipynb: papermill --prepare-only
  injecting typed parameters, then again on its own output (the injected cell must be replaced).
- params_none_papermill.ipynb: papermill on a notebook without a `parameters` cell (injects at the top).
- percent_grammar.py / percent_grammar.jupytext.ipynb: a percent script with the full marker grammar
  and how jupytext reads it.

Usage: write_reference_fixtures.py [FIXTURES_DIR]
"""
import os
import subprocess
import sys

import nbformat
from nbformat.v4 import (new_code_cell, new_markdown_cell, new_notebook, new_output, new_raw_cell)

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    HERE, "..", "..", "Tests", "SparkbookNotebookTests", "Fixtures")
BIN = os.path.dirname(sys.executable)


def rich_notebook():
    nb = new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python", "version": "3.11.2"},
        "zeta": {"b": [1, 2.5, 1e-05, 1e16, 123456789.125, -0.0, True, None], "a": "é ✅ \u2028 \x07 tab\tq\"b\\"},
        "Upper": 1,
    }
    nb.cells = [
        new_markdown_cell("# Title ⚖️\n\nSome *text*\r\nwith CRLF\n", id="md-1"),
        new_code_cell("x = 1\nprint(x)", id="code-1", execution_count=3,
                      metadata={"tags": ["parameters"], "papermill": {"duration": 0.123456, "status": "completed"}},
                      outputs=[
                          new_output("stream", name="stdout", text="1\n2\n"),
                          new_output("execute_result", execution_count=3,
                                     data={"text/plain": "   a\n0  1", "text/html": "<table>\n</table>\n",
                                           "application/json": {"k": [1, "two"]}, "image/png": "iVBORw0KGgo=\n"},
                                     metadata={"isolated": True}),
                          new_output("display_data", data={"text/plain": "shown"}),
                          new_output("error", ename="ValueError", evalue="bad \"value\"",
                                     traceback=["\x1b[0;31mValueError\x1b[0m", "line 2"]),
                      ]),
        new_code_cell("", id="empty"),
        new_raw_cell("raw\ntext", id="raw-1", metadata={"format": "text/plain"}),
        new_code_cell("%sql\nSELECT 1", id="sql", metadata={"title": "A query"}),
    ]
    nbformat.validate(nb)
    return nb


PARAMS_CELLS = [
    ("markdown", "# Parameterised", []),
    ("code", "alpha = 0.1\nname = 'x'", ["parameters"]),
    ("code", "print(alpha, name)", []),
]
PAPERMILL_ARGS = ["-p", "alpha", "0.5", "-p", "count", "7", "-p", "big", "123456789012345678901234567890",
                  "-p", "flag", "True", "-p", "nothing", "None", "-p", "name", "it's \"q\" é ✅\\n",
                  "-p", "exp", "1e-7", "-p", "inf", "-inf", "-p", "under", "1_000", "-r", "raw", "42"]


def params_notebook(cells):
    nb = new_notebook(metadata={"kernelspec": {"display_name": "Python 3", "language": "python",
                                               "name": "python3"}, "language_info": {"name": "python"}})
    for index, (kind, source, tags) in enumerate(cells):
        make = new_code_cell if kind == "code" else new_markdown_cell
        nb.cells.append(make(source, id=f"p{index}", metadata={"tags": tags} if tags else {}))
    return nb


def papermill(src, dst):
    """Run from the fixtures folder with bare file names, so recorded paths do not depend on the machine."""
    subprocess.run([os.path.join(BIN, "papermill"), "--prepare-only", os.path.basename(src), os.path.basename(dst)]
                   + PAPERMILL_ARGS, check=True, capture_output=True, cwd=os.path.dirname(src))


PERCENT_GRAMMAR = '''# %% My Title [markdown] key="value" tags=["a", "b"]
# Hello
#
# world

# %% tags=["parameters"]
x = 1

# %% Second title
# %sql
# !ls
y = 2

# %% [raw]
# raw text

# %% [md] other=3 flag=true nested={"a": [1, 2]}
# md text

# %%

# %% Title only
z = 3
'''


def main():
    os.makedirs(FIXTURES, exist_ok=True)
    out = lambda name: os.path.join(FIXTURES, name)
    nbformat.write(rich_notebook(), out("nbformat_written.ipynb"))

    nbformat.write(params_notebook(PARAMS_CELLS), out("params_input.ipynb"))
    papermill(out("params_input.ipynb"), out("params_papermill.ipynb"))
    papermill(out("params_papermill.ipynb"), out("params_papermill_rerun.ipynb"))
    nbformat.write(params_notebook([c for c in PARAMS_CELLS if not c[2]]), out("params_none_input.ipynb"))
    papermill(out("params_none_input.ipynb"), out("params_none_papermill.ipynb"))

    with open(out("percent_grammar.py"), "w", encoding="utf-8") as f:
        f.write(PERCENT_GRAMMAR)
    subprocess.run([os.path.join(BIN, "jupytext"), "--to", "ipynb", "--output", out("percent_grammar.jupytext.ipynb"),
                    out("percent_grammar.py")], check=True, capture_output=True)
    print("reference fixtures written to", os.path.abspath(FIXTURES))


if __name__ == "__main__":
    main()
