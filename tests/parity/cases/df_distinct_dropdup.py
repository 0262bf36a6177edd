# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-df_distinct_dropdup")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
print(people.select("country").distinct().count())
people.select("country").distinct().orderBy("country").show()
people.dropDuplicates(["country"]).select("country").orderBy("country").show()
print(orders.select("status").dropDuplicates().count())
