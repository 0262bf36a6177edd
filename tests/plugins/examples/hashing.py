# %%
from pyspark.sql import SparkSession, functions as F
spark = SparkSession.builder.getOrCreate()

# %%
words = spark.createDataFrame([("a",), ("foobar",), ("Zoë",), (None,)], "w string")
words.select("w", F.call_function("fnv1a64", "w").alias("h")).show()
spark.sql("SELECT fnv1a64('') AS empty, mix64(0) AS first, jump_bucket(42, 10) AS bucket").show()

# %%
# Ten ids to 4 buckets, then to 5: only ids that move go to the new bucket.
ids = spark.range(10).select("id", F.expr("jump_bucket(id, 4)").alias("of4"), F.expr("jump_bucket(id, 5)").alias("of5"))
ids.show()
print(ids.filter("of4 != of5 AND of5 != 4").count())

# %%
# A million ids in protocol-2 batches as large as the engine's: mix64 is a bijection, so no two collide.
print(spark.range(1000000).select(F.expr("mix64(id)").alias("m")).distinct().count())
print(spark.range(1000000).selectExpr("sum(jump_bucket(id, 1000)) AS s").first().s)

# %%
spark.sql("SELECT jump_bucket(1, 0)").show()
