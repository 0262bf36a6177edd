# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-agg_groupby_methods")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
people.groupBy("country").count().orderBy("country").show()
people.groupBy("country").avg("age").orderBy("country").show()
people.groupBy("country").agg({"salary": "max", "age": "min"}).orderBy("country").show()
people.groupby("country").agg(F.sum("age").alias("s"), F.mean("salary").alias("m")).orderBy(F.col("s").desc()).show()
