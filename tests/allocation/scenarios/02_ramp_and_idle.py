# %% [markdown]
# # Scale-up ramp (+1, +2, +4) under a sustained backlog, then idle removal to the minimum
#
# 48 tasks of 0.5s on at most eight one-core executors, starting from one: the backlog timer fires after 1s and
# then every 1s while tasks wait, adding 1, 2, then 4 executors. After the job every executor but the minimum
# of 1 is released when idle for 8s (no shuffle: `collect` of a map-only job).
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
        .master("local-cluster[4,2,1024]")
        .appName("allocation-ramp-and-idle")
        .config("spark.ui.enabled", "false")
        .config("spark.executor.cores", "1")
        .config("spark.executor.memory", "512m")
        .config("spark.dynamicAllocation.enabled", "true")
        .config("spark.dynamicAllocation.minExecutors", "1")
        .config("spark.dynamicAllocation.initialExecutors", "1")
        .config("spark.dynamicAllocation.maxExecutors", "8")
        .config("spark.dynamicAllocation.schedulerBacklogTimeout", "1s")
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
time.sleep(6)  # the first executor registers
# Warm-up: each initial executor runs a task (its Python worker starts); decisions are timed from this job.
warm = tasks(1, 0.25).collect()

# %%
print(len(tasks(48, 0.5).collect()))

# %%
time.sleep(12)
print("idle period over")
