#!/usr/bin/env bash
# The Hive-style metastore (enableHiveSupport): a table one `sparkbook run` creates is there for the next run in
# the same working directory, and two runs writing the metastore at once both land every change.
# Usage: tests/tables/check_metastore.sh   (SPARKBOOK=path/to/sparkbook; default .build/debug/sparkbook)
set -uo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${SPARKBOOK:-.build/debug/sparkbook}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
check() {  # name, expected, actual
  if [ "$2" == "$3" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "metastore: $1: expected [$2], got [$3]"; fi
}

cat > "$work/create.py" <<'PY'
# %%
from pyspark.sql import SparkSession
spark = SparkSession.builder.enableHiveSupport().getOrCreate()
spark.createDataFrame([(1, "a"), (2, "b")], "id INT, name STRING").write.saveAsTable("kept")
spark.sql("CREATE DATABASE lab")
spark.sql("CREATE TABLE lab.shared (run STRING, n INT) USING parquet")
PY
cat > "$work/read.py" <<'PY'
# %%
from pyspark.sql import SparkSession
spark = SparkSession.builder.config("spark.sql.catalogImplementation", "hive").getOrCreate()
print(spark.table("kept").count(), [d.name for d in spark.catalog.listDatabases()])
PY
# Each writer creates 15 tables and appends 15 rows to one shared table, at the same time as the other.
cat > "$work/writer.py" <<'PY'
# %%
import sys
from pyspark.sql import SparkSession
spark = SparkSession.builder.enableHiveSupport().getOrCreate()
run = sys.argv[1]
for i in range(15):
    spark.sql(f"CREATE TABLE lab.t_{run}_{i} (x INT) USING parquet")
    spark.sql(f"INSERT INTO lab.shared VALUES ('{run}', {i})")
PY
cat > "$work/count.py" <<'PY'
# %%
from pyspark.sql import SparkSession
spark = SparkSession.builder.enableHiveSupport().getOrCreate()
print(len(spark.catalog.listTables("lab")), spark.table("lab.shared").count())
PY

(cd "$work" && "$bin" run create.py --quiet > /dev/null) || { echo "metastore: the first run failed"; failed=$((failed + 1)); }
check "a second run sees the first run's table and database" "2 ['default', 'lab']" \
  "$(cd "$work" && "$bin" run read.py --quiet 2>&1)"
check "a session without Hive support does not" "1" \
  "$(cd "$work" && printf '# %%%%\nprint(len(spark.catalog.listDatabases()))\n' > plain.py && "$bin" run plain.py --quiet 2>&1)"
(cd "$work" && "$bin" run writer.py --quiet a > a.log 2>&1) & first=$!
(cd "$work" && "$bin" run writer.py --quiet b > b.log 2>&1) & second=$!
wait $first; status_a=$?
wait $second; status_b=$?
check "two writers at once both finish" "0 0" "$status_a $status_b"
[ "$status_a$status_b" == "00" ] || cat "$work/a.log" "$work/b.log"
check "every table and row of both writers is there" "31 30" "$(cd "$work" && "$bin" run count.py --quiet 2>&1)"
check "the metastore is where the docs say" "yes" "$([ -f "$work/metastore_db/sparkbook-metastore.sqlite" ] && echo yes)"
echo "metastore: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
