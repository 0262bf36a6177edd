# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-write_csv")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
import os
out = "/tmp/sparkbook-parity-csv"
orders.select("order_id", "status").coalesce(1).write.mode("overwrite").option("header", "true").csv(out)
names = [f for f in os.listdir(out) if f.startswith("part-")]
print(len(names), "_SUCCESS" in os.listdir(out))
spark.read.option("header", "true").csv(out).orderBy("order_id").show()
