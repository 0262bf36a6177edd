# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-df_limit_nested")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
)

# %%
df = spark.createDataFrame([("tea", 1), ("cake", 2), ("jam", None), ("pie", 4)], ["item", "price"])
df.limit(1).show()
df.select((F.col("price") * 2).alias("doubled")).limit(2).show()
print(df.limit(3).count(), df.limit(1).collect(), len(df.limit(2).collect()))
print(df.limit(2).agg(F.count("*").alias("n")).collect())
