from pyspark.sql import SparkSession, functions as F
spark = SparkSession.builder.master("local[2]").config("spark.ui.enabled","false").getOrCreate()
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")
o2 = orders.select(F.col("status").alias("st"), F.col("order_id").alias("oid"))
# string key, duplicates both sides
orders.join(o2, orders.status == o2.st).select("order_id", "status", "oid").show(30)
# multi-column key
orders.alias("x").join(orders.alias("y"), (F.col("x.status") == F.col("y.status")) & (F.col("x.customer_id") == F.col("y.customer_id"))).select("x.order_id", "y.order_id").show(30)
people.join(orders, people.id == orders.customer_id, "right").show()
people.join(orders, people.id == orders.customer_id, "left_semi").show()
people.join(orders, people.id == orders.customer_id, "inner").explain()
people.groupBy("country").count().join(people, "country").show()
df = spark.createDataFrame([(i % 7, f"k{i%5}", i * 1.5) for i in range(40)], ["a", "b", "v"])
d2 = spark.createDataFrame([(i, f"name{i}") for i in [3, 1, None, 2, 9, 1]], ["a", "n"])
d3 = spark.createDataFrame([(i, f"x{i}") for i in [None, 3, 8, 1, 2]], ["a", "x"])
d2.join(d3, "a", "full").show()
d2.join(d3, d2.a == d3.a, "full").show()
df.join(d2, "b" if False else "a").show(12)
