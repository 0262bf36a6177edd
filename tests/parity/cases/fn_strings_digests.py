# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-fn_strings_digests")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
words = spark.createDataFrame([(1, "hello world", -7), (2, None, None), (3, "ABC", 5)], "id int, t string, n int")

# %% [markdown]
# Digests of a string's UTF-8 bytes, as hex text (crc32 as a bigint).

# %%
digests = words.select("id", F.md5("t"), F.sha1("t"), F.sha2("t", 256), F.crc32("t"))
digests.printSchema()
digests.orderBy("id").show(truncate=False)

# %% [markdown]
# Character-level string functions and the positive remainder.

# %%
words.select("id", F.translate("t", "lo", "0"), F.locate("o", "t"), F.locate("o", "t", 6), F.ascii("t"),
             F.pmod("n", F.lit(3)), F.pmod(F.col("n"), F.lit(2.5))).orderBy("id").show()
