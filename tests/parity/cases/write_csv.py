# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-write_csv")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
out = "/tmp/sparkbook-parity-csv"
orders.select("order_id", "status", "amount", "ordered_at").write.mode("overwrite").option("header", "true").csv(out)
back = spark.read.option("header", "true").option("inferSchema", "true").csv(out)
back.printSchema()
back.orderBy("order_id").show()
spark.read.text(out).filter(F.col("value").startswith("104")).show(truncate=False)
