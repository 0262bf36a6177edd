# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-fn_date_arith")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
people.select("name", F.date_add("joined", 10), F.datediff(F.to_date(F.lit("2024-01-01")), F.col("joined")).alias("days"), F.date_format("joined", "yyyy/MM/dd")).orderBy("id").show()
