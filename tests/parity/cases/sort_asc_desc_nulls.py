# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-sort_asc_desc_nulls")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
people.select("name", "age").orderBy(F.col("age").asc()).show()
people.select("name", "age").orderBy(F.col("age").desc()).show()
people.select("name", "age").orderBy(F.col("age").asc_nulls_last()).show()
people.select("name", "age").orderBy(F.col("age").desc_nulls_first()).show()
