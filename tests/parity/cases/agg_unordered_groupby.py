# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-agg_unordered_groupby")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
# Without orderBy, groups come out in Spark's hash-partition order: int, bigint, string, double and
# two-column keys, null keys, keys only in the second input partition.
df = spark.createDataFrame(
    [(i % 9, i % 4, f"s{i % 6}", (i % 5) * 0.5, None if i % 3 == 0 else i % 3) for i in range(30)],
    "i int, l bigint, s string, d double, n int")
df.groupBy("i").count().show()
df.groupBy("l").agg(F.sum("d").alias("sd")).show()
df.groupBy("s").agg(F.avg("i").alias("ai"), F.max("d").alias("md")).show()
df.groupBy("d").count().show()
df.groupBy("n").count().show()
df.groupBy("i", "s").count().show(40)

# %%
late = spark.createDataFrame([(1, "a")] * 3 + [(i, f"x{i}") for i in range(10, 20)], ["k", "v"])
late.groupBy("v").count().show()
spark.range(50).groupBy((F.col("id") % 13).alias("m")).count().show()
spark.range(0, 50, 1, 3).groupBy((F.col("id") % 7).alias("m")).count().show()

# %%
people.groupBy("country").agg(F.avg("salary").alias("a"), F.max("age").alias("m")).show()
orders.groupBy("status").agg(F.sum("amount").alias("t")).show()
orders.groupBy("customer_id").count().show()
people.groupBy("joined").count().show()
people.groupBy((F.col("age") > 30).alias("old")).count().show()
orders.groupBy(F.to_date("ordered_at").alias("d")).count().show()
