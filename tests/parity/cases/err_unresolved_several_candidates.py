# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-err_unresolved_several_candidates")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
wide = spark.createDataFrame([(1, "a", 2.0, 3, 4, 5, 6)], ["Name", "name_x", "nme", "amount", "AGE", "age2", "mane"])
print(wide.columns)

# %%
wide.select("nmae").show()
