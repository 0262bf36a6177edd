# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-err_join_select_ambiguous")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
a = spark.createDataFrame([(1, "x"), (2, "y")], ["id", "v"])
b = spark.createDataFrame([(1, "p"), (3, "q")], ["id", "w"])
joined = a.join(b, a.id == b.id)
print(joined.columns)
joined.show()

# %%
joined.select("id").show()
