# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-join_semi_anti_cross")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
p = people.select(F.col("id").alias("customer_id"), "name")
p.join(orders, "customer_id", "left_semi").orderBy("customer_id").show()
p.join(orders, "customer_id", "left_anti").orderBy("customer_id").show()
s = spark.createDataFrame([("S",), ("M",)], ["size"])
print(p.crossJoin(s).count())
p.filter(F.col("customer_id") < 3).crossJoin(s).orderBy("customer_id", "size").show()
