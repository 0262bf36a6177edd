# %% [markdown]
# Writes the events CSV as snappy Parquet (Spark's default codec), the file the Parquet benchmark reads.
# `source` and `target` are set with `-p`.

# %% tags=["parameters"]
source = "events.csv"
target = "events.parquet"

# %%
from pyspark.sql import SparkSession

spark = SparkSession.builder.appName("bench-events-to-parquet").getOrCreate()
spark.read.option("header", "true").option("inferSchema", "true").csv(source).write.mode("overwrite").parquet(target)
