# Records a real Spark 4.3 event log whose sort spills (spark.driver.memory=512m, local[2]), to compare Sparkbook's
# spill metrics with: the task-end "Task Metrics" keep "Memory Bytes Spilled" and "Disk Bytes Spilled" after
# "Result Serialization Time"; Spark also lists them as internal.metrics.*BytesSpilled accumulables.
# Run: SPARK_LOCAL_IP=127.0.0.1 /work/pyspark-venv/bin/python tools/pyspark/record_spill_event_log.py; then
# zstd -dc /tmp/memory-spark-events/*/events_1_* | grep TaskEnd
from pyspark.sql import SparkSession, functions as F
spark = (SparkSession.builder.master("local[2]").config("spark.driver.memory", "512m")
         .config("spark.ui.enabled", "false").config("spark.eventLog.enabled", "true")
         .config("spark.eventLog.dir", "/tmp/memory-spark-events").getOrCreate())
df = spark.range(0, 12_000_000, 1, 2).selectExpr("id", "cast(id * 7 as string) s").orderBy(F.desc("s"))
df.write.format("noop").mode("overwrite").save()
spark.stop()
