# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-col_like_rlike")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
people.filter(F.col("name").like("%a%")).select("name").orderBy("id").show()
people.filter(F.col("name").rlike("^[A-D]")).select("name").orderBy("id").show()
people.select(F.col("name").startswith("G"), F.col("name").contains("r")).orderBy("id").show()
