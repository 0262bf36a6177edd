#!/usr/bin/env bash
# Records what real PySpark prints for each parity case (a jupytext percent .py is also a plain Python script).
# Usage: tests/parity/record.sh [PYTHON [CASE...]]   (PYTHON: an interpreter with pyspark 4 installed; default
# .venv-pyspark; CASE: case names to record, default all)
# Writes tests/parity/expected/<case>.txt; `make test` compares `sparkbook run` stdout with these files.
# Error cases (named err_*) must fail in their last cell: their stdout up to the failure is recorded as usual, and
# the first line of the exception message (without the Python exception class) goes to expected/<case>.stderr.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
py=${1:-.venv-pyspark/bin/python}
shift || true
case "$py" in /*) ;; *) py="$PWD/$py" ;; esac
if [ ! -x "$py" ]; then
  python3 -m venv .venv-pyspark
  .venv-pyspark/bin/pip install --quiet pyspark
  py="$PWD/.venv-pyspark/bin/python"
fi
export SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$py"
version=$("$py" -c 'import pyspark; print(pyspark.__version__)')
if [ $# -gt 0 ]; then cases=(); for n in "$@"; do cases+=("tests/parity/cases/$n.py"); done
else cases=(tests/parity/cases/*.py); fi
for case in "${cases[@]}"; do
  name=$(basename "$case" .py)
  err="/tmp/parity-$name.err"
  if (cd notebooks && "$py" "../$case") > "tests/parity/expected/$name.txt" 2> "$err"; then
    [[ $name == err_* ]] && { echo "error case $case did not fail under PySpark"; exit 1; }
  else
    [[ $name == err_* ]] || { echo "PySpark failed on $case (see $err)"; exit 1; }
    # The last traceback line is `module.ExceptionClass: message`; keep the message's first line.
    # Spark appends `;` and the analysed plan (or `; line 1 pos 0`) after the SQLSTATE: the message ends there.
    # A JVM read error wraps its root cause (FAILED_READ_FILE around MALFORMED_RECORD_IN_PARSING or MALFORMED_CSV_RECORD): keep the cause.
    message=$(grep -E '^[A-Za-z_.]*(Exception|Error): ' "$err" | tail -1 | sed -E 's/^[A-Za-z_.]*(Exception|Error): //' \
      | sed -E 's/(SQLSTATE: [A-Z0-9]{5});.*$/\1/' || true)
    # An error PySpark does not convert (a SparkException from a job, as SCALAR_SUBQUERY_TOO_MANY_ROWS) is a
    # py4j Py4JJavaError (no line above matches its name) whose next line holds the JVM exception: keep its message.
    if [ -z "$message" ]; then
      message=$(grep -E '^: [A-Za-z_.]*(Exception|Error): ' "$err" | tail -1 | sed -E 's/^: [A-Za-z_.]*(Exception|Error): //' \
        | sed -E 's/(SQLSTATE: [A-Z0-9]{5});.*$/\1/')
    fi
    if [[ $message == "[FAILED_READ_FILE"* ]]; then
      cause=$(grep -oE '\[MALFORMED_(RECORD_IN_PARSING|CSV_RECORD)[^"]*' "$err" | head -1 | sed -E 's/(parsing: \[[^]]*\]\.).*/\1/')
      [ -n "$cause" ] && message=$cause
    fi
    printf '%s\n' "$message" > "tests/parity/expected/$name.stderr.txt"
  fi
  echo "recorded $name ($version)"
done
