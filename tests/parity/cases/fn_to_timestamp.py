# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-fn_to_timestamp")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
df = spark.createDataFrame([("2024-05-01 12:30:00", "01/05/2024"), ("2023-12-31 23:59:59", "31/12/2023")], ["ts", "d"])
df.select(F.to_timestamp("ts"), F.to_date("d", "dd/MM/yyyy")).show()
