# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-schema_nullability")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
# Arithmetic (but / and %), comparisons, AND/OR/NOT and safe casts of non-null columns are not nullable.
df = spark.range(5)
df.select((F.col("id") * 2).alias("mul"), (F.col("id") + 1).alias("add"), (F.col("id") - 1).alias("sub"),
          (F.col("id") / 2).alias("div"), (F.col("id") % 2).alias("mod"), (F.col("id") > 2).alias("gt"),
          ((F.col("id") > 2) & (F.col("id") < 4)).alias("and_"), (~(F.col("id") > 2)).alias("not_"),
          F.col("id").cast("int").alias("c"), F.col("id").cast("string").alias("cs"),
          (F.col("id") * 1.5).alias("muld"), F.lit(1).alias("one"), (F.lit(1) + F.lit(2)).alias("three")).printSchema()
spark.range(3).withColumn("double_id", F.col("id") * 2).printSchema()
spark.sql("SELECT 0.1 + 0.2 AS a, 1 + 2 AS b, 'x' AS s").printSchema()
