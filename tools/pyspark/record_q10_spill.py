# Does real Spark spill on db-benchmark groupby q10 with spark.driver.memory=2g? Runs PySpark 4.3 on local[2]
# (loopback, UI off, event log on, uncompressed) over a G1 CSV, the question as bench/dbbench/questions.py writes
# it (the answer cached, then its checks), then sums each stage's "Memory Bytes Spilled" / "Disk Bytes Spilled"
# from the event log's task ends, with the JVM's max heap and Spark's unified-memory figures for comparison.
# Run: SPARK_LOCAL_IP=127.0.0.1 /work/pyspark-venv/bin/python tools/pyspark/record_q10_spill.py \
#        /work/bench-data/G1_1e8_1e2_0_0.csv [--memory 2g] [--infer-schema] [--log-dir /tmp/q10-spark-events]
# The schema is given (the one inferSchema finds) unless --infer-schema, which adds Spark's full inference pass.
import argparse
import glob
import json
import os
import time
from collections import defaultdict

from pyspark.sql import SparkSession, functions as F

parser = argparse.ArgumentParser()
parser.add_argument("csv")
parser.add_argument("--memory", default="2g")
parser.add_argument("--master", default="local[2]")
parser.add_argument("--infer-schema", action="store_true")
parser.add_argument("--log-dir", default="/tmp/q10-spark-events")
args = parser.parse_args()
os.makedirs(args.log_dir, exist_ok=True)

spark = (SparkSession.builder.master(args.master).appName("q10-spill")
         .config("spark.driver.memory", args.memory)
         .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
         .config("spark.ui.enabled", "false")
         .config("spark.eventLog.enabled", "true").config("spark.eventLog.compress", "false")
         .config("spark.eventLog.buffer.kb", "4k")  # flushed often, so a long run can be read as it goes
         .config("spark.eventLog.dir", args.log_dir).getOrCreate())
jvm_max = spark.sparkContext._jvm.java.lang.Runtime.getRuntime().maxMemory()
app_id = spark.sparkContext.applicationId
schema = "id1 string, id2 string, id3 string, id4 int, id5 int, id6 int, v1 int, v2 int, v3 double"
reader = spark.read.option("header", True)
x = reader.csv(args.csv, inferSchema=True) if args.infer_schema else reader.schema(schema).csv(args.csv)
start = time.time()
ans = x.groupBy("id1", "id2", "id3", "id4", "id5", "id6").agg(F.sum("v3").alias("v3"), F.count("*").alias("count"))
ans = ans.cache()
chk = ans.agg(F.count("*"), F.sum("v3"), F.sum("count")).collect()[0]
elapsed = time.time() - start
spark.stop()

# Spark's UnifiedMemoryManager: usable = heap - 300 MiB reserved; execution+storage = usable * spark.memory.fraction
usable = jvm_max - 300 * 1024 * 1024
unified = usable * 0.6
print(f"app {app_id}: {elapsed:.1f} s, answer {list(chk)}")
print(f"JVM max heap {jvm_max / 2**20:.0f} MiB; unified pool {unified / 2**20:.0f} MiB; with 2 tasks running "
      f"each gets {unified / 4 / 2**20:.0f}-{unified / 2 / 2**20:.0f} MiB of execution memory (storage empty)")

# Spark 4 rolls its event log by default: eventlog_v2_<app>/events_<n>_<app>, read in order.
paths = sorted(p for p in glob.glob(os.path.join(args.log_dir, f"*{app_id}*", f"events_*_{app_id}*"))
               if not p.endswith(".inprogress"))
stages = defaultdict(lambda: {"tasks": 0, "memory": 0, "disk": 0, "peak": 0, "shuffle_write": 0, "input": 0})
names = {}
for line in (line for path in paths for line in open(path)):
    event = json.loads(line)
    if event["Event"] == "SparkListenerStageSubmitted":
        info = event["Stage Info"]
        names[info["Stage ID"]] = info["Stage Name"]
    if event["Event"] != "SparkListenerTaskEnd" or "Task Metrics" not in event:
        continue
    metrics, stage = event["Task Metrics"], stages[event["Stage ID"]]
    stage["tasks"] += 1
    stage["memory"] += metrics["Memory Bytes Spilled"]
    stage["disk"] += metrics["Disk Bytes Spilled"]
    stage["peak"] = max(stage["peak"], metrics.get("Peak Execution Memory", 0))
    stage["shuffle_write"] += metrics["Shuffle Write Metrics"]["Shuffle Bytes Written"]
    stage["input"] += metrics["Input Metrics"]["Bytes Read"]
print("stage  tasks  input MiB  shuffle write MiB  peak exec MiB/task  memory spilled MiB  disk spilled MiB  name")
for stage_id in sorted(stages):
    s = stages[stage_id]
    print(f"{stage_id:5d}  {s['tasks']:5d}  {s['input'] / 2**20:9.0f}  {s['shuffle_write'] / 2**20:17.0f}  "
          f"{s['peak'] / 2**20:18.0f}  {s['memory'] / 2**20:18.0f}  {s['disk'] / 2**20:16.0f}  "
          f"{names.get(stage_id, '')}")
print(f"event log: {os.path.dirname(paths[0])}")
