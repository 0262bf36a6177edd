# %%
from pyspark.sql import SparkSession, functions as F
spark = SparkSession.builder.getOrCreate()

# %%
customers = spark.read.format("sqlite").option("dbtable", "customers").load("shop.db")
customers.printSchema()
customers.show()

# %%
orders = spark.read.format("sqlite").option("dbtable", "orders").load("shop.db")
orders.join(customers, orders.customer == customers.id).groupBy("country").agg(
    F.count("*").alias("n"), F.sum("amount").alias("total")).orderBy("country").show()

# %%
spark.read.format("sqlite").option("query", "SELECT country, COUNT(*) AS n, MAX(amount) AS top FROM orders GROUP BY country ORDER BY n DESC, country").load("shop.db").show()
spark.read.format("sqlite").option("DBTABLE", "big_orders").load("shop.db").show()
spark.read.format("sqlite").option("dbtable", 'odd "name"').load("shop.db").show()

# %%
events = spark.read.format("sqlite").load("shards/*.db")
print(events.count(), sorted(r.kind for r in events.collect()))

# %%
spark.read.format("sqlite").option("dbtable", "nope").load("shop.db")

# %%
spark.read.format("sqlite").load("shop.db")

# %%
readings = spark.read.format("sqlite").option("dbtable", "readings").load("shop.db")

# %%
readings = spark.read.format("sqlite").option("query", "SELECT sensor, CAST(value AS TEXT) AS value FROM readings").load("shop.db")
readings.printSchema()
readings.show()
