#!/usr/bin/env bash
# Records real PySpark's figures in the doctest runner (the same extraction, notebooks and comparison as
# `make doctests`), so Sparkbook's pass rate reads against what PySpark itself passes here.
# Usage: tests/doctests/record_pyspark.sh [PYTHON]   (PYTHON: an interpreter with pyspark 4.3.0, a JDK on the PATH;
# default /work/pyspark-venv/bin/python, else .venv-pyspark/bin/python)
# Writes tests/doctests/pyspark-4.3.0.json: per-module passed/total and the names of the passing docstrings.
set -euo pipefail
cd "$(dirname "$0")/../.."
py=${1:-/work/pyspark-venv/bin/python}
[ -x "$py" ] || py=.venv-pyspark/bin/python
export SPARK_LOCAL_IP=127.0.0.1
"$py" tests/doctests/run.py --engine pyspark --python "$py" --timeout 300 \
  --record tests/doctests/pyspark-4.3.0.json "${@:2}"
