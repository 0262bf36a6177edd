# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
import datetime

spark = (
    SparkSession.builder
        .appName("parity-sql_literal_names")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame([(1, 0), (None, 2), (5, -3)], "i bigint, j int")

# %% [markdown]
# Spark's analyzer compares an integral column with a decimal literal through the literal's floor or ceiling,
# and the generated column name shows it.

# %%
df.selectExpr("i > 0.5", "i >= 0.5", "i < 0.5", "i <= 0.5", "i = 0.5", "0.5 < i", "j > -0.5", "j < -1.5").show()
df.selectExpr("j > 10000000000000000000.5", "j < 10000000000000000000.5", "0.5 > 0").show()
df.filter("i >= 1.5").show()

# %% [markdown]
# Literals name their columns without SQL type suffixes; a minus sign before a number is part of the literal.

# %%
df.selectExpr("-5", "- 5", "-(5)", "-i", "-2147483648", "1Y", "2S", "3L", "1.5F", "1.50BD", "-0.0", "-1e2").printSchema()
df.selectExpr("i + 5L", "5000000000", "j * 2S").show()
print(df.select(df.i + 5000000000, F.lit(5000000000), F.lit(datetime.date(2024, 1, 2))).columns)
print(df.selectExpr("date'2024-01-02'", "DATE '2024-01-02' + 1").columns)
print(repr(F.lit(5000000000)), repr(F.col("i") + 5000000000))
