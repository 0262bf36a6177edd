# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-fn_arrays_explode")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
baskets = spark.createDataFrame(
    [("ann", ["apple", "pear"]), ("ben", []), ("cat", None), ("dan", ["fig", None])],
    ["who", "items"],
)
baskets.printSchema()
baskets.orderBy("who").show()
print(baskets.dtypes)

# %%
exploded = baskets.select("who", F.explode("items"))
exploded.printSchema()
exploded.orderBy("who", "col").show()

# %%
outer = baskets.select("who", F.explode_outer("items").alias("item"))
outer.printSchema()
outer.orderBy("who", "item").show()

# %%
baskets.withColumn("item", F.explode("items")).orderBy("who", "item").show()
baskets.select(F.explode("items").alias("item"), "who").groupBy("item").count().orderBy("item").show()

# %%
nums = spark.createDataFrame([(1, [3, 1, 2]), (2, [5])], ["k", "xs"])
nums.printSchema()
nums.select("k", F.explode("xs").alias("x")).orderBy("k", "x").show()
nums.selectExpr("k", "explode(xs) as x", "size(xs) as n").orderBy("k", "x").show()

# %%
nums.createOrReplaceTempView("nums")
spark.sql("SELECT k, sort_array(xs) AS sorted, xs[0] AS head, array_contains(xs, 5) AS has5 FROM nums ORDER BY k").show()
spark.sql("SELECT k, explode(split('p-q', '-')) FROM nums WHERE k = 1").show()
