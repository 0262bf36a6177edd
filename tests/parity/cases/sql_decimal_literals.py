# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-sql_decimal_literals")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
# In SQL text `0.1` is an exact decimal, not a double: 0.1 + 0.2 is 0.3. An exponent or a D suffix makes a double.
df = spark.createDataFrame([(1, 2.5, "a"), (3, 0.1, "b")], ["i", "x", "s"])
df.createOrReplaceTempView("t")
spark.sql("SELECT 0.1 + 0.2 AS a, 1.5 * 2 AS b, i * 1.10 AS c, x * 1.1 AS d, 100.50 AS e, i / 0.5 AS f FROM t").show()
print(spark.sql("SELECT 0.1 + 0.2 AS a, 1.5 * 2 AS b, i * 1.10 AS c, x * 1.1 AS d, 100.50 AS e, i / 0.5 AS f FROM t").dtypes)
df.selectExpr("i + 0.25", "round(x * 1.5, 1)", "1.5E2", "2.5D").show()
df.filter("x > 0.2").show()
print(spark.sql("SELECT 12345678901234567890 AS big, 0.000 AS z").dtypes)
