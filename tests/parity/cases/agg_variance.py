# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.window import Window

spark = (
    SparkSession.builder
        .appName("parity-agg_variance")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame([("a", 1, 2.0), ("a", 3, 4.0), ("a", 5, None), ("b", 7, 1.0), ("c", None, None)],
                           "k string, n int, x double")

# %%
df.groupBy("k").agg(F.stddev_pop("n"), F.var_pop("n"), F.var_samp("n"), F.variance("n")).orderBy("k").show()
df.agg(F.round(F.stddev("x"), 6), F.round(F.stddev_samp("x"), 6), F.round(F.std("x"), 6), F.var_pop("x")).show()
df.selectExpr("var_pop(n)", "var_samp(n)", "variance(n)", "stddev_pop(n)", "stddev_samp(n)", "std(n)").show()
df.groupBy("k").agg({"n": "var_pop"}).orderBy("k").show()
