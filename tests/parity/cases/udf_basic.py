# %%
from pyspark.sql import SparkSession, functions as F
from pyspark.sql.functions import udf, pandas_udf
from pyspark.sql.types import IntegerType, StringType, LongType, DoubleType
import math

spark = SparkSession.builder.master("local[2]").getOrCreate()
df = spark.createDataFrame([(1, "a"), (2, "bb"), (None, "ccc")], "x int, s string")

# %%
plus_one = F.udf(lambda x: None if x is None else x + 1, IntegerType())
df.select(plus_one("x"), plus_one(F.col("x")).alias("y")).show()

# %%
@udf(returnType=StringType())
def shout(s):
    return s.upper() + "!"

@udf("double")
def root(x):
    return math.sqrt(x) if x is not None else None

df.select(shout("s"), root("x")).show()

# %%
spark.udf.register("slen", lambda s: len(s), IntegerType())
df.createOrReplaceTempView("t")
spark.sql("SELECT s, slen(s) AS n FROM t ORDER BY n").show()
df.selectExpr("slen(s) + 1").show()
df.select(F.call_udf("slen", "s")).show()
