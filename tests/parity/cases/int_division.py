# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-int_division")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
df = spark.createDataFrame([(7, 2), (-7, 2), (1, 3)], "a INT, b INT")
df.select((F.col("a") / F.col("b")).alias("div"), (F.col("a") % F.col("b")).alias("mod"), (F.col("a") * 1000000).alias("m")).show()
