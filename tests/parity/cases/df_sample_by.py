# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as sf

spark = (
    SparkSession.builder
        .appName("parity-df_sample_by")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
dataset = spark.range(0, 100, 1, 5).select((sf.col("id") % 3).alias("key"))
sampled = dataset.sampleBy("key", fractions={0: 0.1, 1: 0.2}, seed=0)
sampled.groupBy("key").count().orderBy("key").show()
print(dataset.sampleBy(sf.col("key"), fractions={2: 1.0}, seed=0).count())
print(spark.range(0, 50, 1, 2).sampleBy("id", {3: 1, 7: 0.5, 11: 0.5, 12: 0.9, 40: 1.0}, 42).collect())
