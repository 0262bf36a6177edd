"""Do real Spark and pyarrow read the Parquet files Sparkbook writes as they read Spark's own? (issue 16; a phase
of `make test`)

Sparkbook writes a frame of every type (nested ones, timestamp_ntz and day-time intervals included; PySpark cannot
collect year-month intervals, which the parity case parquet_ntz_intervals covers) under each codec; real PySpark 4.3
writes the same frame; PySpark reads both folders back (schema and every row), and so does pyarrow (its schema and rows of each
folder). Exit status 0 when both read Sparkbook's files exactly as Spark's.

Run: SPARK_LOCAL_IP=127.0.0.1 .venv-pyspark/bin/python tests/parquet/check_interop.py [SPARKBOOK]
(needs pyspark 4.3 and pyarrow in that venv, tools/requirements-doctests.txt, and a JDK for PySpark)
"""
import glob, os, subprocess, sys, tempfile

import pyarrow.parquet as pq

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
SPARKBOOK = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "sparkbook")
QUERY = """
    SELECT CAST(id AS TINYINT) AS b, CAST(id * 300 AS SMALLINT) AS s, CAST(id * 70000 AS INT) AS i,
           id * 10000000000 AS l, CAST(id / 3 AS FLOAT) AS f, id / 7 AS d,
           CAST(id * 1.25 AS DECIMAL(5,2)) AS d5, CAST(id * -123456.789 AS DECIMAL(15,3)) AS d15,
           CAST(id AS DECIMAL(25,4)) * -1234567890123.4567 AS d25,
           CASE WHEN id % 3 = 0 THEN NULL ELSE concat('name-', id) END AS name,
           CAST(concat('x', id) AS BINARY) AS bin, CASE WHEN id = 5 THEN NULL ELSE id % 2 = 0 END AS flag,
           date_add(DATE'1969-12-30', CAST(id AS INT)) AS day, timestamp_seconds(-7200 + id * 3601) AS ts,
           CASE WHEN id = 4 THEN NULL ELSE to_timestamp_ntz(concat('2024-01-0', id + 1, ' 03:04:05.123456')) END AS ntz,
           make_dt_interval(CAST(id AS INT), 2, 3, 4.5) AS dti,
           CASE WHEN id = 2 THEN NULL ELSE sequence(1, CAST(id AS INT)) END AS nums,
           array(concat('a', id), NULL) AS words,
           CASE WHEN id = 1 THEN CAST(map() AS MAP<STRING,INT>) ELSE map('k', CAST(id AS INT), 'z', CAST(NULL AS INT)) END AS m,
           CASE WHEN id = 3 THEN NULL ELSE named_struct('x', CAST(id AS INT), 'y', concat('y', id)) END AS st,
           CASE WHEN id = 0 THEN array() ELSE array(named_struct('p', CAST(id AS INT), 'q', array('q', NULL))) END AS items
    FROM range(0, 6)"""
CODECS = ["snappy", "gzip", "zstd", "lz4_raw", "uncompressed"]


def main():
    out = tempfile.mkdtemp(prefix="sparkbook-parquet-")
    cell = "from pyspark.sql import SparkSession\nspark = SparkSession.builder.config('spark.sql.session.timeZone', 'UTC').getOrCreate()\n"
    cell += f"df = spark.sql('''{QUERY}''')\n"
    for codec in CODECS:
        cell += f"df.write.option('compression', '{codec}').parquet('{out}/sparkbook_{codec}')\n"
    script = os.path.join(out, "write.py")
    with open(script, "w") as f:
        f.write(cell)
    subprocess.run([SPARKBOOK, "run", script], check=True, stdout=subprocess.DEVNULL)

    from pyspark.sql import SparkSession
    spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
             .config("spark.sql.session.timeZone", "UTC").getOrCreate())
    spark.sql(QUERY).write.parquet(f"{out}/spark")

    def describe(path):
        df = spark.read.parquet(path)
        rows = sorted(df.collect(), key=lambda r: r.b)
        return df.schema.simpleString(), [str(r) for r in rows]

    reference = describe(f"{out}/spark")

    def arrow(path):
        table = pq.read_table(path)
        rows = sorted(table.to_pylist(), key=lambda r: r["b"])
        # Names and types; a top-level column's own nullability is the writer's plan's (`timestamp_seconds` of a
        # non-null long is non-null in Spark, nullable in Sparkbook), not the file format's, so it is left out.
        return [(f.name, str(f.type)) for f in table.schema], rows

    arrow_reference = arrow(f"{out}/spark")
    ok = True
    for codec in CODECS:
        got = describe(f"{out}/sparkbook_{codec}")
        same = got == reference
        arrow_same = arrow(f"{out}/sparkbook_{codec}") == arrow_reference
        ok &= same and arrow_same
        files = glob.glob(f"{out}/sparkbook_{codec}/part-*.parquet")
        meta = pq.ParquetFile(files[0]).metadata
        print(f"{codec:13} Spark reads it {'as its own' if same else 'DIFFERENTLY'}, "
              f"pyarrow {'as Spark' + chr(39) + 's' if arrow_same else 'DIFFERENTLY'}: {len(files)} files, "
              f"codec {meta.row_group(0).column(0).compression}, {meta.num_columns} leaf columns, "
              f"Spark schema key {'present' if b'org.apache.spark.sql.parquet.row.metadata' in meta.metadata else 'missing'}")
        if not same:
            print("  expected:", reference)
            print("  got:     ", got)
    spark.stop()
    subprocess.run(["rm", "-rf", out])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
