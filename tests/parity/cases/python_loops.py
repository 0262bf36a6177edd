# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-python_loops")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
for c in people.columns:
    print(c, c.upper())
counts = [people.filter(F.col("country") == c).count() for c in ["US", "DE", "FR"]]
print(counts, len(counts), sum(counts))
for i in range(3):
    if i == 0:
        print("zero")
    elif i == 1:
        print(f"one: {i * 10:5d}")
    else:
        print("other", i)
