# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-join_unordered_sort_merge")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
# Rows from createDataFrame have no size estimate: Spark sorts and merges, so the output is ordered by the
# key (nulls first), ties in arrival order. No orderBy anywhere.
df = spark.createDataFrame([(i % 7, f"k{i%5}", i * 1.5) for i in range(40)], ["a", "b", "v"])
d2 = spark.createDataFrame([(i, f"name{i}") for i in [3, 1, None, 2, 9, 1]], ["a", "n"])
d3 = spark.createDataFrame([(i, f"x{i}") for i in [None, 3, 8, 1, 2]], ["a", "x"])
df.join(d2, "a").show(12)
d2.join(df, "a").show(12)
d2.join(d3, "a", "full").show()
d2.join(d3, d2.a == d3.a, "full").show()
d2.join(d3, "a").show()
