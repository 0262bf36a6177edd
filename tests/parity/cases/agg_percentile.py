# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-agg_percentile")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame([("a", 1, 2.0), ("a", 3, None), ("a", 5, 4.5), ("a", 6, 1.0), ("b", 7, 1.0)], "k string, n int, x double")

# %%
# Exact percentiles (Spark's `Percentile`): named with the default frequency, interpolated between neighbours.
df.groupBy("k").agg(F.percentile("n", 0.25), F.percentile("x", 0.9), F.percentile(F.col("n"), F.lit(0.5))).show()
df.groupBy("k").agg(F.percentile("n", 0.25).alias("p")).printSchema()
