# %%
import datetime
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-datetime_intervals")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame([[100, 11, 1, 1, 12, 30, 1.001001], [-1, 0, 0, -3, 0, 0, 0.5]],
                           ["year", "month", "week", "day", "hour", "min", "sec"])

# %%
df.select(F.make_interval("year", "month", "week", "day", "hour", "min", "sec").alias("i")).show(truncate=False)
df.select(F.make_interval("year"), F.make_interval()).show(truncate=False)
df.select(F.make_dt_interval("day", "hour", "min", "sec"), F.make_dt_interval("day")).show(truncate=False)
df.select(F.make_ym_interval("year", "month"), F.make_ym_interval()).show(truncate=False)
df.select(F.make_dt_interval("day", "hour").alias("d"), F.make_ym_interval("year").alias("y")).printSchema()
print(df.select(F.make_dt_interval("day", "hour").alias("d"), F.make_ym_interval("year").alias("y")).dtypes)

# %%
spark.range(1).select(F.try_make_interval(F.lit(2147483647)).alias("x")).show()
spark.range(4).select(F.make_interval(F.lit(1)).alias("i"), "id").select("*", F.try_divide("i", "id")).show()

# %%
ts = spark.createDataFrame([("2015-04-08 12:12:12",), ("2024-01-31 23:59:59.5",)], ["s"])
ts.select("s", F.to_timestamp_ntz("s").alias("n")).show(truncate=False)
ts.select(F.to_timestamp_ntz("s").alias("n")).printSchema()
print(ts.select(F.to_timestamp_ntz("s").alias("n")).collect())
ts.select(F.convert_timezone(F.lit("Asia/Hong_Kong"), F.lit("America/Los_Angeles"), "s").alias("c")).show()
ts.select((F.to_timestamp("s") + F.make_dt_interval(F.lit(1), F.lit(2))).alias("t"),
          (F.to_timestamp_ntz("s") + F.make_interval(F.lit(0), F.lit(1))).alias("u")).show(truncate=False)
df.select(F.make_timestamp_ntz(F.lit(2014), F.lit(12), F.lit(28), F.lit(6), F.lit(30), F.lit(45.887)).alias("t")).show(truncate=False)

# %%
ntz = spark.createDataFrame([("m", datetime.datetime(2026, 1, 1, 0, 0)), ("m", datetime.datetime(2026, 1, 1, 0, 1, 30))],
                            "m STRING, t TIMESTAMP_NTZ")
ntz.show()
ntz.printSchema()
print(ntz.collect())
ntz.select(F.col("t").cast("string").alias("s"), F.col("t").cast("timestamp").alias("u"), F.col("t").cast("date").alias("d")).show()
