# %%
from datetime import date, time
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-datetime_time")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "America/Los_Angeles")
        .getOrCreate()
)
df = spark.range(1).select(F.lit(date(2014, 12, 28)).alias("d"), F.lit(time(6, 30, 45, 887000)).alias("t"),
                           F.lit("CET").alias("tz"))

# %%
df.show()
df.printSchema()
print(df.collect())
df.select(F.make_timestamp(date=df.d, time=df.t, timezone=df.tz), F.make_timestamp(date=df.d, time=df.t),
          F.make_timestamp_ntz(date=df.d, time=df.t)).show(truncate=False)

