# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-agg_dict_numeric_defaults")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
people.agg({"age": "max", "salary": "avg"}).show()
people.agg({"salary": "avg", "age": "max"}).show()
people.groupBy("country").agg({"age": "min", "salary": "sum", "id": "count"}).orderBy("country").show()
people.agg({"name": "max", "id": "sum", "age": "avg", "joined": "min", "country": "count"}).show()
people.agg({"*": "count"}).show()
people.agg({"id": "max", "name": "min", "age": "sum", "salary": "max"}).show()
orders.agg({"order_id": "count", "customer_id": "max", "amount": "sum", "status": "min", "ordered_at": "max"}).show()
orders.groupBy("status").agg({"amount": "avg", "order_id": "max", "customer_id": "min"}).orderBy("status").show()
df = spark.createDataFrame([(1, 2, 3, 4, 5, 6, 7)], ["a", "b", "c", "d", "e", "f", "g"])
df.agg({"g": "sum", "f": "sum", "e": "sum", "d": "sum", "c": "sum", "b": "sum", "a": "sum"}).show()
df2 = spark.createDataFrame([(1, 2, 3, 4, 5, 6)], ["amount", "qty", "price", "discount", "tax", "total"])
df2.agg({"amount": "sum", "qty": "max", "price": "avg", "discount": "min", "tax": "sum", "total": "max"}).show()
people.groupBy("country").avg().orderBy("country").show()
people.groupBy("country").sum().orderBy("country").show()
people.groupBy().max().show()
people.groupBy("country").min("age", "salary").orderBy("country").show()
people.groupBy("age").max().orderBy("age").show()
spark.createDataFrame([(2147483647,), (1,)], "a int").groupBy().sum().show()
