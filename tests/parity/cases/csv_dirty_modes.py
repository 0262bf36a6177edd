# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-csv_dirty_modes")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
schema = "id INT, name STRING, score INT"
spark.read.option("header", "true").schema(schema).csv("data/parity/dirty.csv").orderBy("name").show()
spark.read.option("header", "true").option("mode", "DROPMALFORMED").schema(schema).csv("data/parity/dirty.csv").orderBy("name").show()
spark.read.option("header", "true").option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", "bad").schema(schema + ", bad STRING").csv("data/parity/dirty.csv").orderBy("name").show(truncate=False)
