# %% [markdown]
# # Caching keeps executors alive
#
# An idle executor is normally released after `spark.dynamicAllocation.executorIdleTimeout` (60 s by default).
# An executor that holds **cached blocks** (`df.cache()`, `df.persist()`) is different: releasing it would throw
# the cached data away, so Spark waits for `spark.dynamicAllocation.cachedExecutorIdleTimeout` instead, which is
# **infinite by default**. A cached DataFrame you forgot to `unpersist()` therefore pins its executors for the
# rest of the application.
#
# | Executor state | Released after |
# |---|---|
# | idle, nothing cached | `executorIdleTimeout` (here 30 s) |
# | idle, holds cached blocks | `cachedExecutorIdleTimeout` (infinite unless set) |
# | after `unpersist()` | `executorIdleTimeout`, counted from when it went idle |
#
# Run it with a time scale (every allocation timeout and `time.sleep` is multiplied by 0.02):
# `sparkbook run notebooks/caching_keeps_executors_alive.py --time-scale 0.02 --timeline --event-log logs/`


# %%
import time
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

# Shared by both sessions: a short idle timeout so the difference shows within seconds. The external shuffle
# service keeps shuffle files out of the picture: with shuffle tracking instead, executors holding the counts'
# shuffle output would stay too, until the driver's ContextCleaner removed it (see
# shuffle_tracking_vs_shuffle_service.py), and only cached blocks should pin executors here.
shared = {
    "spark.dynamicAllocation.enabled": "true",
    "spark.shuffle.service.enabled": "true",
    "spark.dynamicAllocation.minExecutors": "1",
    "spark.dynamicAllocation.initialExecutors": "1",
    "spark.dynamicAllocation.maxExecutors": "8",
    "spark.dynamicAllocation.schedulerBacklogTimeout": "1s",
    "spark.dynamicAllocation.executorIdleTimeout": "30s",
    "spark.sql.shuffle.partitions": "4",
}

# %% [markdown]
# ## Part 1: a cached DataFrame, `cachedExecutorIdleTimeout` left at its default (infinite)
#
# 48 partitions are computed and cached across the executors that the backlog brings up.

# %%
spark = (
    SparkSession.builder
        .config(map=shared)
        .appName("cache-default-timeout")
        .getOrCreate()
)
orders = (
    spark.range(0, 600_000, numPartitions=48)
        .select(F.col("id").alias("order_id"), (F.col("id") % 500).alias("customer"), (F.col("id") % 97).alias("amount"))
        .cache()
)
print("orders cached:", orders.count())

# %% [markdown]
# Now nothing runs for 60 s, twice the idle timeout. Every executor holding a cached partition stays
# (the `:executors` view says "caches rdd ..."); only executors without cached blocks go.

# %%
time.sleep(60)
print("orders by customer:", orders.groupBy("customer").agg(F.sum("amount").alias("spent")).count())

# %% [markdown]
# `unpersist()` drops the blocks: the executors fall back to `executorIdleTimeout` and leave, down to
# `minExecutors`.

# %%
orders.unpersist()
time.sleep(45)
spark.stop()
print("first session stopped")

# %% [markdown]
# ## Part 2: a finite `cachedExecutorIdleTimeout`
#
# `spark.dynamicAllocation.cachedExecutorIdleTimeout` is read when the application starts, so it goes on the
# builder of a new session. With 60 s, executors holding cached blocks are released after 60 s of idleness
# (twice as long as the plain 30 s idle timeout), cached data or not. A later action would recompute the lost
# partitions from the plan.

# %%
spark = (
    SparkSession.builder
        .config(map=shared)
        .appName("cache-finite-timeout")
        .config("spark.dynamicAllocation.cachedExecutorIdleTimeout", "60s")
        .getOrCreate()
)
orders = (
    spark.range(0, 600_000, numPartitions=48)
        .select(F.col("id").alias("order_id"), (F.col("id") % 500).alias("customer"), (F.col("id") % 97).alias("amount"))
        .cache()
)
print("orders cached:", orders.count())
time.sleep(90)
print("cachedExecutorIdleTimeout:", spark.conf.get("spark.dynamicAllocation.cachedExecutorIdleTimeout"))

# %% [markdown]
# ## What to look for
#
# * Part 1: no executor leaves during the first 60 s sleep; after `unpersist()` they leave 30 s
#   after they went idle (at once, here, since they have been idle for longer), down to 1.
# * Part 2: executors leave 60 s after the count finished, not 30 s.
# * `--timeline` marks the executors kept for their cached blocks (`kept ...: caches rdd 0`) and the release
#   with its rule (`-7 cached 60s`).
