# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-date_arithmetic")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
orders = spark.createDataFrame([(1, "2024-01-30", 3), (2, "2024-02-28", 1), (3, None, 2)], "id int, day string, n int") \
    .withColumn("day", F.to_date("day"))

# %% [markdown]
# A date plus or minus a number of days is `date_add` / `date_sub`, and named so.

# %%
orders.select("id", F.col("day") + 1, F.col("day") - 30, 7 + F.col("day")).orderBy("id").show()
orders.selectExpr("id", "day + n", "day - n AS earlier", "date'2024-12-31' + 1").orderBy("id").show()
orders.filter(F.col("day") + 2 > F.lit("2024-02-01").cast("date")).select("id").show()
orders.selectExpr("day + n").printSchema()
