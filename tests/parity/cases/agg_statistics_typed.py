# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-agg_statistics_typed")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
events = spark.read.option("header", "true").option("inferSchema", "true").csv("data/big_events_50k.csv")

# %%
# median, the central-moment family, corr and the covariances over 50k rows, groups in Spark's arrival order.
events.groupBy("country", "device").agg(
    F.median("amount"), F.stddev("amount").alias("sd"), F.var_pop("amount"), F.stddev_pop("event_id"),
    F.corr("event_id", "amount"), F.covar_samp("amount", "event_id"), F.covar_pop("event_id", "event_id")).show(30)

# %%
# min/max of numbers and timestamps, and expressions over aggregate results.
events.groupBy("device").agg(F.min("amount"), F.max("event_time"), F.min("event_time"),
                             (F.max("event_id") - F.min("event_id")).alias("span"),
                             (F.corr("event_id", "amount") ** 2).alias("r2"),
                             F.round(F.sum("amount") / F.count("*"), 2).alias("mean2")).show()
events.groupBy("country").agg(F.max("event_id") - F.min("event_id"), F.corr("amount", "amount") ** 2).show()

# %%
# Small groups: one row (sample statistics are null), nulls skipped, an even count's median interpolates.
small = spark.createDataFrame([("a", 1, 2.0), ("a", 3, None), ("a", 5, 4.5), ("a", 6, 1.0), ("b", 7, 1.0),
                               ("c", None, None), ("b", 2, float("nan"))], "k string, n int, x double")
small.groupBy("k").agg(F.median("n"), F.median("x"), F.corr("n", "x"), F.covar_samp("n", "x"),
                       F.covar_pop("n", "x"), F.stddev("n"), F.min("x"), F.max("x")).show()
small.agg(F.median("n"), F.corr("n", "x"), F.stddev_samp("x")).show()
small.selectExpr("median(n)", "corr(n, x)", "covar_samp(n, n)", "covar_pop(x, n)").show()
small.groupBy("k").agg(F.median("x").alias("m")).printSchema()
