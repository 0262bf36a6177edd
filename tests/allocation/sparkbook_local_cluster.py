# %% [markdown]
# # Allocation comparison: Sparkbook side
#
# The same settings as `tools/pyspark/allocation_compare/real_spark.py` runs on real Spark:
# `local-cluster[2,2,1024]`, one-core executors, initial 1, min 1, max 4, 1 s backlog timeout, 5 s idle timeout,
# shuffle tracking. Sparkbook has no Python UDFs, so the 64-task backlog comes from a heavy enough computation
# spread over 64 partitions instead of a per-task sleep; then the notebook sleeps past the idle timeout.
# Run: `sparkbook run tests/allocation/sparkbook_local_cluster.py --timeline`

# %%
import time
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .master("local-cluster[2,2,1024]")
        .appName("allocation-compare")
        .config("spark.ui.enabled", "false")
        .config("spark.executor.cores", "1")
        .config("spark.executor.memory", "512m")
        .config("spark.dynamicAllocation.enabled", "true")
        .config("spark.dynamicAllocation.minExecutors", "1")
        .config("spark.dynamicAllocation.initialExecutors", "1")
        .config("spark.dynamicAllocation.maxExecutors", "4")
        .config("spark.dynamicAllocation.schedulerBacklogTimeout", "1s")
        .config("spark.dynamicAllocation.executorIdleTimeout", "5s")
        .config("spark.dynamicAllocation.shuffleTracking.enabled", "true")
        .getOrCreate()
)

# %%
rows = spark.range(0, 6_400_000, numPartitions=64)
groups = (
    rows
        .select((F.col("id") % 1000).alias("bucket"), (F.col("id") * 3 % 7).alias("weight"))
        .groupBy("bucket")
        .agg(F.count("*").alias("n"), F.sum("weight").alias("total"))
)
print(groups.count())

# %%
time.sleep(12)
print("idle period over")
