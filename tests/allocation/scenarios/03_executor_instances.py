# %% [markdown]
# # `spark.executor.instances` sets the initial target; idle executors go down to the minimum
#
# With `spark.executor.instances=3` and no `initialExecutors`, the initial target is max(min, initial,
# instances) = 3. A one-task job runs on one of them; the other two (and then the third but one, down to the
# minimum of 1) are released when idle for 8s.
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
        .master("local-cluster[3,1,1024]")
        .appName("allocation-executor-instances")
        .config("spark.ui.enabled", "false")
        .config("spark.executor.cores", "1")
        .config("spark.executor.memory", "512m")
        .config("spark.dynamicAllocation.enabled", "true")
        .config("spark.executor.instances", "3")
        .config("spark.dynamicAllocation.minExecutors", "1")
        .config("spark.dynamicAllocation.maxExecutors", "3")
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
time.sleep(6)  # the initial executors register
# Warm-up: each initial executor runs a task (its Python worker starts); decisions are timed from this job.
warm = tasks(3, 0.25).collect()

# %%
print(len(tasks(1, 0.5).collect()))

# %%
time.sleep(12)
print("idle period over")
