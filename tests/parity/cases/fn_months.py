# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-fn_months")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
days = spark.createDataFrame([(1, "2024-01-31"), (2, None), (3, "2024-02-29"), (4, "2023-12-15")], "id int, d string") \
    .withColumn("d", F.to_date("d"))

# %% [markdown]
# Calendar-month arithmetic: month ends clamp, `months_between` counts a 31-day month.

# %%
months = days.select("id", F.add_months("d", 1), F.add_months("d", -13), F.last_day("d"), F.next_day("d", "Mon"),
                     F.months_between("d", F.lit("2023-12-15")), F.months_between("d", F.lit("2023-12-15"), False))
months.printSchema()
months.orderBy("id").show(truncate=False)
