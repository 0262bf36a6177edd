# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-fn_arrays_split")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
tags = spark.createDataFrame(
    [(1, "red,green,blue"), (2, "solo"), (3, None), (4, ""), (5, "a,,b,")],
    ["id", "csv"],
)
parts = tags.select("id", F.split("csv", ",").alias("parts"))
parts.printSchema()
parts.orderBy("id").show()
print(parts.dtypes)

# %%
for row in parts.orderBy("id").collect():
    print(row)

# %%
first = parts.orderBy("id").first()
print(first["parts"][0], len(first.parts), [p.upper() for p in first.parts])
for p in first.parts:
    print(p)

# %%
tags.select(
    "id",
    F.split("csv", ",", 2).alias("two"),
    F.split("csv", ",", 0).alias("zero"),
    F.split("csv", "[,e]").alias("regex"),
    F.split("csv", "").alias("chars"),
).orderBy("id").show(truncate=False)

# %%
tags.select(F.split("csv", ",")).orderBy(F.col("id")).show()
people.select("name", F.split("name", "a").alias("pieces")).orderBy("id").show()
