# %% [markdown]
# # The seed's settings: initial executors, then idle removal down to the minimum
#
# The seed notebook's allocation settings (min 2, initial 4, max 20, backlog 5s, shuffle tracking) on four one-core
# executors, with the idle timeout cut from 60s to 8s so the run is short. Real Spark launches the four initial
# executors while the session starts; the seed's aggregation of a small file (one map task) runs, and its first
# stage ends the initial phase: the target drops to the minimum, 2. After the idle timeout two executors are
# released; the one holding the aggregation's shuffle output is kept (shuffle tracking, no
# `shuffleTracking.timeout`).
#
# Runs unchanged on both engines: `sparkbook run THIS --engine spark` (real PySpark on `local-cluster`) and
# `sparkbook run THIS` (the embedded engine, same master). Task durations are set by the notebook: `busy(s)` is a
# Python UDF that sleeps `s` seconds per row, and each partition holds one row. See `tests/allocation/README.md`.

# %%
import time
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.functions import udf
from pyspark.sql.types import DoubleType

spark = (
    SparkSession.builder
        .master("local-cluster[4,1,1024]")
        .appName("allocation-seed-settings")
        .config("spark.ui.enabled", "false")
        .config("spark.executor.cores", "1")
        .config("spark.executor.memory", "512m")
        .config("spark.dynamicAllocation.enabled", "true")
        .config("spark.dynamicAllocation.minExecutors", "2")
        .config("spark.dynamicAllocation.initialExecutors", "4")
        .config("spark.dynamicAllocation.maxExecutors", "20")
        .config("spark.dynamicAllocation.schedulerBacklogTimeout", "5s")
        .config("spark.dynamicAllocation.executorIdleTimeout", "8s")
        .config("spark.dynamicAllocation.shuffleTracking.enabled", "true")
        .getOrCreate()
)

@udf(DoubleType())
def busy(seconds):
    time.sleep(seconds)
    return seconds

def tasks(count, seconds):
    """`count` tasks of `seconds` each: one row per partition, the UDF sleeping per row."""
    return spark.range(0, count, 1, count).select(busy(F.lit(seconds)).alias("t"), (F.col("id") % 4).alias("k"))

# %%
time.sleep(6)  # the session's start and the CSV read of the seed: the initial executors register meanwhile
# Warm-up: each initial executor runs a task (its Python worker starts); decisions are timed from this job.
warm = tasks(4, 0.25).collect()

# %%
agg = tasks(1, 1.0).groupBy("k").agg(F.count("*").alias("n"), F.sum("t").alias("total"))
print(len(agg.collect()))

# %%
time.sleep(12)  # past the idle timeout
print("idle period over")
