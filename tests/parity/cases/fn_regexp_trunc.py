# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.window import Window

spark = (
    SparkSession.builder
        .appName("parity-fn_regexp_trunc")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame(
    [("hello world-12", "2024-01-05"), ("FOO bar_7", "2023-12-31"), ("no digits", "2021-01-03"), (None, None)],
    "s string, d string").withColumn("d", F.to_date("d"))

# %%
df.select(F.regexp_extract("s", r"(\w+)-(\d+)", 2), F.regexp_extract("s", "([a-z]+)", 1),
          F.regexp_extract("s", "zz(z)", 1), F.regexp_extract("s", r"(\d+)", 0).alias("all")).show(truncate=False)
df.selectExpr("regexp_extract(s, '([A-Z]+) (\\\\w+)', 2) AS word").show()

# %%
df.select("d", F.weekofyear("d"), F.trunc("d", "year"), F.trunc("d", "month"), F.trunc("d", "quarter"),
          F.trunc("d", "week"), F.trunc("d", "mm"), F.trunc("d", "yy"), F.trunc("d", "bogus")).show()
df.selectExpr("weekofyear(d)", "trunc(d, 'MM')", "trunc(d, 'YEAR') AS y").show()
