# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-fn_trim_substring")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
df = spark.createDataFrame([("  padded  ", "abcdef"), (" x", "hello world")], ["p", "s"])
df.select(F.trim("p"), F.length(F.trim("p")), F.substring("s", 2, 3), F.regexp_replace("s", "[aeiou]", "_")).show()
