# %% [markdown]
# # What keeps an executor's shuffle output safe when dynamic allocation lets it go?
#
# A wide transformation (`groupBy`, `join`, `repartition`) splits a job in two: **map tasks** write shuffle
# files on the executor that ran them, and **reduce tasks** of the next stage fetch those files. If dynamic
# allocation removed an executor between the two stages, its shuffle files would vanish with it and the map
# tasks would have to run again. Spark offers two ways to prevent that:
#
# | Setting | Where shuffle files live | What happens to an idle executor during the job |
# |---|---|---|
# | `spark.dynamicAllocation.shuffleTracking.enabled=true` | on the executor itself | **kept** while a running job still needs its shuffle output |
# | `spark.shuffle.service.enabled=true` | served by the external shuffle service on the node | released after `executorIdleTimeout`: its files outlive it |
#
# This notebook runs the same job twice, once with each setting, on Sparkbook's embedded cluster.
# A short `spark.dynamicAllocation.executorIdleTimeout` (5 s) makes idle executors leave quickly, so
# you can see which ones are *kept* and why.
#
# Run it with a time scale (every allocation timeout and `time.sleep` is multiplied by 0.02):
# `sparkbook run notebooks/shuffle_tracking_vs_shuffle_service.py --time-scale 0.02 --timeline --event-log logs/`
# and compare the two applications in `logs/` (one event log per session).

# %%
import time
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

# The dynamic-allocation settings both halves share.
shared = {
    "spark.dynamicAllocation.enabled": "true",
    "spark.dynamicAllocation.minExecutors": "1",
    "spark.dynamicAllocation.initialExecutors": "1",
    "spark.dynamicAllocation.maxExecutors": "8",
    "spark.dynamicAllocation.schedulerBacklogTimeout": "1s",
    "spark.dynamicAllocation.executorIdleTimeout": "5s",
    "spark.sql.shuffle.partitions": "2",
}

# %% [markdown]
# ## Part 1: shuffle tracking (no external shuffle service)
#
# `spark.dynamicAllocation.shuffleTracking.enabled=true` tells the `ExecutorMonitor` which shuffles each
# executor wrote. While the job runs its reduce stage, the 2 reduce tasks keep 2 executors busy; the other
# executors are idle for much longer than the 5 s idle timeout, yet **none is removed**: each still holds
# map output of a shuffle the running job needs (the `:executors` view calls this "shuffle in use").
# When the job ends they still hold its shuffle output, and Spark keeps them until the driver's `ContextCleaner`
# removes the shuffle: once nothing refers to it, at the next driver GC, at the latest the periodic one every
# `spark.cleaner.periodicGC.interval` (30 min by default; 60 s here, so it happens during the idle cell). The
# `--timeline` says "kept ...: holds shuffle data" meanwhile. `spark.dynamicAllocation.shuffleTracking.timeout`
# would release them after that long idle instead.

# %%
spark = (
    SparkSession.builder
        .config(map=shared)
        .appName("shuffle-tracking")
        .config("spark.dynamicAllocation.shuffleTracking.enabled", "true")
        .config("spark.shuffle.service.enabled", "false")
        .config("spark.cleaner.periodicGC.interval", "60s")
        .getOrCreate()
)

print("shuffle tracking:", spark.conf.get("spark.dynamicAllocation.shuffleTracking.enabled"))
# 48 map tasks (many executors) feed 2 reduce tasks (most executors sit idle while those run).
events = spark.range(0, 2_400_000, numPartitions=48)
totals = (
    events
        .select((F.col("id") % 30_000).alias("bucket"), F.col("id").alias("amount"))
        .groupBy("bucket")
        .agg(F.sum("amount").alias("total"))
)
print("groups:", totals.count())

# %% [markdown]
# The job is over, but its shuffle output is still on the executors: they are kept until the periodic GC lets
# the ContextCleaner remove it, then they leave at once (they have been idle longer than the idle timeout), down
# to `minExecutors`.

# %%
time.sleep(90)
spark.stop()
print("first session stopped")

# %% [markdown]
# ## Part 2: the external shuffle service
#
# One notebook holds one session at a time, so we stop the first and build a new one with the other settings.
# With `spark.shuffle.service.enabled=true` the node's shuffle service serves the map output, so an executor
# holds nothing that would be lost with it, and shuffle tracking no longer applies (Spark ignores it when the
# service is on). Now the executors that ran map tasks are released **during the job**, as soon as they have
# been idle for 5 s, while the reduce tasks are still fetching their files from the service.

# %%
spark = (
    SparkSession.builder
        .config(map=shared)
        .appName("external-shuffle-service")
        .config("spark.dynamicAllocation.shuffleTracking.enabled", "false")
        .config("spark.shuffle.service.enabled", "true")
        .getOrCreate()
)

print("shuffle service:", spark.conf.get("spark.shuffle.service.enabled"))
# 48 map tasks (many executors) feed 2 reduce tasks (most executors sit idle while those run).
events = spark.range(0, 2_400_000, numPartitions=48)
totals = (
    events
        .select((F.col("id") % 30_000).alias("bucket"), F.col("id").alias("amount"))
        .groupBy("bucket")
        .agg(F.sum("amount").alias("total"))
)
print("groups:", totals.count())

# %%
time.sleep(10)
print("second session idle")

# %% [markdown]
# ## What to look for
#
# * In the first application's timeline, no executor is removed between the end of the map stage and the end
#   of the job, nor after it until the periodic GC cleans the shuffle; the removals come in that round.
# * In the second application, executors are removed while the job is still running (`idle` removals before
#   the job ends), and the job's result is the same: the shuffle files survived their executors.
# * Both end at `minExecutors` (1).
#
# On a real cluster the shuffle service has to run on every node (YARN's `spark_shuffle` auxiliary service,
# or the standalone worker's `spark.shuffle.service.enabled`); shuffle tracking needs nothing extra but keeps
# executors as long as their shuffle lives (`spark.dynamicAllocation.shuffleTracking.timeout` bounds it).
