# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-union_partitions")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
extra = spark.createDataFrame(
    [(100, "Zed", "Chile", 30), (101, "Yan", "Peru", 41), (102, "Xi", "France", 22), (103, "Wu", "US", 35)],
    ["id", "name", "country", "age"],
)

# %% A union keeps its children's partitions: a later groupBy sees one map partition per input partition
u = people.select("id", "name", "country", "age").union(extra)
u.groupBy("country").count().show()
u.show()
print(u.count())
u.select("country").distinct().show()

# %% Three frames, a filter over the union, aggregates of several kinds
three = u.union(people.select("id", "name", "country", "age").filter(F.col("age") > 30))
three.groupBy("country").agg(F.count("*").alias("n"), F.max("age").alias("oldest")).show()
u.filter(F.col("age") >= 30).groupBy("country").agg(F.sum("age").alias("ages")).show()
print(three.count())
