# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-null_semantics")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
df = spark.createDataFrame([(1, None), (None, 2), (3, 4)], "a INT, b INT")
df.select("a", "b", (F.col("a") + F.col("b")).alias("s"), (F.col("a") == F.col("b")).alias("eq"), (F.col("a") > 1) | F.col("b").isNull()).show()
