#!/usr/bin/env bash
# End-to-end check of the main job, as a user runs it: the seed notebook in its three formats gives the same
# stdout; --output writes a notebook nbformat accepts; a broken notebook exits 1 and keeps earlier outputs.
set -euo pipefail
bin=${SPARKBOOK:-.build/debug/sparkbook}
py=${PYTHON:-.venv/bin/python}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$bin" run notebooks/dynamic_allocation.ipynb --quiet --output "$tmp/seed.out.ipynb" > "$tmp/ipynb.txt"
"$py" tools/notebook/validate.py "$tmp/seed.out.ipynb"
grep -qx '100' "$tmp/ipynb.txt" || { echo "seed run did not print 100"; cat "$tmp/ipynb.txt"; exit 1; }

fixtures=Tests/SparkbookNotebookTests/Fixtures
"$bin" run "$fixtures/seed_percent.py" --cwd notebooks --quiet > "$tmp/percent.txt"
"$bin" run "$fixtures/seed_databricks.py" --cwd notebooks --quiet > "$tmp/databricks.txt"
cmp "$tmp/ipynb.txt" "$tmp/percent.txt"
cmp "$tmp/ipynb.txt" "$tmp/databricks.txt"

cat > "$tmp/broken.py" <<'PY'
# %%
print("before")

# %%
spark.range(3).gropBy("id")
PY
if "$bin" run "$tmp/broken.py" --quiet --output "$tmp/broken.ipynb" > /dev/null 2> "$tmp/broken.err"; then
  echo "a failing notebook exited 0"; exit 1
fi
grep -q '\^' "$tmp/broken.err" || { echo "no caret in the error"; cat "$tmp/broken.err"; exit 1; }
"$py" tools/notebook/validate.py "$tmp/broken.ipynb"
"$py" - "$tmp/broken.ipynb" <<'PY'
import json, sys
cells = [c for c in json.load(open(sys.argv[1]))["cells"] if c["cell_type"] == "code"]
assert cells[0]["outputs"][0]["text"] == ["before\n"], cells[0]["outputs"]
assert cells[1]["outputs"][0]["output_type"] == "error", cells[1]["outputs"]
PY
echo "seed run checks: 4 passed, 0 failed"
