# %%
from pyspark.sql import SparkSession, functions as F
spark = SparkSession.builder.getOrCreate()
orders = spark.createDataFrame(
    [("France", 120, 80), ("Germany", 340, 150), ("Spain", 95, 130), ("Italy", 210, 60), ("Portugal", 40, 20)],
    "country string, n long, returns long")

# %%
display(orders, kind="bar", x="country", y="n", title="Orders by country")

# %%
display(orders, kind="bar", x="country", y=["n", "returns"])

# %%
days = spark.range(1, 31).select(F.col("id").alias("day"), (F.col("id") * 10 + F.col("id") % 7 * 15).alias("sales"))
display(days, kind="line", x="day", y="sales")

# %%
display(orders, kind="pie", x="country", y="n")

# %%
display(orders, kind="scatter", x="n", y="returns")
