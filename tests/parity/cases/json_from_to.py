# %%
from pyspark.sql import SparkSession, Row
from pyspark.sql import functions as F
from pyspark.sql.types import ArrayType, IntegerType, StringType, StructField, StructType

spark = (
    SparkSession.builder
        .appName("parity-json_from_to")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame(
    [(1, '{"a": 1, "b": "x", "c": [1, 2]}'), (2, '{"a": "bad", "b": null}'), (3, "not json"), (4, None)],
    ["id", "js"],
)

# %%
schema = StructType([StructField("a", IntegerType()), StructField("b", StringType()), StructField("c", ArrayType(IntegerType()))])
parsed = df.select("id", F.from_json("js", schema).alias("s"), F.from_json("js", "a INT, b STRING").alias("ddl"),
                   F.from_json("js", "MAP<STRING,STRING>").alias("m"))
parsed.printSchema()
parsed.orderBy("id").show(truncate=False)

# %%
parsed.select("id", F.to_json("s").alias("back"), F.to_json("m").alias("map_json")).orderBy("id").show(truncate=False)

# %%
df.select("id", F.json_tuple("js", "a", "b", "zz")).orderBy("id").show()

# %%
rows = spark.createDataFrame([(1, Row(age=2, name="Alice", scores=[100, 200])), (2, Row(age=None, name="B,ob", scores=None))],
                             ["k", "v"])
rows.select("k", F.to_csv("v").alias("csv"), F.to_json("v").alias("json")).orderBy("k").show(truncate=False)

# %%
csv = spark.createDataFrame([("1,2,3",), ("4,,x",)], ["line"])
csv.select(F.from_csv("line", "a INT, b INT, c STRING").alias("r")).show()
csv.select(F.from_csv("line", F.schema_of_csv("1,2,3")).alias("r")).printSchema()
