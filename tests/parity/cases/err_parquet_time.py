# %%
import tempfile
from pyspark.sql import SparkSession

spark = (
    SparkSession.builder
        .appName("parity-err_parquet_time")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
)
directory = tempfile.TemporaryDirectory()

# %%
# Spark 4.3 refuses TIME columns in Parquet (its TIME type is off by default).
spark.sql("SELECT TIME'12:34:56' AS t").write.parquet(directory.name + "/t")
