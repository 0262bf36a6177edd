# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-agg_collect_set_order_types")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %% [markdown]
# collect_set's element order for booleans, dates, timestamps, floats and decimals, and over a CSV file.

# %%
r = spark.range(0, 30, 1, 3).select(
    (F.col("id") % 2).alias("a"),
    (F.col("id") % 3 == 0).alias("b"),
    F.date_add(F.lit("2024-01-01").cast("date"), (F.col("id") * 37 % 20).cast("int")).alias("d"),
    F.to_timestamp(F.concat(F.lit("2024-01-"), (F.col("id") * 7 % 20 + 10).cast("string"), F.lit(" "),
                           (F.col("id") * 5 % 14 + 10).cast("string"), F.lit(":30:00"))).alias("t"),
    (F.col("id") / 4).cast("float").alias("f"),
    (F.col("id") / 4).cast("decimal(10,2)").alias("dc"),
    F.col("id").cast("decimal(10,0)").alias("dw"),
)
r.groupBy("a").agg(F.collect_set("b"), F.collect_set("d")).orderBy("a").show(truncate=False)
r.groupBy("a").agg(F.collect_set("t")).orderBy("a").show(truncate=False)
r.groupBy("a").agg(F.collect_set("f"), F.collect_set("dc"), F.collect_set("dw")).orderBy("a").show(truncate=False)

# %%
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
people.groupBy("country").agg(*[F.collect_set(c) for c in people.columns if c != "country"]) \
    .orderBy("country").show(truncate=False)
