# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-conditional_guards")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame([(1, 0, "x"), (4, 2, "12"), (9, 3, None)], "a int, b int, s string")

# %% [markdown]
# A branch runs only for the rows that take it, so a guard keeps ANSI errors away.

# %%
df.select("a", F.when(F.col("b") != 0, F.col("a") / F.col("b")).otherwise(0).alias("q")).orderBy("a").show()
df.selectExpr("a", "CASE WHEN b = 0 THEN NULL ELSE a % b END AS r", "if(b > 0, a div b, -1) AS d",
              "coalesce(a, a / b) AS c", "nvl(b, a div 0) AS n").orderBy("a").show()
df.select("a", F.when(F.col("s").rlike("^[0-9]+$"), F.col("s").cast("int")).alias("parsed")).orderBy("a").show()
