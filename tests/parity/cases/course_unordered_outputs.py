# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.window import Window

spark = (
    SparkSession.builder
        .appName("parity-course_unordered_outputs")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.csv("data/parity/people.csv", header=True, inferSchema=True)
orders = spark.read.csv("data/parity/orders.csv", header=True, inferSchema=True)

# %% [markdown]
# A course notebook's cells as students write them: no `orderBy` before `show()`, so rows print in the order
# Spark's operators produce them.

# %%
people.printSchema()
people.show()
# %%
people.groupBy("country").agg(F.count("*").alias("n"), F.avg("salary").alias("avg_salary"), F.max("age")).show()
people.withColumn("decade", (F.col("age") / 10).cast("int") * 10).groupBy("decade").count().show()
people.select("country").distinct().show()
people.filter(F.col("age") > 30).select("name", "age").show()
people.na.fill({"country": "unknown", "age": 0}).show()
people.describe("age", "salary").show()
# %%
w = Window.partitionBy("country").orderBy(F.desc("salary"))
people.withColumn("rank", F.rank().over(w)).filter("rank = 1").show()
orders.groupBy("status").agg(F.sum("amount").alias("total"), F.countDistinct("customer_id").alias("customers")).show()
for row in people.groupBy("country").count().collect():
    print(f"{row['country']}: {row['count']}")
orders.withColumn("month", F.month("ordered_at")).groupBy("month").agg(F.round(F.sum("amount"), 2).alias("total")).show()
orders.select(F.date_format("ordered_at", "yyyy-MM").alias("ym"), "amount").groupBy("ym").sum("amount").show()
people.select(F.upper("name"), F.length("name"), F.substring("name", 1, 3)).show()
print(people.count(), orders.count(), people.columns)
people.createOrReplaceTempView("people")
spark.sql("SELECT country, COUNT(*) AS n FROM people GROUP BY country HAVING n > 1").show()
spark.sql("SELECT country, AVG(age) FROM people WHERE age IS NOT NULL GROUP BY country").show()

# %%
joined = orders.join(people, orders.customer_id == people.id, "left")
joined.select("order_id", "name", "amount").show()
joined.groupBy("country").agg(F.sum("amount").alias("spent")).show()
people.join(orders, people.id == orders.customer_id, "left_anti").select("name").show()
# %%
w = Window.partitionBy("customer_id").orderBy("ordered_at")
orders.withColumn("n", F.row_number().over(w)).withColumn("running", F.sum("amount").over(w)).show()
orders.withColumn("prev", F.lag("amount").over(w)).select("order_id", "amount", "prev").show()
extra = spark.createDataFrame([(9, "Ivy", "US", 30, 50000.0)], ["id", "name", "country", "age", "salary"])
people.select("id", "name", "country", "age", "salary").union(extra).groupBy("country").count().show()
people.withColumn("band", F.when(F.col("age") < 30, "young").when(F.col("age") < 45, "mid").otherwise("senior")).groupBy("band").agg(F.collect_list("name").alias("names")).show(truncate=False)
orders.select("status").dropDuplicates().show()
orders.dropDuplicates(["customer_id"]).select("order_id", "customer_id").show()
print(people.crossJoin(spark.range(2)).count())
orders.groupBy("customer_id").agg(F.max("amount"), F.min("ordered_at")).show()
