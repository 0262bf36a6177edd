# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-parquet_read_spark")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
fixtures = "../tests/fixtures/parquet/"

# %%
# Every type Spark writes, from a file Spark 4.3 wrote (snappy, its default).
df = spark.read.parquet(fixtures + "spark_types.parquet")
df.printSchema()
df.select("b", "s", "i", "l", "f", "d", "d5", "d15", "d25").show()
df.select("name", "bin", "flag", "day", "ts").show()
df.select("nums", "words", "m", "st", "items").show(truncate=False)
print(df.collect()[1])

# %%
# The same rows under every codec Spark writes.
for codec in ["gzip", "zstd", "lz4_raw", "uncompressed"]:
    other = spark.read.parquet(fixtures + "spark_types_" + codec + ".parquet")
    print(codec, other.count(), other.agg(F.sum("l"), F.max("name"), F.max("ts")).collect())

# %%
# Several row groups; only the columns a query needs are read.
groups = spark.read.parquet(fixtures + "spark_row_groups.parquet")
print(groups.count())
groups.groupBy("k").agg(F.count("*").alias("n"), F.sum("id").alias("total"), F.countDistinct("v").alias("vs")).orderBy("k").show()
print(groups.filter(F.col("id") > 19990).select("v").collect())
