# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-join_using_schema")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
p = people.select(F.col("id").alias("customer_id"), "name", "country")
j = p.join(orders, on="customer_id", how="inner")
print(j.columns)
j.printSchema()
print(j.count())
