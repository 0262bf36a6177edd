# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-hof_lambdas")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
# Higher-order functions with Python lambdas: results, generated names and schemas as Spark prints them.
df = spark.createDataFrame([(1, [1, 2, 3, 4], [10, 20]), (2, None, [1]), (3, [], []), (4, [5, None, -1], None)],
                           ("key", "values", "other"))
df.select("key", F.transform("values", lambda x: x * 2)).orderBy("key").show(truncate=False)
df.select("key", F.transform("values", lambda x, i: x + i + F.col("key")).alias("t"),
          F.filter("values", lambda x: x % 2 == 1).alias("odd"),
          F.filter("values", lambda x, i: i > 0).alias("tail")).orderBy("key").show()
df.select("key", F.exists("values", lambda x: x < 0).alias("neg"), F.forall("values", lambda x: x > 0).alias("pos")).orderBy("key").show()
df.select("key", F.aggregate("values", F.lit(0).cast("long"), lambda acc, x: acc + x).alias("sum"),
          F.reduce("values", F.lit(0.0), lambda acc, x: acc + x, lambda acc: acc / 2).alias("half")).orderBy("key").show()
df.select("key", F.zip_with("values", "other", lambda a, b: F.coalesce(a, F.lit(0)) * 100 + F.coalesce(b, F.lit(0))).alias("z")).orderBy("key").show(truncate=False)
df.select("key", F.array_sort("values", lambda a, b: F.when(a.isNull() | b.isNull(), 0).otherwise((b - a).cast("int"))).alias("desc")).orderBy("key").show()
df.select(F.transform("values", lambda x: F.transform(F.array(x, x), lambda y: y + x))).show(truncate=False)
df.select(F.transform("values", lambda x: x * 2), F.exists("values", lambda x: x > 1),
          F.aggregate("values", F.lit(0).cast("long"), lambda acc, x: acc + x)).printSchema()
print(df.select(F.filter("values", lambda x: x > 1)).columns)

# %%
# The same functions in SQL, with `x -> ...` lambdas.
df.createOrReplaceTempView("t")
spark.sql("SELECT key, transform(values, x -> x + key) AS a, filter(values, (x, i) -> i % 2 = 0) AS b, "
          "exists(values, x -> x IS NULL) AS c, aggregate(values, 0L, (acc, x) -> acc + x, acc -> acc * 10) AS d "
          "FROM t ORDER BY key").show()
df.selectExpr("transform(values, x -> x * 10)", "zip_with(values, other, (a, b) -> a + b)").show(truncate=False)
