# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-agg_floating_keys_normalized")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
# Spark groups floating keys after NormalizeFloatingNumbers: every NaN is one group, -0.0 joins 0.0.
df = spark.createDataFrame([(float("nan"), 1, "a"), (float("nan"), 2, "b"), (-0.0, 3, "c"), (0.0, 4, "d")],
                           ["k", "v", "s"])
df.groupBy("k").agg(F.sum("v")).show()
df.groupBy("k").agg(F.max("s"), F.collect_list("v")).show()

# %%
# Joins on floating keys match the same way: NaN to NaN, -0.0 to 0.0.
a = spark.createDataFrame([(float("nan"), 1), (-0.0, 2), (0.0, 3)], ["k", "x"])
b = spark.createDataFrame([(float("nan"), "n"), (0.0, "z")], ["k", "y"])
a.join(b, "k").orderBy("x").show()
a.select("k").distinct().orderBy("k").show()
