"""Which typed Spark properties PySpark 4.3 refuses, where (builder / spark.conf.set), and with what text.

The source of the messages in Sources/SparkbookCluster/Configuration/Typed/SparkConfigEntries.swift.
Usage: /work/pyspark-venv/bin/python record_conf_errors.py set          # one session, spark.conf.set per case
       /work/pyspark-venv/bin/python record_conf_errors.py builder      # a fresh JVM per case (a bad core value
                                                                         # can end the gateway, and PySpark's
                                                                         # builder keeps options across sessions)
Prints one JSON line per case: [channel, key, value, outcome].
"""
import os, sys, json
os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
from pyspark.sql import SparkSession

SQL_SET = [
    ("spark.sql.shuffle.partitions", ["abc", "0", "-5", "1.5", " 8 "]),
    ("spark.sql.adaptive.enabled", ["yes", "1"]),
    ("spark.sql.ansi.enabled", ["yes"]),
    ("spark.sql.caseSensitive", ["yes"]),
    ("spark.sql.session.timeZone", ["Mars/Olympus", "+25:00", "UTC"]),
    ("spark.sql.adaptive.advisoryPartitionSizeInBytes", ["abc", "-1", "1.5g"]),
    ("spark.sql.adaptive.coalescePartitions.enabled", ["nope"]),
    ("spark.sql.adaptive.coalescePartitions.minPartitionSize", ["abc", "0"]),
    ("spark.sql.adaptive.coalescePartitions.initialPartitionNum", ["abc", "0"]),
    ("spark.sql.adaptive.coalescePartitions.parallelismFirst", ["abc"]),
    ("spark.sql.adaptive.skewJoin.enabled", ["abc"]),
    ("spark.sql.adaptive.skewJoin.skewedPartitionFactor", ["abc", "-1"]),
    ("spark.sql.adaptive.skewJoin.skewedPartitionThresholdInBytes", ["abc", "-1"]),
    ("spark.sql.adaptive.autoBroadcastJoinThreshold", ["abc"]),
    ("spark.sql.adaptive.localShuffleReader.enabled", ["abc"]),
    ("spark.sql.autoBroadcastJoinThreshold", ["abc", "-1"]),
    ("spark.sql.files.maxPartitionBytes", ["abc"]),
    ("spark.sql.files.openCostInBytes", ["abc"]),
    ("spark.sql.broadcastTimeout", ["abc", "5min"]),
    ("spark.sql.pivotMaxValues", ["abc"]),
    ("spark.sql.shuffle.partitions", ["99999999999"]),
    ("spark.sql.execution.arrow.pyspark.enabled", ["abc"]),
    ("spark.sql.execution.arrow.maxRecordsPerBatch", ["abc"]),
    ("spark.sql.legacy.timeParserPolicy", ["FOO", "legacy"]),
    ("spark.sql.parquet.compression.codec", ["FOO"]),
    ("spark.sql.sources.partitionOverwriteMode", ["FOO"]),
    ("spark.sql.maxPlanStringLength", ["abc"]),
    ("spark.dynamicAllocation.enabled", ["yes", "true"]),
    ("spark.executor.memory", ["abc"]),
    ("spark.default.parallelism", ["abc"]),
    ("spark.sql.warehouse.dir", ["/tmp/x"]),
]

CORE = [
    ("spark.executor.cores", "abc"),
    ("spark.executor.cores", "0"),
    ("spark.executor.memory", "1.5g"),
    ("spark.executor.instances", "abc"),
    ("spark.driver.memory", "abc"),
    ("spark.driver.cores", "abc"),
    ("spark.driver.maxResultSize", "abc"),
    ("spark.task.maxFailures", "abc"),
    ("spark.task.maxFailures", "0"),
    ("spark.task.cpus", "abc"),
    ("spark.default.parallelism", "abc"),
    ("spark.shuffle.service.enabled", "yes"),
    ("spark.cleaner.referenceTracking", "yes"),
    ("spark.cleaner.periodicGC.interval", "abc"),
    ("spark.cleaner.referenceTracking.blocking", "yes"),
    ("spark.network.timeout", "abc"),
    ("spark.executor.heartbeatInterval", "abc"),
    ("spark.speculation", "yes"),
    ("spark.scheduler.mode", "FOO"),
    ("spark.locality.wait", "abc"),
    ("spark.sql.shuffle.partitions", "abc"),
    ("spark.sql.shuffle.partitions", "0"),
    ("spark.sql.session.timeZone", "Mars/Olympus"),
    ("spark.sql.adaptive.enabled", "yes"),
    ("spark.sql.ansi.enabled", "yes"),
    ("spark.app.name", ""),
    ("spark.eventLog.enabled", "yes"),
    ("spark.driver.memoryOverhead", "abc"),
    ("spark.executor.memoryOverhead", "abc"),
    ("spark.dynamicAllocation.minExecutors", "abc"),
]

def first(e):
    j = getattr(e, "java_exception", None)
    s = j.toString() if j is not None else str(e)
    return s.strip().split("\n")[0][:400]

def conf_set():
    spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate())
    for key, values in SQL_SET:
        for v in values:
            try:
                spark.conf.set(key, v)
                out = "ok get=" + repr(spark.conf.get(key))
            except Exception as e:
                out = type(e).__name__ + ": " + first(e)
            print(json.dumps(["conf.set", key, v, out]), flush=True)
    spark.stop()

def builder(key, v):
    SparkSession.builder._options.clear()
    try:
        spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
                 .config(key, v).getOrCreate())
    except Exception as e:
        return "at getOrCreate: " + type(e).__name__ + ": " + first(e)
    try:
        try:
            g = spark.conf.get(key)
        except Exception as e:
            g = "get failed: " + first(e)
        sc = spark.sparkContext
        p = sc.defaultParallelism
        spark.range(100).groupBy((spark.range(1).id * 0).alias("x") if False else "id").count().collect()
        spark.range(10).collect()
        return f"ok get={g!r} parallelism={p}"
    except Exception as e:
        return "later: " + type(e).__name__ + ": " + first(e)
    finally:
        spark.stop()

if __name__ == "__main__":
    which = sys.argv[1]
    if which == "set":
        conf_set()
    elif which == "builder":
        import subprocess
        for i in range(len(CORE)):
            subprocess.run([sys.executable, __file__, "one", str(i)], timeout=600)
    else:
        key, v = CORE[int(sys.argv[2])]
        print(json.dumps(["builder", key, v, builder(key, v)]), flush=True)
