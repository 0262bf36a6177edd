# %% [markdown]
# The high-cardinality variant of the seed's job: read the events CSV (header, inferSchema), group by event_id
# (one group per row), count and sum the amount, collect the groups. `path` is set with `-p path FILE`.

# %% tags=["parameters"]
path = "data/big_events_50k.csv"

# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = SparkSession.builder.appName("bench-events-groupby").getOrCreate()
events = spark.read.option("header", "true").option("inferSchema", "true").csv(path)
groups = events.groupBy("event_id").agg(F.count("*").alias("n"), F.sum("amount").alias("total"))
rows = groups.collect()
print(len(rows), sum(r["n"] for r in rows), round(sum(r["total"] for r in rows), 2))
