# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-window_agg")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
from pyspark.sql.window import Window
w = Window.partitionBy("country")
people.withColumn("avg_age", F.avg("age").over(w)).withColumn("n", F.count("*").over(w)).select("name", "country", "avg_age", "n").orderBy("id").show()
w2 = Window.orderBy("id")
people.select("id", F.sum("age").over(w2).alias("running")).orderBy("id").show()
