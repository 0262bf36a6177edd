"""Record small REAL Spark event logs for Sparkbook's event-log reader tests (tests/fixtures/eventlogs/).

Applications of a few small jobs each (a groupBy with a shuffle, a join, an RDD count):
  default/     Spark 4.3's event-log settings left at their defaults (only enabled and dir set): a rolling
               directory `eventlog_v2_<appId>/` of zstd-compressed `events_<n>_<appId>.zstd` files
  plain/       compress=false, rolling=false: one plain JSON-lines file `<appId>`
  zstd/        compress=true, rolling=false: `<appId>.zstd`
  lz4/, snappy/  the same with spark.eventLog.compression.codec=lz4 / snappy (lz4-java and snappy-java framing)
  rolling/     rolling=true, uncompressed, with the smallest maxFileSize Spark accepts (10m: one file)
  dynalloc/    local-cluster[2,1,1024] with dynamic allocation and the default (rolling, zstd) settings: a backlog of sleeping tasks, idle removals,
               and an executor JVM killed under a task (a lost executor); the driver's
               ExecutorAllocationManager and Utils INFO lines go to dynalloc/allocation.log in Spark's
               default log4j2 layout (`yy/MM/dd HH:mm:ss LEVEL Logger: message`), everything else at WARN.

Usage: SPARK_LOCAL_IP=127.0.0.1 /work/pyspark-venv/bin/python tools/pyspark/record_event_logs.py [OUT_DIR] [VARIANT...]
(OUT_DIR defaults to tests/fixtures/eventlogs; each variant's directory is emptied first.)
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

LOG4J2 = """\
status = warn
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex
rootLogger.level = warn
rootLogger.appenderRef.stdout.ref = console
logger.eam.name = org.apache.spark.ExecutorAllocationManager
logger.eam.level = info
logger.utils.name = org.apache.spark.util.Utils
logger.utils.level = info
"""

VARIANTS = {
    "default": ("local[2]", {}),
    "plain": ("local[2]", {"spark.eventLog.compress": "false", "spark.eventLog.rolling.enabled": "false"}),
    "zstd": ("local[2]", {"spark.eventLog.compress": "true", "spark.eventLog.rolling.enabled": "false"}),
    "lz4": ("local[2]", {"spark.eventLog.compress": "true", "spark.eventLog.rolling.enabled": "false",
                         "spark.eventLog.compression.codec": "lz4"}),
    "snappy": ("local[2]", {"spark.eventLog.compress": "true", "spark.eventLog.rolling.enabled": "false",
                            "spark.eventLog.compression.codec": "snappy"}),
    "rolling": ("local[2]", {"spark.eventLog.compress": "false", "spark.eventLog.rolling.enabled": "true",
                             "spark.eventLog.rolling.maxFileSize": "10m"}),
    "dynalloc": ("local-cluster[2,1,1024]", {
        "spark.dynamicAllocation.enabled": "true",
        "spark.dynamicAllocation.minExecutors": "0",
        "spark.dynamicAllocation.initialExecutors": "1",
        "spark.dynamicAllocation.maxExecutors": "2",
        "spark.dynamicAllocation.schedulerBacklogTimeout": "1s",
        "spark.dynamicAllocation.sustainedSchedulerBacklogTimeout": "1s",
        "spark.dynamicAllocation.executorIdleTimeout": "3s",
        "spark.dynamicAllocation.shuffleTracking.enabled": "true",
        "spark.dynamicAllocation.shuffleTracking.timeout": "2s",
        "spark.executor.cores": "1",
        "spark.executor.memory": "512m",
    }),
}


def small_jobs(spark):
    """A few small jobs: a shuffle, a join, a count."""
    from pyspark.sql import functions as F
    df = spark.range(0, 2000, 1, 2)
    df.groupBy((F.col("id") % 5).alias("k")).count().collect()
    left = df.select((F.col("id") % 50).alias("k"), F.col("id"))
    right = spark.range(0, 50, 1, 1).select(F.col("id").alias("k"), (F.col("id") * 2).alias("v"))
    left.join(right, "k").agg(F.sum("v")).collect()
    spark.range(0, 100, 1, 2).rdd.count()


def kill_own_executor(marker):
    """Run inside a task: kill -9 the executor JVM this Python worker belongs to, once (the marker file says it
    was done), so that Spark logs a lost executor and retries the task elsewhere."""
    if os.path.exists(marker):
        return 0
    open(marker, "w").close()
    pid = os.getppid()
    while pid > 1:
        with open(f"/proc/{pid}/comm") as f:
            if f.read().strip() == "java":
                os.kill(pid, signal.SIGKILL)
                time.sleep(30)
        with open(f"/proc/{pid}/stat") as f:
            pid = int(f.read().split(") ")[1].split()[1])
    return 0


def dynalloc_jobs(spark):
    """A backlog of sleeping tasks (requests), an idle wait (removals), then a task that loses its executor."""
    sleep = 0.4
    spark.range(0, 16, 1, 16).rdd.map(lambda x: time.sleep(sleep) or x).count()
    time.sleep(8)
    marker = tempfile.mktemp(prefix="sparkbook-kill-")
    spark.range(0, 2, 1, 2).rdd.map(lambda x: kill_own_executor(marker) or x).count()
    time.sleep(8)


def record(out_dir, name):
    import pyspark
    from pyspark.sql import SparkSession
    master, conf = VARIANTS[name]
    target = os.path.join(out_dir, name)
    shutil.rmtree(target, ignore_errors=True)
    os.makedirs(target)
    builder = (SparkSession.builder.master(master).appName(f"sparkbook-eventlog-{name}")
               .config("spark.ui.enabled", "false")
               .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
               .config("spark.sql.shuffle.partitions", "2")
               .config("spark.eventLog.enabled", "true").config("spark.eventLog.dir", "file://" + os.path.abspath(target)))
    for key, value in conf.items():
        builder = builder.config(key, value)
    if name != "dynalloc":
        spark = builder.getOrCreate()
        small_jobs(spark)
        spark.stop()
        return
    # The driver JVM inherits this process's stderr: point fd 2 at the allocation log while Spark runs.
    conf_dir = tempfile.mkdtemp(prefix="eventlog-log4j2-")
    conf_path = os.path.join(conf_dir, "log4j2.properties")
    with open(conf_path, "w") as f:
        f.write(LOG4J2)
    builder = builder.config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile=file:{conf_path}")
    saved = os.dup(2)
    log_fd = os.open(os.path.join(target, "allocation.log"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(log_fd, 2)
    try:
        spark = builder.getOrCreate()
        try:
            dynalloc_jobs(spark)
        finally:
            spark.stop()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(log_fd)


def main():
    import pyspark
    os.environ.setdefault("SPARK_HOME", os.path.dirname(pyspark.__file__))
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    args = sys.argv[1:]
    out_dir = args[0] if args else "tests/fixtures/eventlogs"
    names = args[1:] or list(VARIANTS)
    for name in names:
        # One JVM per variant: a fresh process each, so every log is its own application.
        if len(names) > 1:
            subprocess.run([sys.executable, __file__, out_dir, name], check=True)
        else:
            record(out_dir, name)
    for root, _, files in sorted(os.walk(out_dir)):
        for f in sorted(files):
            print(os.path.join(root, f), os.path.getsize(os.path.join(root, f)))


if __name__ == "__main__":
    main()
