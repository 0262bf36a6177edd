# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-parquet_read_arrow")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
fixtures = "../tests/fixtures/parquet/"

# %%
# pyarrow's files: PLAIN pages v1, unsigned integers, millisecond timestamps, a 2-level-compatible list.
plain = spark.read.parquet(fixtures + "arrow_plain_v1.parquet")
plain.printSchema()
plain.show(12)

# %%
# Dictionary pages, data pages v2, zstd, row groups of 20 rows: the same values.
dictionary = spark.read.parquet(fixtures + "arrow_dict_v2.parquet")
print(dictionary.count(), dictionary.exceptAll(plain).count(), plain.exceptAll(dictionary).count())
dictionary.orderBy(F.col("i64").desc()).show(5)

# %%
# DELTA_BINARY_PACKED, DELTA_BYTE_ARRAY, DELTA_LENGTH_BYTE_ARRAY and BYTE_STREAM_SPLIT.
spark.read.parquet(fixtures + "arrow_delta.parquet").show(8)
spark.read.parquet(fixtures + "arrow_delta_length.parquet").groupBy("s2").count().orderBy("s2").show(20)
spark.read.parquet(fixtures + "arrow_byte_stream_split.parquet").agg(F.sum("f"), F.sum("dbl"), F.count("dbl")).show()
