# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-fn_negative")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
# Unary minus and F.negative keep the type: exact decimals, integers, doubles.
df = spark.createDataFrame([("12.50", 7, 1.5), ("-3.25", -2, -0.25)], ["s", "i", "x"]) \
    .select(F.col("s").cast("decimal(10,2)").alias("d"), "i", "x")
df.select(-F.col("d"), F.negative("d"), F.negative("i"), -F.col("x")).show()
df.selectExpr("-d", "negative(i)", "-x").show()
df.select(F.negative("d")).printSchema()
