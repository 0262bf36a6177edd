# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.window import Window

spark = (
    SparkSession.builder
        .appName("parity-fn_math_log")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame([(2.0, 3, None, 1.5), (0.0, -1, 1.5, float("nan")), (-4.0, 2, 0.5, 2.0), (None, None, None, None)],
                           "x double, n int, z double, q double")

# %%
df.select(F.log("x"), F.log(2.0, "x"), F.log(10.0, F.col("n")), F.ln("x"), F.log10("x")).show()
df.select(F.round(F.exp("n"), 6).alias("e"), F.pow("x", 2), F.pow(F.col("n"), F.col("x")), F.power("n", 3)).show()
df.selectExpr("log(2, x)", "ln(x)", "pow(n, 2)", "power(n, 2)", "log10(x)", "round(exp(n), 4) AS e").show()

# %%
df.select(F.try_divide("x", "n"), F.try_divide("n", F.lit(0)), F.try_divide(F.col("n"), F.col("n")),
          F.greatest("x", "n", "z"), F.least("x", "n", "z"), F.nanvl("q", "z"), F.nanvl("q", F.lit(9.0))).show()
df.selectExpr("try_divide(x, n)", "try_divide(n, 0)", "greatest(x, n)", "least(n, 0)", "nanvl(q, 1.0)").show()
print(df.select(F.try_divide("x", "n"), F.greatest("n", "z"), F.nanvl("q", "z")).dtypes)
