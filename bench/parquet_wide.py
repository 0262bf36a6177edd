# %% [markdown]
# A wide Parquet read: every column of the db-benchmark groupby table (3 strings, 6 integers, a double) is read
# and reduced, so each row group decodes all its column chunks. `path` (a folder of part files) is set with
# `-p path DIR`; `bench/parquet_read.py` times it against DuckDB on the same files.

# %% tags=["parameters"]
path = "g1.parquet"

# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = SparkSession.builder.appName("bench-parquet-wide").getOrCreate()
g1 = spark.read.parquet(path)
row = g1.agg(*[F.count(c).alias("n_" + c) for c in ("id1", "id2", "id3")],
             *[F.sum(c).alias("s_" + c) for c in ("id4", "id5", "id6", "v1", "v2", "v3")]).collect()[0]
print(" ".join(str(round(v, 2) if isinstance(v, float) else v) for v in row))
