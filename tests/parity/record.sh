#!/usr/bin/env bash
# Records what real PySpark prints for each parity case (a jupytext percent .py is also a plain Python script).
# Usage: tests/parity/record.sh [PYTHON]   (PYTHON: an interpreter with pyspark 4 installed; default .venv-pyspark)
# Writes tests/parity/expected/<case>.txt; `make test` compares `sparkbook run` stdout with these files.
set -euo pipefail
cd "$(dirname "$0")/../.."
py=${1:-.venv-pyspark/bin/python}
case "$py" in /*) ;; *) py="$PWD/$py" ;; esac
if [ ! -x "$py" ]; then
  python3 -m venv .venv-pyspark
  .venv-pyspark/bin/pip install --quiet pyspark
  py="$PWD/.venv-pyspark/bin/python"
fi
export SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$py"
for case in tests/parity/cases/*.py; do
  name=$(basename "$case" .py)
  (cd notebooks && "$py" "../$case") > "tests/parity/expected/$name.txt" 2> "/tmp/parity-$name.err" \
    || { echo "PySpark failed on $case (see /tmp/parity-$name.err)"; exit 1; }
  echo "recorded $name ($("$py" -c 'import pyspark; print(pyspark.__version__)'))"
done
