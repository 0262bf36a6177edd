# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-hash_function")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
# Spark's Murmur3 hash(): an int, never null; a null argument leaves the hash unchanged.
df = spark.createDataFrame([(None, 1, "x", 1.5), (5, None, "", -0.0), (7, 4, "hello world", 2.25)],
                           "a int, b bigint, s string, d double")
df.select("a", F.hash("a"), F.hash("a", "b"), F.hash("s").alias("hs"), F.hash("d", "s")).show()
df.select(F.hash("a", "b", "s", "d")).printSchema()
df.selectExpr("hash(a)", "hash(s, 1)", "hash(true, 'x', 2.5)", "hash(NULL)").show()
people.select("name", F.hash("name", "age").alias("h"), F.hash("joined").alias("hj")).show()
spark.sql("SELECT hash(1), hash(CAST(1 AS BIGINT)), hash('a'), hash(1.0D), hash(CAST(1 AS SMALLINT))").show()
