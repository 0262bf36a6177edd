# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import StructType, StructField, StringType, IntegerType, LongType, DoubleType, BooleanType, DateType, TimestampType, DecimalType, ArrayType
import pyspark.sql.types as T

spark = (
    SparkSession.builder
        .appName("parity-types_schema")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
schema = StructType([
    StructField("id", LongType(), True),
    StructField("name", StringType(), False),
    StructField("score", DoubleType()),
    StructField("active", BooleanType(), True),
])
df = spark.createDataFrame([(1, "ann", 3.5, True), (2, "bob", None, False)], schema)
df.printSchema()
df.show()
print(df.schema)
print(repr(df.schema))
print(df.schema == schema, df.schema == StructType([StructField("id", LongType())]))

# %%
print(df.schema.simpleString())
print(df.schema.fieldNames(), df.schema.names, len(df.schema))
print(df.schema["id"])
print(df.schema[1], df.schema[-1].name)
for field in df.schema.fields:
    print(field.name, field.dataType, field.nullable, field.dataType.simpleString(), field.dataType.typeName())
print([f.name for f in df.schema if f.dataType == DoubleType()])
print(df.schema["name"].dataType == StringType(), IntegerType() == LongType())

# %%
print(IntegerType(), DateType(), TimestampType(), T.StringType(), DecimalType(), DecimalType(5), DecimalType(10, 2))
print(ArrayType(StringType()), ArrayType(IntegerType(), False), StructField("x", IntegerType()))
print(DecimalType(12, 3).precision, DecimalType(12, 3).scale, ArrayType(LongType()).elementType)
print(StructType().add("a", IntegerType()).add("b", "string", False).add(StructField("c", DateType())))

# %%
casted = df.select(
    F.col("id").cast(IntegerType()).alias("id_int"),
    F.col("score").cast(DecimalType(6, 2)).alias("score_dec"),
    df.id.cast(StringType()).alias("id_str"),
    F.col("active").cast(T.IntegerType()).alias("active_int"),
)
casted.printSchema()
casted.show()
print(casted.dtypes)

# %%
events_schema = StructType([
    StructField("event_id", IntegerType()),
    StructField("tags", ArrayType(StringType())),
    StructField("day", DateType()),
])
print(events_schema.simpleString())
spark.createDataFrame([(7, ["a", "b"], None)], events_schema).show()
people = spark.read.schema(StructType([StructField("id", IntegerType()), StructField("name", StringType()), StructField("country", StringType()), StructField("age", LongType()), StructField("salary", DoubleType()), StructField("joined", DateType())])).option("header", "true").csv("data/parity/people.csv")
people.printSchema()
print(people.schema)
people.orderBy("name").show(3)
