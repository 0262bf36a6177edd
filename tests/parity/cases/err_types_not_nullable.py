# %%
from pyspark.sql import SparkSession
from pyspark.sql.types import StructType, StructField, IntegerType, StringType

spark = (
    SparkSession.builder
        .appName("parity-err_types_not_nullable")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
schema = StructType([StructField("id", IntegerType(), False), StructField("name", StringType(), True)])
spark.createDataFrame([(1, None)], schema).show()

# %%
spark.createDataFrame([(None, "x")], schema).show()
