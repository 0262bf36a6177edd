# %% [markdown]
# # A failed task goes back to the backlog
#
# Eight tasks of 1s; the first attempt of one task fails (a marker file says whether it has failed before), and
# Spark retries it (`spark.task.maxFailures` is 4). The retried task counts as pending again, so the backlog lasts
# one task longer.
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
        .appName("allocation-task-failure")
        .config("spark.ui.enabled", "false")
        .config("spark.executor.cores", "1")
        .config("spark.executor.memory", "512m")
        .config("spark.dynamicAllocation.enabled", "true")
        .config("spark.dynamicAllocation.minExecutors", "1")
        .config("spark.dynamicAllocation.initialExecutors", "1")
        .config("spark.dynamicAllocation.maxExecutors", "4")
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
marker = "/tmp/sparkbook-scenario-10-" + str(time.time())

@udf(DoubleType())
def flaky(i, seconds):
    import os
    if i == 3 and not os.path.exists(marker):
        open(marker, "w").close()
        raise RuntimeError("the first attempt of task 3 fails")
    time.sleep(seconds)
    return seconds

time.sleep(6)
# Warm-up: each initial executor runs a task (its Python worker starts); decisions are timed from this job.
warm = tasks(1, 0.25).collect()

# %%
rows = spark.range(0, 8, 1, 8).select(flaky(F.col("id"), F.lit(1.0)).alias("t")).collect()
print(len(rows))

# %%
time.sleep(12)
print("idle period over")
