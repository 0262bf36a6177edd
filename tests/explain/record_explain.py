"""Records real PySpark 4.3 `explain` output for a few queries, to compare Sparkbook's plan headings, node names
and tree layout with (expression ids such as `#12L` differ and are ignored). Run:
    /work/pyspark-venv/bin/python tests/explain/record_explain.py > tests/explain/pyspark-explain.txt
"""
import os
os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
from pyspark.sql import SparkSession, functions as F

spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
         .config("spark.sql.shuffle.partitions", "4").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")

df = spark.createDataFrame([(1, "a", 2.0), (2, "b", 3.0), (3, "a", 4.0)], ["id", "k", "v"])
queries = {
    "filter_project": df.withColumn("w", F.col("v") * 2).filter(F.col("id") > 1).select("id", "w"),
    "groupby": df.groupBy("k").agg(F.sum("v").alias("s")).filter(F.col("s") > 1),
    "join": df.join(df.select("id", F.col("v").alias("v2")), "id", "left").where(F.col("v2") > 0),
    # Physical plans: whole-stage codegen stages, conditions and projections (DataFrame+ExplainTests).
    "union": spark.range(0, 4, numPartitions=1).union(spark.range(10, 12, numPartitions=2)),
    "range_filter": spark.range(0, 10, numPartitions=2).filter(F.col("id") > 3).select((F.col("id") * 2).alias("x")),
    "local_project": df.select("id", (F.col("v") + 1).alias("w")),
    "range_groupby": spark.range(0, 10, numPartitions=2).groupBy("id").count(),
}
for name, q in queries.items():
    print(f"### {name} explain(True)")
    q.explain(True)
    print(f"### {name} explain(mode='simple')")
    q.explain(mode="simple")
try:
    df.explain(mode="bogus")
except Exception as e:  # Spark's message for an unknown mode
    print("### unknown mode error")
    print(type(e).__name__, str(e))
spark.stop()
