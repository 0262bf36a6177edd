# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-join_unordered_broadcast")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
# Small files: Spark broadcasts a side (BuildLeft or BuildRight by estimated size), streams the other in scan
# order and gives each row its build-side matches newest first. No orderBy anywhere.
people.join(orders, people.id == orders.customer_id).show()
people.join(orders, people.id == orders.customer_id, "left").show()
orders.join(people, orders.customer_id == people.id).select("order_id", "name").show()
people.join(orders, people.id == orders.customer_id, "right").show()
people.join(orders, people.id == orders.customer_id, "left_semi").show()
people.join(orders, people.id == orders.customer_id, "left_anti").show()

# %%
o2 = orders.select(F.col("status").alias("st"), F.col("order_id").alias("oid"))
orders.join(o2, orders.status == o2.st).select("order_id", "status", "oid").show(30)
people.groupBy("country").count().join(people, "country").show()
people.join(orders, people.id == orders.customer_id, "full").show()
