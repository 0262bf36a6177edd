# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-py_dict_from_rows")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame([(1, "a", 1.0), (2, "b", 2.5), (3, "a", None)], ["id", "k", "v"])

# %%
# A dict built from rows keeps one entry per key: the last value, in the key's first place.
rows = df.orderBy("id").collect()
latest = {r.k: r.id for r in rows}
print(latest, len(latest))
counts = {}
for r in rows:
    counts[r.k] = counts.get(r.k, 0) + 1
print(counts, dict([(r.k, r.v) for r in rows]), {"a": 1, "b": 2, "a": 3})
