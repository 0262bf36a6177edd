"""Record the dynamic-allocation decisions of real Spark on local-cluster[2,2,1024].

Runs a 64-task backlog of 0.5 s tasks under dynamic allocation, sleeps past the idle
timeout, and extracts Spark's own ExecutorAllocationManager log lines (target totals
and idle removals) from the driver log. The recording is what compare.py checks
Sparkbook against.

Usage: /work/pyenv-rec/bin/python real_spark.py OUTPUT.txt [RAW_DRIVER_LOG] [--extract-only]
(--extract-only re-reads an existing RAW_DRIVER_LOG instead of running Spark again)
"""
import os
import re
import sys
import tempfile
import time

SETTINGS = {
    "spark.dynamicAllocation.enabled": "true",
    "spark.dynamicAllocation.minExecutors": "1",
    "spark.dynamicAllocation.initialExecutors": "1",
    "spark.dynamicAllocation.maxExecutors": "4",
    "spark.dynamicAllocation.schedulerBacklogTimeout": "1s",
    "spark.dynamicAllocation.executorIdleTimeout": "5s",
    "spark.dynamicAllocation.shuffleTracking.enabled": "true",
    "spark.executor.cores": "1",
    "spark.executor.memory": "512m",
}
MASTER = "local-cluster[2,2,1024]"
TASKS = 64
TASK_SECONDS = 0.5
IDLE_WAIT_SECONDS = 12

# The allocation manager's INFO lines go to stderr of the driver JVM, through a log4j2
# config that keeps everything else at WARN so the recording stays readable.
LOG4J2 = """\
status = warn
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss.SSS} %p %c{1}: %m%n
rootLogger.level = warn
rootLogger.appenderRef.stdout.ref = console
logger.eam.name = org.apache.spark.ExecutorAllocationManager
logger.eam.level = info
"""

REQUEST = re.compile(r"Requesting (\d+) new executors? because tasks are backlogged "
                     r"\(new desired total will be (\d+)")
REMOVED = re.compile(r"Executors? ([\d,]+) removed due to idle timeout")
INITIAL = re.compile(r"Using initial executors = (\d+)")
LOWERED = re.compile(r"Lowering target number of executors to (\d+)")


def extract(lines):
    """Turn allocation log lines into the comparison format: one event per line."""
    events = []
    for line in lines:
        if m := INITIAL.search(line):
            events.append(f"initial {m.group(1)}")
        elif m := REQUEST.search(line):
            events.append(f"request +{m.group(1)} target {m.group(2)}")
        elif m := LOWERED.search(line):
            events.append(f"lower target {m.group(1)}")
        elif m := REMOVED.search(line):
            events.append(f"remove {len(m.group(1).split(','))} idle")
    return events


def run_workload(log_path):
    """Start Spark with the driver's stderr redirected to log_path, run the backlog, stop."""
    import pyspark
    from pyspark.sql import SparkSession

    os.environ.setdefault("SPARK_HOME", os.path.dirname(pyspark.__file__))
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    conf_dir = tempfile.mkdtemp(prefix="alloc-log4j2-")
    conf_path = os.path.join(conf_dir, "log4j2.properties")
    with open(conf_path, "w") as f:
        f.write(LOG4J2)
    # The JVM inherits this process's stderr; point fd 2 at the log file while Spark runs.
    saved = os.dup(2)
    log_fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(log_fd, 2)
    try:
        builder = (SparkSession.builder.master(MASTER).appName("allocation-compare")
                   .config("spark.ui.enabled", "false")
                   .config("spark.driver.host", "127.0.0.1")
                   .config("spark.driver.bindAddress", "127.0.0.1")
                   .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile=file:{conf_path}"))
        for key, value in SETTINGS.items():
            builder = builder.config(key, value)
        spark = builder.getOrCreate()
        try:
            sleep = TASK_SECONDS
            started = time.time()
            total = spark.range(0, TASKS, numPartitions=TASKS).rdd.map(lambda x: time.sleep(sleep) or x).count()
            print(f"job: count={total} in {time.time() - started:.1f}s", file=sys.stdout)
            time.sleep(IDLE_WAIT_SECONDS)
        finally:
            spark.stop()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(log_fd)


def settings_line():
    """The settings as one readable line, dynamic-allocation keys without their common prefix."""
    return " ".join(f"{k.replace('spark.dynamicAllocation.', '')}={v}" for k, v in SETTINGS.items())


def write_recording(out, header, lines):
    """The recording: a header, the extracted events, then the allocation log lines themselves."""
    events = extract(lines)
    with open(out, "w") as f:
        f.writelines(h + "\n" for h in header)
        f.write("## events\n")
        f.writelines(e + "\n" for e in events)
        f.write("## log lines\n")
        f.writelines(l + "\n" for l in lines)
    print("\n".join(events))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = args[0] if args else "tests/allocation/real_spark_local_cluster.txt"
    raw = args[1] if len(args) > 1 else out.replace(".txt", ".driver.log")
    if "--extract-only" not in sys.argv:
        run_workload(raw)
    with open(raw) as f:
        lines = [l.rstrip("\n") for l in f if "ExecutorAllocationManager" in l]
    import pyspark
    write_recording(out, [f"# real Spark {pyspark.__version__} {MASTER}; {settings_line()}",
                          f"# workload: {TASKS} tasks x {TASK_SECONDS}s sleep, then {IDLE_WAIT_SECONDS}s idle"],
                    lines)


if __name__ == "__main__":
    main()
