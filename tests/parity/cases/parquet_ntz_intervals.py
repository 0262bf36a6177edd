# %%
import tempfile
from pyspark.sql import SparkSession

spark = (
    SparkSession.builder
        .appName("parity-parquet_ntz_intervals")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
directory = tempfile.TemporaryDirectory()
out = directory.name

# %%
# timestamp_ntz is stored as INT64 micros not adjusted to UTC; ANSI intervals as their plain counts.
df = spark.range(1, 3).selectExpr(
    "CAST(id AS INT) AS id",
    "CASE WHEN id = 1 THEN TIMESTAMP_NTZ'2024-01-02 03:04:05.123456' END AS ntz",
    "CASE WHEN id = 1 THEN TIMESTAMP'2024-01-02 03:04:05' END AS ts",
    "CASE WHEN id = 1 THEN make_dt_interval(1, 2, 3, 4.5) END AS dt",
    "CASE WHEN id = 1 THEN make_ym_interval(3, 4) END AS ym")
df.write.parquet(out + "/t")
back = spark.read.parquet(out + "/t")
back.printSchema()
back.orderBy("id").show(truncate=False)

# %%
# A calendar interval has no Parquet form.
try:
    spark.sql("SELECT make_interval(1, 2, 3, 4, 5, 6, 7) AS i").write.parquet(out + "/i")
except Exception as e:
    print(type(e).__name__, str(e).split("\n")[0])
directory.cleanup()
