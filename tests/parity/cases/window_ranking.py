# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-window_ranking")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
from pyspark.sql.window import Window
w = Window.partitionBy("country").orderBy(F.col("salary").desc())
(people.filter(F.col("country").isNotNull())
    .withColumn("rn", F.row_number().over(w))
    .withColumn("rk", F.rank().over(w))
    .withColumn("drk", F.dense_rank().over(w))
    .select("country", "name", "salary", "rn", "rk", "drk").orderBy("country", "rn").show())
