# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-err_pivot_max_values")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
spark.conf.set("spark.sql.pivotMaxValues", "5")
people.groupBy("country").pivot("id", [1, 2, 3, 4, 5, 6, 7, 8]).count().show()

# %%
people.groupBy("country").pivot("id").count().show()
