# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-err_cast_overflow_tinyint")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame([(100,), (300,)], "x int")
df.select(F.col("x").cast("smallint").alias("s")).show()

# %%
df.select(F.col("x").cast("tinyint").alias("b")).show()
