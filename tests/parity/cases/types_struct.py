# %%
from pyspark.sql import SparkSession, Row
from pyspark.sql import functions as F
from pyspark.sql.types import StructType, StructField, StringType, IntegerType

spark = (
    SparkSession.builder
        .appName("parity-types_struct")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
df = spark.createDataFrame([(1, Row(name="Alice", age=30)), (2, Row(name="Bob", age=None)), (3, None)], ["id", "p"])
df.show()
df.printSchema()
print(df.dtypes)
print(df.collect())
print(df.schema)
print(df.first().p.name)

# %%
df.select(df.p.age, df.p["name"], F.col("p.name"), F.col("p").getField("age"), "p.*").orderBy("id").show()
df.select("id", F.col("p").cast("string").alias("text")).orderBy("id").show()
df.orderBy(F.col("p").desc()).show()

# %%
made = df.select(F.struct("id", F.col("p.name")).alias("s"), F.struct(F.col("id"), (F.col("id") + 1)),
                 F.named_struct(F.lit("k"), F.col("id")))
made.printSchema()
made.orderBy(F.col("s.id")).show()
print(made.orderBy(F.col("s.id")).collect())

# %%
typed = spark.createDataFrame([(1, (2, "x")), (2, None)], "a int, s struct<b:int,c:string>")
typed.show()
typed.printSchema()
print(typed.collect())
nested = StructType([StructField("id", IntegerType()), StructField("info", StructType([StructField("city", StringType()), StructField("zip", IntegerType(), False)]))])
n = spark.createDataFrame([(1, ("Paris", 75001)), (2, ("Lyon", 69001))], nested)
n.printSchema()
n.select("info.*", F.col("info.city").alias("c")).show()
print(n.schema["info"].dataType)
