# %%
from pyspark.sql import SparkSession, Window
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-err_filter_pushdown_limit")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %% [markdown]
# Of two filters over an aggregate, the one on its grouping key moves below it and the one on its result stays
# above; but a filter never moves below a limit (it would change which rows the limit keeps), so the division
# below it still meets the zero.

# %%
df = spark.createDataFrame([(1, 0), (4, 2), (9, 3)], ["a", "b"])
df.groupBy("b").agg(F.sum(F.col("a") / F.col("b")).alias("s")).filter("b != 0").filter("s > 0").orderBy("b").show()

# %%
df.withColumn("q", F.col("a") / F.col("b")).limit(3).filter("b != 0").show()
