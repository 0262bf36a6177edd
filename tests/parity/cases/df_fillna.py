# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-df_fillna")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
people.fillna(0).select("name", "age", "salary").orderBy("id").show()
people.na.fill("unknown").select("name", "country").orderBy("id").show()
people.fillna({"age": -1, "country": "??"}).select("name", "age", "country").orderBy("id").show()
