# %%
import datetime
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-date_part_arithmetic")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame([(datetime.datetime(2015, 4, 8, 13, 8, 15, 123456), datetime.date(2016, 2, 29),
                             "2024-01-31 10:00:00", 3)], ["ts", "d", "s", "n"])

# %%
df.select(F.date_part(F.lit("YEAR"), "ts"), F.datepart(F.lit("S"), "ts"), F.extract(F.lit("dow"), "d"),
          F.date_part(F.lit("doy"), "d"), F.date_part(F.lit("week"), "ts"), F.date_part(F.lit("second"), "d")).show()
df.select(F.timestamp_add("month", "n", "ts"), F.timestamp_add("MONTH", F.lit(1), "s"),
          F.timestamp_diff("MONTH", "d", "ts"), F.timestamp_diff("hour", "ts", "s"), F.date_diff("ts", "d"),
          F.dateadd("d", 1)).show()
df.select(F.try_to_timestamp("s"), F.try_to_date(F.lit("2020-13-01")), F.from_utc_timestamp("s", "Asia/Tokyo"),
          F.to_utc_timestamp("s", "PST"), F.try_mod("n", F.lit(2)), F.try_mod("n", F.lit(0)),
          F.width_bucket(F.lit(5.3), F.lit(0.2), F.lit(10.6), F.lit(5))).show()
df.select(F.date_part(F.lit("S"), "ts"), F.timestamp_diff("day", "ts", "s"), F.width_bucket("n", "n", "n", "n"),
          F.try_mod("n", F.lit(2))).printSchema()
