# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.window import Window

spark = (
    SparkSession.builder
        .appName("parity-df_with_columns_renamed")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame([(1, 1.5, "x", 100), (2, 3.0, "y", 200)], "a int, b double, c string, d long")

# %%
df.withColumnsRenamed({"a": "id", "c": "label"}).show()
df.withColumnsRenamed({"a": "b", "b": "a"}).show()
df.withColumnsRenamed({"zz": "y", "c": "cc", "C": "ccc"}).printSchema()
print(df.withColumnsRenamed({}).columns)
