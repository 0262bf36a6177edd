# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-err_conf_type_mismatch")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
# Typed SQL properties accept their own type (ints and booleans trimmed, sizes with units) and refuse others.
spark.conf.set("spark.sql.shuffle.partitions", " 7 ")
spark.conf.set("spark.sql.adaptive.enabled", "TRUE")
spark.conf.set("spark.sql.files.openCostInBytes", "4m")
print(spark.conf.get("spark.sql.shuffle.partitions"), spark.conf.get("spark.sql.files.openCostInBytes"))

# %%
spark.conf.set("spark.sql.shuffle.partitions", True)
