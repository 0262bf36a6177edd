# %%
from pyspark.sql import SparkSession

spark = (
    SparkSession.builder
        .appName("parity-err_py_format_comma_hex")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
)
n = spark.range(300).count()
print(f"{n:x}")

# %%
print(f"{n:,x}")
