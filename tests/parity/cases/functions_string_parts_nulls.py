# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-functions_string_parts_nulls")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
df = spark.createDataFrame([("Spark SQL", "SQL", 3), ("kitten", "sitting", 2), ("🐈", None, None)], "s string, t string, n int")
df.select(F.left("s", "n"), F.right("s", "n"), F.btrim("s", F.lit("Sk")), F.lcase("s"), F.ucase("s"),
          F.char_length("s")).show()
df.select(F.levenshtein("s", "t"), F.levenshtein("s", "t", 3), F.bit_length("s"), F.octet_length("s"),
          F.find_in_set("t", F.lit("a,SQL,b"))).show()
df.select(F.elt(F.lit(2), "s", "t"), F.nullif("n", F.lit(3)), F.nvl2("t", "s", F.lit("none")), F.equal_null("t", "t"),
          F.nullifzero(F.col("n") - 2), F.isnotnull("t")).show()
df.select(F.nullif("n", F.lit(3)), F.nvl2("t", "s", F.lit("none")), F.equal_null("t", "t")).printSchema()

# %%
d = spark.createDataFrame(["2015-04-08", "2024-10-31"], "string")
d.select("*", F.dayname("value"), F.monthname("value"), F.day("value"), F.current_catalog(), F.current_database(),
         F.current_timezone()).show()
