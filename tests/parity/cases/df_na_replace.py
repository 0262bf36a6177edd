# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-df_na_replace")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
df = spark.createDataFrame([(10, 80, "Alice", 1.5, True), (5, None, "Bob", 10.0, False), (None, 10, "Tom", None, None), (None, None, None, 2.0, True)], schema=["age", "height", "name", "x", "b"])
df.na.replace(10, 20).show()
df.na.replace('Alice', None).show()
df.na.replace(['Alice', 'Bob'], ['A', 'B'], 'name').show()
df.replace(10, 18, 'age').show()
df.replace({1.5: 2.5, 10: 11}).show()
df.replace([5, 80], 7).printSchema()
df.replace(True, False).show()
