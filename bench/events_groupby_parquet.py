# %% [markdown]
# The seed's job on Parquet: read the events written as snappy Parquet, group by country and device, count and
# sum the amount, collect the groups. `path` (a folder of part files) is set with `-p path DIR`.

# %% tags=["parameters"]
path = "events.parquet"

# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = SparkSession.builder.appName("bench-events-groupby-parquet").getOrCreate()
events = spark.read.parquet(path)
groups = events.groupBy("country", "device").agg(F.count("*").alias("n"), F.sum("amount").alias("total"))
rows = groups.collect()
print(len(rows), sum(r["n"] for r in rows), round(sum(r["total"] for r in rows), 2))
