# %%
from pyspark.sql import SparkSession, Window
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-filter_pushdown")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %% [markdown]
# Spark's optimizer moves a filter below the projection that computes a column, so a division that would fail
# on the rows the filter drops is never computed (PushPredicateThroughNonJoin, CombineFilters).

# %%
df = spark.createDataFrame([(1, 0, "7", [1, 2]), (4, 2, "x", [3]), (9, 3, "12", [4, 5])], ["a", "b", "s", "xs"])
df.withColumn("q", F.col("a") / F.col("b")).filter(F.col("b") != 0).show()
df.withColumn("m", F.col("a") % F.col("b")).where("b > 0").show()
df.select("a", (F.col("b") * 1).alias("bb"), (F.col("a") / F.col("b")).alias("q")).filter("bb != 0").show()
df.selectExpr("a", "b", "a div b AS d").where("b <> 0").show()

# %%
# Filters on a computed column combine with the ones below, which run first.
df.withColumn("q", F.col("a") / F.col("b")).filter(F.col("b") != 0).filter(F.col("q") > 2).show()
df.withColumns({"q": F.col("a") / F.col("b"), "r": F.col("a") + 1}).filter("r > 2").filter("q < 3").show()

# %%
# Casts and array access that fail under ANSI mode, guarded by a later filter.
df.withColumn("i", F.col("s").cast("int")).filter(F.col("s") != "x").show()
df.withColumn("second", F.element_at("xs", 2)).filter(F.size("xs") > 1).show()

# %%
# AND evaluates its right side only where the left side is true.
df.filter((F.col("b") != 0) & (F.col("a") / F.col("b") > 2)).select("a", "b").show()
df.where("b != 0 AND a % b = 0").select("a", "b").show()
