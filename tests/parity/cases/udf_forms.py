# %%
from pyspark.sql import SparkSession, functions as F
from pyspark.sql.functions import udf
from pyspark.sql.types import LongType, StringType, BooleanType, DateType
import datetime

spark = SparkSession.builder.master("local[2]").getOrCreate()
df = spark.createDataFrame([(1, "x", 2.5), (2, "y", None), (3, None, -1.0)], "id long, s string, v double")
SUFFIX = "-done"

def decorate(s):
    return None if s is None else s + SUFFIX

@udf
def default_type(x):
    return x * 2

@udf(LongType())
def square(x):
    return x * x

is_big = udf(lambda v: v is not None and v > 0, BooleanType())
day = udf(lambda i: datetime.date(2024, 1, i), DateType())
df.select(udf(decorate)("s"), default_type("id"), square("id"), is_big("v"), day("id").alias("d")).show()
df.printSchema()
df.select(square("id").alias("sq")).printSchema()

# %%
spark.udf.register("twice", square)
print(spark.sql("SELECT twice(3) AS t").collect())
df.groupBy(F.col("id") % 2).agg(F.sum(square("id")).alias("total")).orderBy("total").show()
