# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-write_read_json")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
out = "/tmp/sparkbook-parity-json"
people.select("id", "name", "age").orderBy("id").coalesce(1).write.mode("overwrite").json(out)
back = spark.read.json(out)
back.printSchema()
back.orderBy("id").show()
