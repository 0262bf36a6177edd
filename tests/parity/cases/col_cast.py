# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-col_cast")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
df = people.select(F.col("age").cast("string").alias("age_s"), F.col("salary").cast("int"), F.col("joined").cast("string"), F.col("id").cast("double"), F.col("age").cast("bigint"))
df.printSchema()
df.orderBy("id").show()
