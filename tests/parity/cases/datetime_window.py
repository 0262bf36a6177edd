# %%
import datetime
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-datetime_window")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
events = spark.createDataFrame(
    [("a", datetime.datetime(2016, 3, 11, 9, 0, 0), 1), ("a", datetime.datetime(2016, 3, 11, 9, 0, 5), 2),
     ("b", datetime.datetime(2016, 3, 11, 9, 0, 7), 3), ("a", datetime.datetime(2016, 3, 11, 9, 0, 11), 4),
     ("b", datetime.datetime(2016, 3, 11, 9, 0, 13), 5), ("a", None, 6)],
    ["k", "ts", "v"])

# %%
events.select("v", F.window("ts", "5 seconds")).orderBy("v").show(truncate=False)
events.groupBy(F.window("ts", "5 seconds")).agg(F.sum("v")).orderBy("window").show(truncate=False)
events.groupBy("k", F.window("ts", "10 seconds")).count().orderBy("k", "window").show(truncate=False)

# %%
events.groupBy(F.window("ts", "10 seconds", "5 seconds")).agg(F.sum("v").alias("s")).orderBy("window").show(truncate=False)
events.select("v", F.window("ts", "10 seconds", "5 seconds", "2 seconds")).orderBy("v", "window").show(truncate=False)

# %%
w = events.groupBy(F.window("ts", "5 seconds")).agg(F.sum("v").alias("s"))
w.printSchema()
w.select("window", F.window_time("window"), "s").orderBy("window").show(truncate=False)

# %%
s = events.groupBy(F.session_window("ts", "5 seconds")).agg(F.sum("v").alias("s"), F.count("*").alias("n"))
s.orderBy("session_window").show(truncate=False)
s.printSchema()
events.groupBy("k", F.session_window("ts", "4 seconds")).agg(F.max("v")).orderBy("k", "session_window").show(truncate=False)
