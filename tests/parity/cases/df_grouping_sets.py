# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as sf

spark = (
    SparkSession.builder
        .appName("parity-df_grouping_sets")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
df = spark.createDataFrame([("Alice", 2), ("Bob", 5)], schema=["name", "age"])
df.cube("name", df.age).count().orderBy("name", "age").show()
df.rollup(1, 2).count().orderBy(1, 2).show()
df.cube("name").agg(sf.grouping("name"), sf.sum("age")).orderBy("name").show()
df = spark.createDataFrame([(1, "a", "a"), (3, "a", "a"), (4, "b", "c")], ["c1", "c2", "c3"])
df.cube("c2", "c3").agg(sf.grouping_id(), sf.sum("c1")).orderBy("c2", "c3").show()
df.rollup("c2", "c3").agg(sf.grouping_id("c2", "c3").alias("g"), sf.grouping("c3"), sf.max("c2")).orderBy("c2", "c3").show()
df = spark.createDataFrame([
    (100, 'Fremont', 'Honda Civic', 10),
    (100, 'Fremont', 'Honda Accord', 15),
    (200, 'Dublin', 'Honda Civic', 20),
    (300, 'San Jose', 'Honda Accord', 8)
], schema="id INT, city STRING, car_model STRING, quantity INT")
df.groupingSets([("city", "car_model"), ("city",), ()], "city", "car_model").agg(sf.avg(sf.col("quantity")).alias("avg_quantity"), sf.sum(sf.col("quantity")).alias("sum_quantity")).sort("city", "car_model").show()
df.cube("city").agg(sf.count("city"), sf.count("*")).sort("city").show()
print(df.rollup("city").count().columns)
