# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
import datetime
from datetime import date

spark = (
    SparkSession.builder
        .appName("parity-types_dates_python")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
events = spark.createDataFrame(
    [(1, date(2024, 1, 5), datetime.datetime(2024, 1, 5, 10, 15)),
     (2, date(2024, 2, 29), datetime.datetime(2024, 2, 29, 23, 59, 30)),
     (3, None, datetime.datetime(2023, 12, 31, 0, 0, 0, 250000))],
    ["id", "day", "ts"],
)
events.printSchema()
events.show(truncate=False)
rows = events.collect()
print(rows[0])
print(rows[0].day, rows[0].ts, repr(rows[0].day), repr(rows[1].ts), repr(rows[2].ts))
print(rows[1].day.year, rows[1].day.month, rows[1].day.day, rows[1].ts.hour, rows[1].ts.minute, rows[1].ts.second)
print(rows[0].day.isoformat(), rows[0].ts.isoformat(), rows[0].day.strftime("%d/%m/%Y"), rows[1].ts.strftime("%Y-%m-%d %H:%M"))
print(f"{rows[0].day} | {rows[0].ts} | {rows[0].day:%Y%m%d}")

# %%
print(date(2024, 1, 5), datetime.datetime(2024, 1, 5, 10, 15), datetime.date(2024, 3, 1), datetime.datetime(2024, 1, 5))
print(date(2024, 1, 5) < date(2024, 2, 1), date(2024, 1, 5) == date(2024, 1, 5), date(2024, 1, 5).weekday(), [date(2024, 1, 5)])
print(sorted([date(2024, 3, 1), date(2023, 1, 1), date(2024, 1, 5)]), max(r.ts for r in rows))

# %%
lits = events.select(
    F.lit(date(2024, 3, 1)).alias("d"),
    F.lit(datetime.datetime(2024, 3, 1, 8, 0, 30)).alias("t"),
    F.datediff(F.lit(date(2024, 3, 1)), F.col("day")).alias("days_to_march"),
).orderBy("days_to_march")
lits.printSchema()
lits.show()
events.filter(F.col("day") >= date(2024, 2, 1)).show()
events.filter(F.col("ts") < datetime.datetime(2024, 1, 5, 11, 0)).select("id").show()
typed = spark.createDataFrame([(date(2024, 6, 1), datetime.datetime(2024, 6, 1, 12, 0))], "d date, t timestamp")
typed.show()
print(typed.collect())
