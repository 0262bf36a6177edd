# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-err_unpivot_type_mismatch")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
df = spark.createDataFrame([(1, 11, 1.1, "a"), (2, 12, 1.2, None)], ["id", "int", "double", "s"])
df.unpivot("id", ["int", "s"], "var", "val").show()
