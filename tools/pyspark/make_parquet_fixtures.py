"""Writes the Parquet files the parity cases `parquet_*` read (tests/fixtures/parquet/), with real Spark 4.3 and
pyarrow, so Sparkbook's reader is checked against files from the writers people use.

Run: SPARK_LOCAL_IP=127.0.0.1 /path/to/python-with-pyspark-and-pyarrow tools/pyspark/make_parquet_fixtures.py
The files are small and committed; rerun only to add a case.
"""
import datetime, decimal, glob, os, shutil, tempfile

import pyarrow as pa
import pyarrow.parquet as pq

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "parquet")
os.makedirs(OUT, exist_ok=True)


def spark_files():
    from pyspark.sql import SparkSession
    spark = (SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false")
             .config("spark.sql.session.timeZone", "UTC").getOrCreate())
    df = spark.sql("""
        SELECT CAST(id AS TINYINT) AS b, CAST(id * 300 AS SMALLINT) AS s, CAST(id * 70000 AS INT) AS i,
               id * 10000000000 AS l, CAST(id / 3 AS FLOAT) AS f, id / 7 AS d,
               CAST(id * 1.25 AS DECIMAL(5,2)) AS d5, CAST(id * 123456.789 AS DECIMAL(15,3)) AS d15,
               CAST(id AS DECIMAL(25,4)) * 1234567890123.4567 AS d25,
               CASE WHEN id % 3 = 0 THEN NULL ELSE concat('name-', id) END AS name,
               CAST(concat('x', id) AS BINARY) AS bin, id % 2 = 0 AS flag,
               date_add(DATE'2024-02-27', CAST(id AS INT)) AS day,
               timestamp_seconds(1700000000 + id * 3600) AS ts,
               CASE WHEN id = 2 THEN NULL ELSE sequence(1, CAST(id AS INT)) END AS nums,
               array(concat('a', id), NULL) AS words,
               CASE WHEN id = 1 THEN map() ELSE map('k', CAST(id AS INT), 'z', NULL) END AS m,
               named_struct('x', CAST(id AS INT), 'y', CASE WHEN id = 4 THEN NULL ELSE concat('y', id) END) AS st,
               array(named_struct('p', CAST(id AS INT), 'q', 'q')) AS items
        FROM range(0, 6)""")
    for codec in ["snappy", "gzip", "zstd", "lz4_raw", "uncompressed"]:
        tmp = tempfile.mkdtemp()
        df.coalesce(1).write.mode("overwrite").option("compression", codec).parquet(tmp + "/o")
        part = glob.glob(tmp + "/o/part-*.parquet")[0]
        name = "spark_types.parquet" if codec == "snappy" else f"spark_types_{codec}.parquet"
        shutil.copy(part, os.path.join(OUT, name))
        shutil.rmtree(tmp)
    # Several row groups in one file (a tiny block size), for splitting and multi-group reads.
    tmp = tempfile.mkdtemp()
    spark.range(0, 20000).selectExpr("id", "id % 7 AS k", "concat('v', id % 100) AS v").coalesce(1).write \
        .option("parquet.block.size", 65536).parquet(tmp + "/o")
    shutil.copy(glob.glob(tmp + "/o/part-*.parquet")[0], os.path.join(OUT, "spark_row_groups.parquet"))
    shutil.rmtree(tmp)
    spark.stop()


def spark_typed_row_groups():
    """Several row groups of INT64 timestamps (not Spark's INT96 default, which has no statistics) and decimals
    (INT32, INT64 and FIXED_LEN_BYTE_ARRAY), each row group a range of its own, for row-group skipping."""
    from pyspark.sql import SparkSession
    spark = (SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false")
             .config("spark.sql.session.timeZone", "UTC").config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS").getOrCreate())
    tmp = tempfile.mkdtemp()
    spark.range(0, 6000).selectExpr(
        "id", "timestamp_seconds(1700000000 + id * 60) AS ts", "CAST(id / 100 AS DECIMAL(7,2)) AS d7",
        "CAST(id / 100 AS DECIMAL(15,2)) AS d15", "CAST(id AS DECIMAL(25,2)) * 1000000000000 AS d25",
    ).coalesce(1).write.option("parquet.block.size", 65536).parquet(tmp + "/o")
    shutil.copy(glob.glob(tmp + "/o/part-*.parquet")[0], os.path.join(OUT, "spark_row_groups_typed.parquet"))
    shutil.rmtree(tmp)
    spark.stop()


def arrow_files():
    n = 50
    table = pa.table({
        "i32": pa.array([None if k % 5 == 0 else k * 3 - 40 for k in range(n)], pa.int32()),
        "i64": pa.array([k * 1_000_000_007 - 5 for k in range(n)], pa.int64()),
        "u8": pa.array([k * 5 % 256 for k in range(n)], pa.uint8()),
        "u32": pa.array([4_000_000_000 + k for k in range(n)], pa.uint32()),
        "f": pa.array([k / 8 for k in range(n)], pa.float32()),
        "dbl": pa.array([None if k % 7 == 3 else k * 0.1 for k in range(n)], pa.float64()),
        "s": pa.array([None if k % 4 == 1 else "str-%03d" % (k % 13) for k in range(n)], pa.string()),
        "ts_ms": pa.array([datetime.datetime(2024, 1, 1, 12, 0, 0) + datetime.timedelta(seconds=k * 37) for k in range(n)],
                          pa.timestamp("ms", tz="UTC")),
        "ts_us": pa.array([datetime.datetime(2023, 6, 30, 23, 59, 59, 999000) + datetime.timedelta(microseconds=k) for k in range(n)],
                          pa.timestamp("us", tz="UTC")),
        "dt": pa.array([datetime.date(1999, 12, 31) + datetime.timedelta(days=k) for k in range(n)], pa.date32()),
        "dec": pa.array([decimal.Decimal(k * 1234 - 9999) / 100 for k in range(n)], pa.decimal128(12, 2)),
        "lst": pa.array([None if k % 9 == 0 else [k, None, k + 1][: k % 4] for k in range(n)], pa.list_(pa.int64())),
    })
    pq.write_table(table, os.path.join(OUT, "arrow_plain_v1.parquet"), use_dictionary=False, data_page_version="1.0",
                   compression="snappy")
    pq.write_table(table, os.path.join(OUT, "arrow_dict_v2.parquet"), use_dictionary=True, data_page_version="2.0",
                   compression="zstd", row_group_size=20)
    pq.write_table(table.select(["i32", "i64", "s"]), os.path.join(OUT, "arrow_delta.parquet"), use_dictionary=False,
                   column_encoding={"i32": "DELTA_BINARY_PACKED", "i64": "DELTA_BINARY_PACKED", "s": "DELTA_BYTE_ARRAY"},
                   compression="gzip", data_page_version="2.0")
    pq.write_table(table.select(["s"]).rename_columns(["s2"]), os.path.join(OUT, "arrow_delta_length.parquet"),
                   use_dictionary=False, column_encoding={"s2": "DELTA_LENGTH_BYTE_ARRAY"}, compression="lz4")
    pq.write_table(table.select(["f", "dbl"]), os.path.join(OUT, "arrow_byte_stream_split.parquet"), use_dictionary=False,
                   column_encoding={"f": "BYTE_STREAM_SPLIT", "dbl": "BYTE_STREAM_SPLIT"}, compression="none")
    pq.write_table(table.select(["i32"]), os.path.join(OUT, "arrow_brotli.parquet"), compression="brotli")


if __name__ == "__main__":
    arrow_files()
    spark_files()
    spark_typed_row_groups()
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))
