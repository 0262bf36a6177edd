# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-fn_when_otherwise")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
people.select("name", F.when(F.col("age") > 40, "senior").when(F.col("age") > 30, "mid").otherwise("junior").alias("band")).orderBy("id").show()
people.select("name", F.when(F.col("age") > 40, 1)).orderBy("id").show()
