# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-ansi_string_coercion")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
df = spark.createDataFrame([("5", 2, 1.5, "2.5")], "s string, i int, d double, t string")
df.select(F.col("s") + F.col("i"), F.col("s") - 1, F.col("s") * 2, F.col("s") / 2, F.col("t") + 1.0, F.col("s") % 2, -F.col("s") if False else F.lit(0)).printSchema()
df.select(F.coalesce("s", "i"), F.when(F.col("i") > 1, F.col("s")).otherwise(F.col("i")), F.coalesce("s", "d"), F.greatest("s", "t")).printSchema()
df.select(F.coalesce("s", "i"), F.when(F.col("i") > 1, F.col("s")).otherwise(F.col("i")), F.coalesce("s", "d")).show()
df.select("s").union(df.select("i")).printSchema()
df.select("i").union(df.select("s")).printSchema()
df.select("s").union(df.select("d")).printSchema()
df.select("s").union(df.select("i")).show()
print(df.select(F.col("s") == F.col("i"), F.col("i").isin("2", "3"), F.col("s").isin(5, 6)).collect())
df = spark.createDataFrame([("5", 2, 1.5)], "s string, i int, d double")
df.select(F.col("s") + 1, F.col("s") * F.col("d"), F.col("i") == "2", F.col("s") > 3).show()
df.select(F.col("s") + 1, F.col("i") + F.col("d")).printSchema()
df.select(F.lit(None) + 1, F.col("i") + F.lit(None)).show()
df.select(F.col("i") == F.lit(None), F.col("i").eqNullSafe(None), F.lit(None).isNull()).show()
