# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.window import Window

spark = (
    SparkSession.builder
        .appName("parity-agg_first_last_ignorenulls")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

df = spark.createDataFrame(
    [("a", None, 1, "p"), ("a", 2, None, "p"), ("a", None, 3, "q"), ("b", None, None, None), ("b", 5, 5, "r"),
     ("c", None, None, None)],
    "k string, x int, y int, s string")

# %%
# One non-null value per group, so the result does not depend on row order.
df.groupBy("k").agg(F.first("x", ignorenulls=True), F.last("x", True), F.first("s", True).alias("fs")).orderBy("k").show()
df.groupBy("k").agg(F.countDistinct("x", "y"), F.count_distinct("y", "s"), F.countDistinct("s")).orderBy("k").show()
print(df.agg(F.countDistinct("x", "y", "s").alias("n")).collect())
df.selectExpr("count(DISTINCT x, y)", "count(DISTINCT y, s)").show()

# %%
w = Window.partitionBy("k").orderBy("y")
df.select("k", "y", F.first("x", True).over(w).alias("f"), F.last("x", ignorenulls=True).over(w).alias("l"),
          F.first("x").over(w).alias("f0"), F.last("s", True).over(w)).orderBy("k", "y").show(truncate=False)
