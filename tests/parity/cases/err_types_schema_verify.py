# %%
from pyspark.sql import SparkSession
from pyspark.sql.types import StructType, StructField, IntegerType, DoubleType, StringType

spark = (
    SparkSession.builder
        .appName("parity-err_types_schema_verify")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
schema = StructType([StructField("id", IntegerType()), StructField("label", StringType()), StructField("amount", DoubleType())])
spark.createDataFrame([(1, 2, 3.0)], schema).show()

# %%
spark.createDataFrame([(1, "a", 3)], schema).show()
