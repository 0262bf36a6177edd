# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-join_inner_left")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
people.join(orders, people.id == orders.customer_id).select("name", "order_id", "amount").orderBy("order_id").show()
people.join(orders, people.id == orders.customer_id, "left").select("name", "order_id").orderBy("name", "order_id").show()
