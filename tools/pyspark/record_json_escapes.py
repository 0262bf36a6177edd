"""Records how Spark (Jackson) escapes control characters in JSON: `to_json` and the JSON data source.

Run: SPARK_LOCAL_IP=127.0.0.1 /path/to/venv-with-pyspark/bin/python tools/pyspark/record_json_escapes.py
PySpark 4.3.0 printed '{"s":"a\\u0001b\\bc\\fd\\u001Fe\\"\\\\\\n\\t\\r"}' for both (RowTextEncodersTests).
"""
import glob
import tempfile

from pyspark.sql import SparkSession, functions as F

spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").getOrCreate()
df = spark.createDataFrame([("a\x01b\x08c\x0cd\x1fe\"\\\n\t\r",)], "s string")
print(repr(df.select(F.to_json(F.struct("s"))).first()[0]))
with tempfile.TemporaryDirectory() as out:
    df.coalesce(1).write.mode("overwrite").json(out + "/json")
    print(repr(open(glob.glob(out + "/json/part-*")[0]).read()))
spark.stop()
