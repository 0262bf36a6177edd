# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-agg_unordered_distinct")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
# distinct() keeps hash-partition order but puts keys holding a null last; dropDuplicates on a subset with a
# string column left over is a sort aggregate in Spark, so its rows come out sorted by the subset.
people.select("country").distinct().show()
people.select("age").distinct().show()
print(people.select("country").distinct().collect())
df = spark.createDataFrame([(None, 1), (5, 2), (None, 3), (7, 4), (9, None), (1, 1), (5, 2)], "a int, b int")
df.select("a").distinct().show()
df.distinct().show()
df.dropDuplicates().show()
df.dropDuplicates(["b"]).show()

# %%
people.dropDuplicates(["country"]).show()
late = spark.createDataFrame([(1, "a")] * 3 + [(i, f"x{i}") for i in range(10, 20)], ["k", "v"])
late.dropDuplicates(["k"]).show()
late.select("k").distinct().show()
late.distinct().show()
spark.range(30).select((F.col("id") % 5).cast("int").alias("m")).distinct().show()
people.groupBy("country").agg(F.max("name").alias("n")).show()
people.groupBy("country").agg(F.max("name").alias("n"), F.collect_list("id").alias("ids")).show()
