# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-err_decimal_overflow")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame([("99999999.99",), ("12.345",)], "s string").select(F.col("s").cast("decimal(10,2)").alias("a"))
df.show()
print(df.select((F.col("a") * 100).alias("cents")).dtypes)

# %%
df.select(F.col("a").cast("decimal(6,1)")).show()
