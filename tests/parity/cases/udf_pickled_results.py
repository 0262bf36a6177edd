# %%
# Python UDFs whose results come back pickled (useArrow=False, or the session's Arrow setting off): a value whose
# Python type the declared type does not take is NULL, an int narrows as Java narrows it, and anything declared a
# string is its Java text.
from pyspark.sql import SparkSession, functions as F
from pyspark.sql.types import IntegerType, DoubleType, StringType, LongType

spark = SparkSession.builder.master("local[2]").getOrCreate()
df = spark.createDataFrame([(1,), (2,)], "x int")
df.select(F.udf(lambda x: x * 10, DoubleType(), useArrow=False)("x").alias("int_for_double"),
          F.udf(lambda x: x * 1.5, StringType(), useArrow=False)("x").alias("float_for_string"),
          F.udf(lambda x: [x, None], StringType(), useArrow=False)("x").alias("list_for_string"),
          F.udf(lambda x: x > 1, IntegerType(), useArrow=False)("x").alias("bool_for_int"),
          F.udf(lambda x: 2**40 + x, IntegerType(), useArrow=False)("x").alias("big_for_int"),
          F.udf(lambda x: "text", LongType(), useArrow=False)("x").alias("str_for_long")).show()

# %%
spark.conf.set("spark.sql.execution.pythonUDF.arrow.enabled", "false")
df.select(F.udf(lambda x: x * 10, DoubleType())("x").alias("pickled"),
          F.udf(lambda x: x * 10, DoubleType(), useArrow=True)("x").alias("arrow")).show()
spark.conf.set("spark.sql.execution.pythonUDF.arrow.enabled", "true")
df.select(F.udf(lambda x: x * 10, DoubleType())("x").alias("arrow_by_default")).show()
