# %%
from pyspark.sql import SparkSession
from decimal import Decimal

spark = (
    SparkSession.builder
        .appName("parity-err_types_decimal_float_mix")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
)

# %%
price = spark.createDataFrame([(Decimal("9.99"),)], "price decimal(5,2)").first().price
print(price * 2)

# %%
print(price * 1.1)
