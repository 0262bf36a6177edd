# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.window import Window

spark = (
    SparkSession.builder
        .appName("parity-window_frames")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

df = spark.createDataFrame(
    [("a", 1, 10.0), ("a", 2, None), ("a", 4, 30.0), ("a", 5, 40.0), ("a", None, 5.0), ("b", 1, 7.0), ("b", 1, 8.0),
     ("b", 3, 9.0)],
    "k string, t int, v double")

# %%
w = Window.partitionBy("k").orderBy("t")
df.select("k", "t", "v",
          F.sum("v").over(w.rowsBetween(-1, 1)).alias("sum3"),
          F.avg("v").over(w.rowsBetween(Window.unboundedPreceding, Window.currentRow)).alias("run_avg"),
          F.max("v").over(w.rowsBetween(Window.currentRow, Window.unboundedFollowing)).alias("max_rest"),
          F.count("v").over(w.rowsBetween(1, 2)).alias("next2")).orderBy("k", "t", "v").show()

# %%
df.select("k", "t", "v",
          F.sum("v").over(w.rangeBetween(-1, 1)).alias("r_sum"),
          F.min("v").over(w.rangeBetween(Window.unboundedPreceding, -1)).alias("r_min_before"),
          F.count("*").over(w.rangeBetween(0, Window.unboundedFollowing)).alias("r_rest"),
          F.first("v").over(w.rangeBetween(-2, 0)).alias("r_first"),
          F.last("v", True).over(w.rowsBetween(-2, 0)).alias("last_nn")).orderBy("k", "t", "v").show()

# %%
wd = Window.partitionBy("k").orderBy(F.desc("t"))
df.select("k", "t", "v", F.sum("v").over(wd.rangeBetween(-2, 0)).alias("d_sum"),
          F.sum("v").over(wd).alias("d_default")).orderBy("k", "t", "v").show()
print(Window.unboundedPreceding, Window.unboundedFollowing, Window.currentRow)
print(df.select(F.sum("v").over(w.rowsBetween(-1, 1)), F.avg("v").over(w.rangeBetween(-1, Window.unboundedFollowing))).columns)
print(df.select(F.sum("v").over(Window.partitionBy("k"))).columns)
print(df.select(F.row_number().over(w), F.lag("v", 2).over(w), F.sum("v").over(w)).columns)
