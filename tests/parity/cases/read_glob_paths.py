# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-read_glob_paths")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
spark.read.option("header", "true").csv("data/parity/o*.csv").orderBy("order_id").show(3)
print(spark.read.option("header", "true").csv("data/parity/?rders.csv").count())
print(spark.read.option("header", "true").csv("data/parity/[op]eople.csv").count())
print(spark.read.option("header", "true").csv("data/parity/[a-p]rders.csv").count())
print(spark.read.option("header", "true").csv("data/parity/{orders,people}.csv").count())
print(spark.read.option("header", "true").csv(["data/parity/orders.csv", "data/parity/orders.csv"]).count())
