# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-err_date_plus_bigint")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
days = spark.range(3).withColumn("day", F.lit("2024-01-30").cast("date"))

# %% [markdown]
# `range` ids are BIGINT: Spark refuses them as a number of days instead of narrowing them.

# %%
days.select(F.col("day") + F.col("id")).show()
