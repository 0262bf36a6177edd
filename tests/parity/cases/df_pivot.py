# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-df_pivot")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
# Without orderBy: Spark's two-step pivot (aggregate over keys and pivot value, then PivotFirst over the keys).
people.groupBy("country").pivot("age").count().show()
orders.groupBy("status").pivot("customer_id").sum("amount").show()
people.groupBy("country").pivot("id").min("salary").show()
people.groupBy("country").pivot("joined").count().show()

# %%
df = spark.createDataFrame(
    [("a", "x", 1, 1.5, True), ("b", "y", 2, 2.5, False), ("a", "y", 3, None, True),
     ("c", None, 4, 4.5, None), ("b", "x", 5, 5.5, True), ("a", "x", 6, 6.5, False)],
    "k string, p string, v int, d double, b boolean")
counts = df.groupBy("k").pivot("p").count()
counts.printSchema()
counts.show()
df.groupBy("k").pivot("p", ["y", "x", "z"]).avg("v").show()
wide = df.groupBy("k").pivot("p").agg(F.sum("v"), F.max("d").alias("mx"))
print(wide.columns)
wide.show()
df.groupBy("k", "p").pivot("v").max("d").show()
df.groupBy().pivot("p").sum("v").show()
df.groupBy("k").pivot("v").sum().printSchema()
df.groupBy("k").pivot("b").sum("v").show()
df.groupBy("k").pivot("d").count().show()
df.groupBy("k").pivot("v", [1, 4, "5", 7]).count().show()
df.groupBy(F.col("k")).pivot("p").agg((F.sum("v") + 1).alias("s1")).show()
df.groupBy("k").pivot("p").agg(F.max("b")).show()
df.groupBy("k").pivot("p").agg(F.first("v")).orderBy("k").show()
