# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-create_df_tuples")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
df = spark.createDataFrame([(1, "a", 2.5), (2, "b", None), (3, None, 1.0)], ["k", "v", "x"])
df.printSchema()
df.show()
print(df.collect())
