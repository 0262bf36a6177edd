# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.window import Window

spark = (
    SparkSession.builder
        .appName("parity-err_window_range_unordered")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

df = spark.createDataFrame([("a", 1), ("b", 2)], "k string, t int")

# %%
df.select(F.sum("t").over(Window.partitionBy("k").rangeBetween(-1, 1))).show()
