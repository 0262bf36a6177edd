# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-df_withcolumns_renamed_drop")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
df = people.withColumns({"age2": F.col("age") + 2, "cc": F.lower("country")}).withColumnRenamed("name", "who").drop("salary", "joined")
print(df.columns)
df.orderBy("id").show()
