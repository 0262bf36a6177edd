# Records Spark's optimized logical plan for a top-N-per-group filter (InferWindowGroupLimit).
# Run: SPARK_LOCAL_IP=127.0.0.1 /work/pyspark-venv/bin/python tests/explain/record_window_group_limit.py > tests/explain/pyspark-window-group-limit.txt
from pyspark.sql import SparkSession, Window, functions as F
spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate())
df = spark.createDataFrame([(1, 10.0), (1, 20.0), (2, 5.0)], "k long, x double")
w = Window.partitionBy("k").orderBy(F.col("x").desc())
out = df.withColumn("rn", F.row_number().over(w)).filter(F.col("rn") <= 2)
print(out._jdf.queryExecution().optimizedPlan().toString())
print(out._jdf.queryExecution().executedPlan().toString())
spark.stop()
