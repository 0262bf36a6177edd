# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-fn_unix_time_la")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "America/Los_Angeles")
        .getOrCreate()
)
events = spark.createDataFrame(
    [(1, 0, "2024-03-10 02:30:00", 1.5), (2, None, None, None), (3, 1700000000, "1969-12-31 23:59:59", -7.25)],
    "id int, ts long, s string, x double")

# %% [markdown]
# Seconds since the epoch to text and back, read and written in the session time zone.

# %%
seconds = events.select("id", F.from_unixtime("ts"), F.from_unixtime("ts", "yyyy/MM/dd HH:mm"),
                        F.unix_timestamp("s"), F.to_unix_timestamp("s"), F.timestamp_seconds("ts"),
                        F.timestamp_seconds("x"))
seconds.printSchema()
seconds.orderBy("id").show(truncate=False)

# %% [markdown]
# `cast` between numbers and timestamps: seconds in, whole seconds (floored) or fractions out.

# %%
casts = events.select("id", F.col("ts").cast("timestamp").alias("t"), F.col("x").cast("timestamp").alias("tx"))
casts.select("id", "t", "tx", F.col("t").cast("long"), F.col("tx").cast("long"), F.col("tx").cast("double")) \
    .orderBy("id").show(truncate=False)
spark.sql("SELECT CAST(1700000000 AS TIMESTAMP) AS t, CAST(TIMESTAMP '2024-01-01 00:00:00' AS BIGINT) AS s").show()
