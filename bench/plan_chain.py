# Planning cost of a long chain of transformations (issue 14: "a chain of 200 withColumn calls plans in under
# 50 ms"). Creates 200 DataFrames, each one withColumn over the last, then plans the query twice: explain()
# (analysed, optimized, physical plan) and count(). Prints the milliseconds each part took.
#   sparkbook run bench/plan_chain.py --quiet
import time
from pyspark.sql import SparkSession, functions as F

spark = SparkSession.builder.master("local[2]").getOrCreate()
df = spark.range(0, 10, numPartitions=1)
start = time.perf_counter()
for i in range(200):
    df = df.withColumn(f"c{i}", F.col("id") + i)
built = time.perf_counter()
df.explain()
explained = time.perf_counter()
n = df.count()
counted = time.perf_counter()
print(f"200 withColumn: {1000 * (built - start):.1f} ms; explain(): {1000 * (explained - built):.1f} ms; "
      f"count(): {1000 * (counted - explained):.1f} ms (rows: {n})")
