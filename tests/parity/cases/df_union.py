# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-df_union")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
a = people.select("id", "name").filter(F.col("id") < 3)
b = people.select("id", "name").filter(F.col("id") > 6)
a.union(b).orderBy("id").show()
c = people.select("name", "id").filter(F.col("id") == 4)
a.unionByName(c).orderBy("id").show()
