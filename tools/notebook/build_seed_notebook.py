#!/usr/bin/env python3
"""Build notebooks/dynamic_allocation.ipynb from the seed dump.

The seed (/work/shared/seeds/000_b32567ce654669ed.txt) is a text dump of a notebook:
`In [0]:` introduces each code cell, the text between code cells is markdown.
Its emoji are mojibake (UTF-8 bytes decoded as Mac Roman); this script recovers them.

Also writes the test fixtures: Tests/SparkbookNotebookTests/Fixtures/seed.ipynb (a copy),
seed_percent.py (by jupytext) and seed_databricks.py (by the small writer below).

Usage: build_seed_notebook.py [SEED_PATH] [REPO_ROOT]
"""
import os
import re
import shutil
import subprocess
import sys

import nbformat

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.dirname(os.path.dirname(HERE))
SEED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seeds/000_b32567ce654669ed.txt"
DATA_PATH_FROM = '"your_data"'
DATA_PATH_TO = '"data/big_events_50k.csv"'


def fix_mojibake(text):
    """Re-decode every non-ASCII run that was UTF-8 read as Mac Roman; leave runs that are not."""

    def repair(match):
        fragment = match.group(0)
        try:
            return fragment.encode("mac_roman").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return fragment

    return re.sub(r"[^\x00-\x7f]+", repair, text)


def strip_blank_edges(lines):
    """Drop blank lines at both ends of a cell, keep everything else verbatim."""
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def split_markdown(block):
    """One cell per `## ` section; the text before the first section (intro div + title) is one cell."""
    cells, current = [], []
    for line in block.split("\n"):
        if line.startswith("## ") and any(l.strip() for l in current):
            cells.append(current)
            current = []
        current.append(line)
    cells.append(current)
    return ["\n".join(c) for c in (strip_blank_edges(c) for c in cells) if c]


def split_code_and_rest(block):
    """A code cell runs until the first run of two blank lines; what follows is markdown."""
    lines = block.split("\n")
    for i in range(len(lines) - 2):
        if lines[i + 1].strip() == "" and lines[i + 2].strip() == "" and lines[i].strip() != "":
            return "\n".join(strip_blank_edges(lines[: i + 1])), "\n".join(lines[i + 1 :])
    return "\n".join(strip_blank_edges(lines)), ""


def parse_seed(text):
    """Return [(kind, source)] in notebook order."""
    parts = re.split(r"^In \[\d*\]:[ \t]*$", text, flags=re.M)
    cells = [("markdown", s) for s in split_markdown(parts[0])]
    for part in parts[1:]:
        code, rest = split_code_and_rest(part.lstrip("\n"))
        cells.append(("code", code.replace(DATA_PATH_FROM, DATA_PATH_TO)))
        cells.extend(("markdown", s) for s in split_markdown(rest))
    return cells


def build_notebook(cells):
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {
            "codemirror_mode": {"name": "ipython", "version": 3},
            "file_extension": ".py",
            "mimetype": "text/x-python",
            "name": "python",
            "nbconvert_exporter": "python",
            "pygments_lexer": "ipython3",
            "version": "3.11",
        },
    }
    for index, (kind, source) in enumerate(cells):
        make = nbformat.v4.new_code_cell if kind == "code" else nbformat.v4.new_markdown_cell
        cell = make(source=source)
        cell.id = f"cell-{index:02d}"  # stable ids so rebuilding gives the same file
        nb.cells.append(cell)
    nbformat.validate(nb)
    return nb


def databricks_source(nb):
    """Databricks 'source' export of a notebook: an independent writer used to cross-check the Swift reader."""
    chunks = []
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            lines = ["%md"] + cell.source.split("\n")
            chunks.append("\n".join(("# MAGIC " + l) if l else "# MAGIC" for l in lines))
        else:
            chunks.append(cell.source)
    return "# Databricks notebook source\n" + "\n\n# COMMAND ----------\n\n".join(chunks) + "\n"


def main():
    with open(SEED, encoding="utf-8") as f:
        text = fix_mojibake(f.read())
    nb = build_notebook(parse_seed(text))
    notebook_path = os.path.join(REPO, "notebooks", "dynamic_allocation.ipynb")
    os.makedirs(os.path.dirname(notebook_path), exist_ok=True)
    nbformat.write(nb, notebook_path)

    fixtures = os.path.join(REPO, "Tests", "SparkbookNotebookTests", "Fixtures")
    os.makedirs(fixtures, exist_ok=True)
    shutil.copyfile(notebook_path, os.path.join(fixtures, "seed.ipynb"))
    jupytext = os.path.join(os.path.dirname(sys.executable), "jupytext")
    subprocess.run(
        [jupytext, "--to", "py:percent", "--output", os.path.join(fixtures, "seed_percent.py"), notebook_path],
        check=True,
    )
    with open(os.path.join(fixtures, "seed_databricks.py"), "w", encoding="utf-8") as f:
        f.write(databricks_source(nb))
    print(f"wrote {notebook_path}: {len(nb.cells)} cells "
          f"({sum(c.cell_type == 'code' for c in nb.cells)} code)")


if __name__ == "__main__":
    main()
