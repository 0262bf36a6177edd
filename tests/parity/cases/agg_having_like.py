# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-agg_having_like")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
(people.groupBy("country").agg(F.count("*").alias("n"), F.round(F.avg("salary"), 1).alias("avg_salary"))
    .filter(F.col("n") >= 2).orderBy(F.desc("n"), "country").show())
