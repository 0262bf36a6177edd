# %%
from pyspark.sql import SparkSession, Row
from pyspark.sql import functions as F
from pyspark.sql.types import MapType, StringType, IntegerType

spark = (
    SparkSession.builder
        .appName("parity-err_types_map")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
df = spark.createDataFrame([(1, {"a": 1, "b": 2}), (2, {}), (3, None)], ["id", "m"])
df.show()
df.printSchema()
print(df.dtypes)
print(df.collect())
print(df.schema)

# %%
look = df.select("id", F.map_keys("m"), F.map_values("m"), F.size("m"), F.col("m")["a"], F.element_at("m", F.lit("b")),
                 F.col("m").getItem("b"), F.map_contains_key("m", "a"))
look.orderBy("id").show()
look.printSchema()
df.select("id", F.col("m").cast("string").alias("text")).orderBy("id").show()

# %%
made = df.select("id", F.create_map(F.lit("x"), F.col("id")).alias("cm"), F.map_from_arrays(F.array(F.lit("p")), F.array(F.col("id"))).alias("fa"))
made.orderBy("id").show()
made.printSchema()
print(made.orderBy("id").collect())

# %%
typed = spark.createDataFrame([(1, {"k": "v"})], "id int, m map<string,string>")
typed.printSchema()
typed.show(truncate=False)
t2 = spark.createDataFrame([(1, {"k": 2})], ["id", "m"]).schema
print(t2["m"].dataType, MapType(StringType(), IntegerType()))

# %%
df.select(F.create_map(F.lit("a"), F.lit(1), F.lit("a"), F.lit(2))).show()
