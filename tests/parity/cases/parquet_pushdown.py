# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-parquet_pushdown")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
fixtures = "../tests/fixtures/parquet/"

# %%
# Filters over a file of 7 row groups (ids 0-2887, 2888-5775, ...; k in 0..6 and v in v0..v99 in each), with the
# row groups they rule out skipped and without: the same rows either way.
for pushdown in ["true", "false"]:
    spark.conf.set("spark.sql.parquet.filterPushdown", pushdown)
    df = spark.read.parquet(fixtures + "spark_row_groups.parquet")
    ranged = df.filter((F.col("id") >= 6000) & (F.col("id") < 9000))
    print(pushdown, ranged.count(), ranged.agg(F.sum("id"), F.min("v"), F.max("k")).collect())
    print(df.filter(F.col("v") == "v100").count(), df.filter(F.col("id").isNull()).count(),
          df.filter(F.col("id") != 5).count(), df.filter(F.col("v").startswith("v5")).count())
    df.filter(F.col("v").isin("v7", "v100")).groupBy("k").count().orderBy("k").show()
    df.filter((F.col("id") < 3) | (F.col("id") > 19997)).select("id", "k", "v").orderBy("id").show()
    df.filter(F.col("k").isNull() | (F.col("k") > 5)).groupBy("k").agg(F.count("*"), F.sum("id")).orderBy("k").show()
