# %%
from pyspark.sql import SparkSession, functions as F
from pyspark.sql.types import IntegerType

spark = SparkSession.builder.master("local[2]").getOrCreate()
df = spark.createDataFrame([(1,), (2,)], "x int")
df.select(F.udf(lambda x: x * 10, IntegerType())("x").alias("ok")).show()

# %%
df.withColumn("wrong", F.udf(lambda x: "text", IntegerType())("x")).show()
