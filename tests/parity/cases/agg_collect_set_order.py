# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-agg_collect_set_order")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %% [markdown]
# collect_set returns its elements in the iteration order of Spark's Scala hash set: by hash bucket, with the
# table grown by each partial set and by the merge of partials. Every result is ordered by the group key only.

# %%
df = spark.createDataFrame([(i % 7, f"k{i%5}", i * 1.5) for i in range(40)], ["a", "b", "v"])
df.groupBy("a").agg(F.collect_set("b"), F.collect_set("v")).orderBy("a").show(truncate=False)
df.groupBy("a").agg(F.collect_set((F.col("v") * 2).cast("int")).alias("ints"),
                    F.collect_set((F.col("v") * 1e9).cast("long")).alias("longs")).orderBy("a").show(truncate=False)

# %%
spark.range(0, 13, 1, 3).agg(F.collect_set("id")).show(truncate=False)
for n in (11, 12, 13, 23, 24, 25):
    d = spark.range(0, n * 3, 1, 4).select((F.col("id") % 2).alias("a"), ((F.col("id") * 7919) % (n * 2)).alias("x"))
    d.groupBy("a").agg(F.collect_set("x").alias("xs"),
                       F.collect_set(F.concat(F.lit("s"), F.col("x").cast("string"))).alias("ss")).orderBy("a").show(truncate=False)

# %%
# Partials of 12 or more elements size the merged table to 32 buckets; smaller ones leave it at 16, overfull.
for parts in (5, 8):
    dups = spark.range(0, 200, 1, parts).select((F.col("id") % 3).alias("a"), (F.col("id") % 17).alias("x"))
    dups.groupBy("a").agg(F.collect_set("x")).orderBy("a").show(truncate=False)
zeros = spark.createDataFrame([(1, 0.0), (1, -0.0), (1, float("nan")), (1, float("nan")), (1, 2.5), (1, -1.0),
                               (1, 1e20), (1, 0.1), (2, -0.0), (2, 0.0)], ["a", "x"])
zeros.groupBy("a").agg(F.collect_set("x")).orderBy("a").show(truncate=False)

# %% [markdown]
# Past 128 groups in a task Spark's aggregate falls back to sorting: later rows fill fresh buffers that the
# earlier ones are merged into, so a list reads its late values first.

# %%
many = spark.range(0, 600, 1, 1).select((F.col("id") % 200).alias("g"), F.col("id").alias("x"))
many.groupBy("g").agg(F.collect_list("x"), F.collect_set("x")).orderBy("g").show(5, truncate=False)
many.groupBy("g").agg(F.collect_list("x"), F.collect_set("x")).orderBy(F.col("g").desc()).show(3, truncate=False)
