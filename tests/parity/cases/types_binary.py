# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-types_binary")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
df = spark.createDataFrame([(1, bytearray(b"abc")), (2, b"\x00\xff"), (3, None)], ["id", "b"])
df.show()
df.printSchema()
print(df.dtypes)
print(df.collect())
print(df.schema)

# %%
df.select(F.col("b").cast("string").alias("s"), F.lit(b"xy"), F.hex("b"), F.base64("b"), F.length("b"), F.octet_length("b")).orderBy("id").show()
df.orderBy("b").show()

# %%
words = spark.createDataFrame([("abc",)], ["s"])
r = words.select(F.col("s").cast("binary").alias("b"), F.to_binary(F.lit("616263"), F.lit("hex")), F.encode("s", "UTF-8"),
                 F.unhex(F.lit("616263")), F.unbase64(F.lit("YWJj")), F.to_binary(F.lit("abc")))
r.show()
r.printSchema()
print(r.collect())
print(r.select(F.decode("b", "UTF-8"), F.try_to_binary(F.lit("zz"), F.lit("hex")), F.to_binary(F.lit("YWJj"), F.lit("base64"))).collect())

# %%
print(b"a'b\"\n\x01\x7f\x80", repr(bytes(3)), bytearray(b"x"), len(b"abcd"), b"ab" == b"ab", "hé".encode("utf-8"))
typed = spark.createDataFrame([(b"q",)], "b binary")
typed.show()
print(typed.first().b)
