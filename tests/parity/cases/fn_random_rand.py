# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-fn_random_rand")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
small = spark.createDataFrame([(0, "a"), (1, "b"), (2, "c"), (3, "d"), (4, "e"), (5, "f"), (6, "g")], ["n", "s"])

# %%
r = spark.range(10).select("id", F.rand(42), F.randn(42))
r.printSchema()
r.show(truncate=False)
print(r.collect()[3])

# %%
small.select("n", F.round(F.rand(7), 6).alias("u"), F.round(F.randn(seed=7), 6).alias("g"), (F.rand(1) * 10).cast("int").alias("d")).show()
people.select("name", F.rand(3).alias("u"), F.randn(-5).alias("g")).show(truncate=False)
small.filter(F.rand(9) < 0.5).show()
print(spark.range(1).select(F.rand()).columns[0].startswith("rand("))

# %%
spark.range(10).sample(fraction=0.5, seed=42).show()
small.sample(False, 0.5, 42).show()
people.sample(0.6, 3).select("name").show()
people.sample(withReplacement=False, fraction=0.4, seed=8).select("name", F.monotonically_increasing_id().alias("m")).show()
print(spark.range(100).sample(0.1, 7).count())

# %%
train, test = spark.range(10).randomSplit([0.7, 0.3], 5)
train.show()
test.show()
for part in small.randomSplit([0.5, 0.3, 0.2], 11):
    part.show()
for part in people.randomSplit([0.6, 0.4], 11):
    part.select("name").show()
