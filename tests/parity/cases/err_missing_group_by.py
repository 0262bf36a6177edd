# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-err_missing_group_by")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")

# %%
people.groupBy("country").agg(F.sum("age").alias("total")).orderBy("country").show()
people.select(F.sum("age"), F.lit(1).alias("one")).show()

# %%
people.select("country", F.sum("age")).show()
