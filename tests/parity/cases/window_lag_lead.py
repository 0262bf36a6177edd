# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-window_lag_lead")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
from pyspark.sql.window import Window
w = Window.partitionBy("customer_id").orderBy("ordered_at")
(orders.withColumn("prev", F.lag("amount").over(w)).withColumn("next", F.lead("amount", 1, 0.0).over(w))
    .select("customer_id", "order_id", "amount", "prev", "next").orderBy("customer_id", "order_id").show())
