# %%
from pyspark.sql import SparkSession, functions as F
from pyspark.sql.types import IntegerType

spark = SparkSession.builder.master("local[2]").getOrCreate()
df = spark.createDataFrame([(1,), (0,), (4,)], "x int")

def inverse(x):
    return 100 // x

df.select(F.udf(inverse, IntegerType())("x").alias("y")).where("y > 30").show()

# %%
df.select(F.udf(inverse, IntegerType())("x").alias("y")).show()
