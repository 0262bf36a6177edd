# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-df_pivot_filtered")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
# Results PivotFirst cannot hold (arrays, strings, dates) make Spark aggregate `if(pivot <=> value, x, null)`
# once per value instead: count gives 0 for a missing combination and first/last skip the other values' nulls.
df = spark.createDataFrame(
    [("a", "x", 1), ("b", "y", 2), ("a", "y", 3), ("c", None, 4), ("b", "x", 5), ("a", "x", 6)],
    "k string, p string, v int")
lists = df.groupBy("k").pivot("p").agg(F.collect_list("v"))
lists.printSchema()
lists.show()
mixed = df.groupBy("k").pivot("p").agg(F.max("k"), F.count(F.lit(1)), F.first("v"))
mixed.printSchema()
mixed.show()
people.groupBy("country").pivot("name").agg(F.max("joined")).show()
people.groupBy("country").pivot("country", ["US", None]).agg(F.last("name"), F.count("age")).show()

# %%
spark.conf.set("spark.sql.pivotMaxValues", "3")
df.groupBy("k").pivot("p").count().show()
