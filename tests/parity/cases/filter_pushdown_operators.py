# %%
from pyspark.sql import SparkSession, Window
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-filter_pushdown_operators")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %% [markdown]
# Filters move through aggregates (grouping keys only), sorts, repartitions, unions, windows (partition keys
# only), explode and join sides, as in Spark's optimizer, so the expressions below never see the dropped rows.

# %%
df = spark.createDataFrame([(1, 0), (4, 2), (9, 3), (8, 2)], ["a", "b"])
q = F.col("a") / F.col("b")
df.groupBy("b").agg(F.sum(q).alias("s"), F.count("*").alias("n")).filter("b != 0").orderBy("b").show()
df.groupBy("b").agg(F.first(q).alias("f"), F.collect_list(q).alias("l")).filter(F.col("b") > 0).orderBy("b").show()
df.groupBy((F.col("b") + 1).alias("k")).agg(F.max(F.col("a") % F.col("b")).alias("m")).filter("k > 1").orderBy("k").show()

# %%
df.orderBy(q).filter("b != 0").show()
df.withColumn("q", q).repartition(3).filter("b != 0").orderBy("a").show()
df.withColumn("q", q).union(df.withColumn("q", F.col("a") * 1.0)).filter("b != 0").orderBy("a", "q").show()

# %%
w = Window.partitionBy("b").orderBy("a")
df.withColumn("s", F.sum(q).over(w)).withColumn("rn", F.row_number().over(w)).filter("b != 0").orderBy("a").show()
spark.createDataFrame([(1, 0, [1]), (4, 2, [2, 3])], ["a", "b", "xs"]) \
    .withColumn("q", q).select("*", F.explode("xs").alias("x")).filter("b != 0").show()

# %%
names = spark.createDataFrame([(0, "zero"), (2, "two"), (3, "three")], ["b", "name"])
df.withColumn("q", q).join(names, "b").filter(df.b != 0).orderBy("a").show()
df.join(names.withColumn("r", 1 / F.col("b")), "b", "left").filter(names.name != "zero").orderBy("a").show()
df.join(names, "b", "left").filter(F.col("name").isNull()).show()
df.join(names.withColumn("r", 6 / F.col("b")), "b", "full").filter(F.col("name") != "zero").orderBy("name", "a").show()
