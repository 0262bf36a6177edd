# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-types_float_short_byte")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame([(1, 1.1, "3"), (2, 2.5, "100"), (None, None, None)], "i int, d double, s string")
t = df.select(F.col("i").cast("tinyint").alias("b"), F.col("i").cast("smallint").alias("sh"), F.col("d").cast("float").alias("f"),
              F.col("s").cast("byte").alias("sb"), F.col("d").cast("real").alias("r"), F.col("i").cast("short").alias("ss"))
t.printSchema()
print(t.dtypes)
print(t.schema)
t.show()
print(t.collect())

# %%
u = t.withColumn("i", F.lit(1)).withColumn("d", F.lit(2.0))
for e in ["b+b", "b+sh", "sh+i", "f+i", "f+d", "f+b", "f*2", "b*2", "b/b", "b%2", "-b", "-f", "b=1", "f>1", "abs(b)", "abs(f)", "round(f,1)", "sqrt(f)", "floor(f)", "b+cast(1 as decimal(5,2))", "coalesce(b, sh)", "f+f"]:
    x = u.selectExpr(e)
    print(x.dtypes, x.collect())

# %%
a = t.agg(F.sum("b"), F.avg("b"), F.min("b"), F.max("b"), F.sum("sh"), F.sum("f"), F.avg("f"), F.min("f"), F.max("f"), F.count("f"))
print(a.dtypes)
print(a.collect())
g = t.groupBy("b").agg(F.sum("f").alias("s"), F.max("sh").alias("m")).orderBy("b")
print(g.dtypes)
g.show()

# %%
v = spark.createDataFrame([(1.1,), (1e10,), (1.0e-5,), (123456789.0,), (float("nan"),), (float("inf"),), (-0.5,)], "x double").select(F.col("x").cast("float").alias("x"))
v.show()
print(v.select(F.col("x").cast("string")).collect())
print(v.collect())

# %%
out = "/tmp/sparkbook-parity-small-types"
t.coalesce(1).write.mode("overwrite").option("header", "true").csv(out + "/csv")
back = spark.read.schema("b tinyint, sh smallint, f float, sb byte, r real, ss short").option("header", "true").csv(out + "/csv")
back.printSchema()
back.orderBy("b").show()
t.coalesce(1).write.mode("overwrite").json(out + "/json")
print(spark.read.json(out + "/json").orderBy("b").collect())
