# %%
from pyspark.sql import SparkSession, Row
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-maps_functions")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
df = spark.sql("SELECT map(1, 'a', 2, 'b') AS m1, map(3, 'c') AS m2, map(3, NULL) AS m3, 1 AS k")
df.select(F.map_concat("m1", "m2")).show(truncate=False)
df.select(F.map_concat("m1", "m3").alias("c")).printSchema()
df.select(F.map_entries("m1")).show(truncate=False)
df.select(F.map_entries("m1")).printSchema()
df.select(F.map_contains_key("m1", 1), F.map_contains_key("m1", F.col("k")), F.try_element_at("m1", F.lit(2)),
          F.try_element_at("m1", F.lit(9))).show()

# %%
print(spark.conf.get("spark.sql.mapKeyDedupPolicy"))
spark.conf.set("spark.sql.mapKeyDedupPolicy", "LAST_WIN")
spark.sql("SELECT map(1, 'a', 1, 'b') AS m").select("m", F.map_keys("m")).show()
spark.sql("SELECT map(1, 'a', 2, 'b') AS a, map(2, 'c', 3, 'd') AS b").select(F.map_concat("a", "b")).show(truncate=False)
spark.conf.set("spark.sql.mapKeyDedupPolicy", "EXCEPTION")

# %%
e = spark.sql("SELECT array(struct(1, 'a'), struct(2, NULL)) AS data")
e.printSchema()
e.select(F.map_from_entries("data")).show()
e.select(F.map_from_entries("data")).printSchema()
rows = spark.createDataFrame([([(1, "a"), (2, "b")],), ([(3, "c")],)], "data array<struct<k:int,v:string>>")
rows.select(F.map_from_entries(rows.data)).show()

# %%
s = spark.createDataFrame([("a:1,b:2,c",), ("d=4;e=5",)], ["e"])
s.select(F.str_to_map("e")).show(truncate=False)
s.select(F.str_to_map("e", F.lit(";"), F.lit("="))).show(truncate=False)
s.select(F.str_to_map("e").alias("m")).printSchema()

# %%
m = spark.createDataFrame([(1, {"foo": 42.0, "bar": 1.0, "baz": 32.0}, {"foo": 1.0, "qux": 2.0})], ("id", "data", "other"))
print(sorted(m.select(F.map_filter("data", lambda k, v: v > 30.0).alias("f")).head()["f"].items()))
print(sorted(m.select(F.transform_keys("data", lambda k, _: F.upper(k)).alias("f")).head()["f"].items()))
print(sorted(m.select(F.transform_values("data", lambda k, v: F.when(k == "bar", v + 10.0).otherwise(v)).alias("f")).head()["f"].items()))
print(sorted(m.select(F.map_zip_with("data", "other", lambda k, a, b: F.coalesce(a, F.lit(0.0)) + F.coalesce(b, F.lit(0.0))).alias("f")).head()["f"].items()))
m.select(F.map_filter("data", lambda k, v: v > 30.0).alias("f"), F.transform_values("data", lambda k, v: v.cast("int")).alias("g"),
         F.map_zip_with("data", "other", lambda k, a, b: a + b).alias("z")).printSchema()

# %%
z = spark.createDataFrame([([1, 2, None], ["a", None, "c", "d"])], ["nums", "letters"])
z.select(F.arrays_zip(z.nums, z.letters)).show(truncate=False)
z.select(F.arrays_zip("nums", F.array(F.lit(1)))).printSchema()

# %%
a = spark.createDataFrame([(1, [20.0, 4.0, 2.0, 6.0, 10.0])], ("id", "values"))
def merge(acc, x):
    return F.struct((acc["count"] + 1).alias("count"), (acc["sum"] + x).alias("sum"))
a.select(F.aggregate("values", F.struct(F.lit(0).alias("count"), F.lit(0.0).alias("sum")), merge,
                     lambda acc: acc["sum"] / acc["count"]).alias("mean")).show()

# %%
w = spark.createDataFrame([Row(a=Row(b=1, c=2, d=3, e=Row(f=4, g=5, h=6)))])
w.withColumn("a", w["a"].withField("b", F.lit(3))).select("a.b").show()
w.withColumn("a", w["a"].withField("z", F.lit("new"))).show()
w.withColumn("a", w["a"].dropFields("b", "c")).show()
w.withColumn("a", F.col("a").dropFields("e.g", "e.h")).show()
w.select(F.col("a").withField("e", F.col("a.e").dropFields("g", "h")).alias("a")).printSchema()
