# %%
import os, tempfile
from pyspark.sql import SparkSession, Row
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-parquet_write_roundtrip")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
directory = tempfile.TemporaryDirectory()
out = directory.name

# %%
# Every type, nulls at every level, written and read back.
df = spark.sql("""
    SELECT CAST(id AS TINYINT) AS b, CAST(id * 300 AS SMALLINT) AS s, CAST(id * 70000 AS INT) AS i,
           id * 10000000000 AS l, CAST(id / 3 AS FLOAT) AS f, CASE WHEN id = 3 THEN CAST('NaN' AS DOUBLE) ELSE id / 7 END AS d,
           CAST(id * 1.25 AS DECIMAL(5,2)) AS d5, CAST(id * -123456.789 AS DECIMAL(15,3)) AS d15,
           CAST(id AS DECIMAL(25,4)) * -1234567890123.4567 AS d25,
           CASE WHEN id % 3 = 0 THEN NULL ELSE concat('name-', id) END AS name,
           CAST(concat('x', id) AS BINARY) AS bin, CASE WHEN id = 5 THEN NULL ELSE id % 2 = 0 END AS flag,
           date_add(DATE'1969-12-30', CAST(id AS INT)) AS day,
           timestamp_seconds(-7200 + id * 3601) AS ts,
           CASE WHEN id = 2 THEN NULL ELSE sequence(1, CAST(id AS INT)) END AS nums,
           array(concat('a', id), NULL) AS words,
           CASE WHEN id = 1 THEN CAST(map() AS MAP<STRING,INT>) ELSE map('k', CAST(id AS INT), 'z', CAST(NULL AS INT)) END AS m,
           CASE WHEN id = 3 THEN NULL ELSE named_struct('x', CAST(id AS INT), 'y', CASE WHEN id = 4 THEN NULL ELSE concat('y', id) END) END AS st,
           CASE WHEN id = 0 THEN array() ELSE array(named_struct('p', CAST(id AS INT), 'q', array('q', NULL))) END AS items
    FROM range(0, 6)""")
df.write.parquet(out + "/all")
back = spark.read.parquet(out + "/all")
back.printSchema()
back.orderBy("b").show(truncate=False)
print(back.orderBy("b").collect()[4])
print(sorted(n.split("-")[0] for n in os.listdir(out + "/all") if not n.endswith(".crc")))
print(all(n.endswith(".snappy.parquet") for n in os.listdir(out + "/all") if n.startswith("part-")))

# %%
# Codecs, save modes, an empty DataFrame.
for codec in ["gzip", "zstd", "lz4_raw", "uncompressed", "none"]:
    df.select("i", "name", "nums").write.mode("overwrite").option("compression", codec).parquet(out + "/c")
    names = [n for n in os.listdir(out + "/c") if n.startswith("part-")]
    print(codec, sorted(n.split(".", 1)[1] for n in names)[0], spark.read.parquet(out + "/c").orderBy("i").collect()[2])
df.select("i").write.mode("append").parquet(out + "/all2")
df.select("i").write.mode("append").parquet(out + "/all2")
print(spark.read.parquet(out + "/all2").count())
df.select("i").write.mode("ignore").parquet(out + "/all2")
print(spark.read.parquet(out + "/all2").count())
spark.range(0).selectExpr("id", "CAST(id AS STRING) AS t").write.parquet(out + "/empty")
empty = spark.read.parquet(out + "/empty")
empty.printSchema()
print(empty.count())
spark.conf.set("spark.sql.parquet.compression.codec", "zstd")
df.select("i").write.parquet(out + "/conf")
print(sorted(n.split(".", 1)[1] for n in os.listdir(out + "/conf") if n.startswith("part-"))[0])

# %%
# maxRecordsPerFile splits a task's output: c000, c001, ... (option, or spark.sql.files.maxRecordsPerFile).
df.select("i", "name").coalesce(1).write.option("maxRecordsPerFile", 2).parquet(out + "/m")
print(sorted(n.split("-")[-1] for n in os.listdir(out + "/m") if n.startswith("part-")))
print(spark.read.parquet(out + "/m").count())
spark.conf.set("spark.sql.files.maxRecordsPerFile", "4")
df.select("i").coalesce(1).write.parquet(out + "/m4")
print(sorted(n.split("-")[-1] for n in os.listdir(out + "/m4") if n.startswith("part-")))
spark.conf.set("spark.sql.files.maxRecordsPerFile", "0")

# %%
# Column pruning, filters and aggregation over a written dataset.
spark.range(0, 5000).selectExpr("id", "id % 10 AS k", "concat('v', id % 37) AS v").repartition(3).write.parquet(out + "/big")
big = spark.read.parquet(out + "/big")
big.filter(F.col("k") == 3).groupBy("v").count().orderBy(F.desc("count"), "v").show(5)
print(big.select(F.sum("id"), F.countDistinct("v")).collect())
directory.cleanup()
