# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-fn_arrays_functions")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
words = spark.createDataFrame(
    [(1, "pear,apple,fig"), (2, "kiwi"), (3, None), (4, "b,,a")],
    ["id", "csv"],
).withColumn("parts", F.split("csv", ","))
words.select(
    "id",
    F.size("parts"),
    F.array_contains("parts", "fig"),
    F.element_at("parts", 1),
    F.element_at("parts", -1),
    words.parts[0],
    F.col("parts").getItem(0).alias("first"),
).orderBy("id").show()

# %%
sorted_parts = words.select("id", F.sort_array("parts"), F.sort_array("parts", asc=False), F.array_sort("parts").alias("array_sorted"))
sorted_parts.printSchema()
sorted_parts.orderBy("id").show()

# %%
made = people.select("id", F.array("name", "country").alias("pair"), F.array(F.lit(1), F.lit(2)).alias("nums"))
made.printSchema()
made.orderBy("id").show()
made.select("id", F.concat_ws("-", "pair").alias("joined"), F.concat_ws("/", "pair", F.lit("x"))).orderBy("id").show()

# %%
nulls = people.select("id", F.array("country", F.lit("ZZ")).alias("with_null"))
nulls.orderBy("id").show()
print(nulls.orderBy("id").collect()[5])
nulls.select("id", F.sort_array("with_null"), F.sort_array("with_null", asc=False), F.array_sort("with_null").alias("a")).orderBy("id").show()

# %%
long_text = spark.createDataFrame([("alpha beta gamma delta epsilon",)], ["t"])
long_text.select(F.split("t", " ").alias("words")).show()
long_text.select(F.split("t", " ").alias("words")).show(truncate=False)
long_text.select(F.split("t", " ").cast("string").alias("text")).show(truncate=False)
