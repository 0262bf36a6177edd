# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.window import Window

spark = (
    SparkSession.builder
        .appName("parity-types_decimal_agg")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
raw = spark.createDataFrame(
    [("x", "1.10"), ("x", "2.25"), ("y", None), ("y", "3.33"), ("x", "0.01"), ("z", "-4.445"), ("z", "4.445")],
    "k string, s string")
g = raw.withColumn("v", F.col("s").cast("decimal(10,3)")).drop("s")

# %%
r = g.groupBy("k").agg(F.sum("v"), F.avg("v"), F.min("v"), F.max("v"), F.count("v"), F.mean("v")).orderBy("k")
print(r.dtypes)
r.show()
print(r.collect())

# %%
t = g.agg(F.sum("v").alias("total"), F.avg("v").alias("mean"), F.countDistinct("v").alias("n"),
          F.round(F.stddev("v"), 6).alias("sd"))
print(t.dtypes)
t.show()
g.groupBy("k").sum("v").orderBy("k").show()
g.groupBy("k").avg("v").orderBy("k").show()

# %%
v = F.col("v")
fns = g.select("v", F.round(v, 1), F.round(v), F.round(v, -1), F.abs(v), F.floor(v), F.ceil(v), F.round(v, 5))
print(fns.dtypes)
fns.orderBy("v").show()

# %%
w = Window.partitionBy("k").orderBy("v")
g.withColumn("running", F.sum("v").over(w)).orderBy("k", "v").show()
g.na.drop().orderBy(F.desc("v")).show()
g.createOrReplaceTempView("g")
spark.sql("SELECT k, sum(v) AS total, max(v) AS top FROM g GROUP BY k ORDER BY k").show()
