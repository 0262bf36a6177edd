# %% [markdown]
# The seed notebook's job, printed with show() so that real PySpark and Sparkbook print the same text.
# Paths resolve against notebooks/ (run both with that folder as the working directory).

# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-seed")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
events_df = (
    spark.read
         .option("header", "true")
         .option("inferSchema", "true")
         .csv("data/big_events_50k.csv")
)
events_df.printSchema()
events_df.limit(5).show()
print(events_df.columns)

# %%
agg_df = (
    events_df
        .groupBy("country", "device")
        .agg(
            F.count("*").alias("event_count"),
            F.sum("amount").alias("total_amount")
        )
)
print(agg_df.count())
print(agg_df.columns)
print(agg_df.dtypes)

# %%
totals = events_df.agg(F.count("*").alias("n"), F.min("amount"), F.max("amount"), F.min("event_time"))
totals.show()
events_df.select("country", (F.col("amount") * 2).alias("double_amount")).limit(3).show()
events_df.filter(F.col("amount") > 900).limit(2).show(truncate=False)
print(events_df.filter(F.col("country") == "US").count())
