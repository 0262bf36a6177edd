# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.window import Window

spark = (
    SparkSession.builder
        .appName("parity-fn_strings_more")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame([("hello world-12", "abc"), ("FOO bar_7", "x"), ("hELLO  wORLD a-b", ""), (None, None)],
                           "s string, t string")

# %%
df.select(F.repeat("t", 3), F.instr("s", "o"), F.lpad("t", 5, "*-"), F.rpad("t", 2, "#"), F.initcap("s"),
          F.reverse("s")).show(truncate=False)
df.select(F.repeat("t", 0).alias("r0"), F.instr("s", "").alias("i0"), F.lpad("t", 0, "x").alias("l0"),
          F.rpad("s", 3, "").alias("r3")).show()
df.selectExpr("repeat(t, 2)", "instr(s, 'o')", "lpad(t, 4, '0')", "rpad(t, 4)", "initcap(s)", "reverse(t)").show()
df.select(F.reverse(F.array(F.lit(1), F.lit(2), F.lit(3))).alias("r"), F.reverse(F.split("s", " "))).show(truncate=False)
