"""Records real PySpark 4.3 physical plans of joins, windows and a range's grouping, the shapes Sparkbook's
`explain()` is compared with (DataFrame+ExplainTests; expression ids such as `#12L` differ and are ignored). Run:
    SPARK_LOCAL_IP=127.0.0.1 .venv-pyspark/bin/python tests/explain/record_join_window_shapes.py \
        > tests/explain/pyspark-join-window-shapes.txt
"""
import os
os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
from pyspark.sql import SparkSession, Window, functions as F

spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
         .config("spark.sql.shuffle.partitions", "4").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")

df = spark.createDataFrame([(1, "a", 2.0), (2, "b", 3.0), (3, "a", 4.0)], ["id", "k", "v"])
other = spark.createDataFrame([(1, 5.0), (3, 6.0)], ["id", "w"])
by_k = Window.partitionBy("k").orderBy(F.col("v").desc())
queries = {
    # A using-join: Spark projects the join's output (the key once) above the join.
    "join_using_inner": df.join(other, "id"),
    "join_using_left": df.join(other, "id", "left"),
    # A join on a condition: both keys kept, no projection.
    "join_on_inner": df.join(other, df.id == other.id),
    "join_broadcast": df.join(F.broadcast(other), "id"),
    "window_row_number": df.withColumn("rn", F.row_number().over(by_k)),
    "window_two": df.select("k", "v", F.rank().over(by_k).alias("r"), F.lag("v").over(by_k).alias("prev")),
    "range_groupby_sum": spark.range(0, 10, numPartitions=2).groupBy("id").agg(F.sum("id").alias("s")),
}
for name, q in queries.items():
    print(f"### {name} explain()")
    q.explain()
spark.stop()
