# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-err_array_index")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
parts = spark.createDataFrame([(1, "a,b,c"), (2, "x")], ["id", "csv"]).select("id", F.split("csv", ",").alias("parts"))
parts.filter("id = 1").select("id", F.element_at("parts", 2).alias("second"), F.element_at("parts", -3).alias("first")).show()

# %%
parts.select("id", F.element_at("parts", 2).alias("second")).show()
