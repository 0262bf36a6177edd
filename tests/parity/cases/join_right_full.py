# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-join_right_full")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
p = people.select(F.col("id").alias("customer_id"), "name")
p.join(orders, "customer_id", "right").select("customer_id", "name", "order_id").orderBy("order_id").show()
p.join(orders, ["customer_id"], "full").select("customer_id", "name", "order_id").orderBy("customer_id", "order_id").show()
