# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-types_decimal_arith")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
raw = spark.createDataFrame(
    [("12.50", 3, 10000000000, 1.5), ("-0.01", -2, 5, 0.25), ("7", 4, -3, -2.0), (None, None, None, None)],
    "s string, i int, l bigint, d double")
df = raw.withColumn("a", F.col("s").cast("decimal(10,2)")).withColumn("b", F.col("s").cast("decimal(5,3)"))
df.printSchema()
print(df.dtypes)
df.show()

# %%
a, b = F.col("a"), F.col("b")
same = df.select(a + a, a - b, a * b, a / b, a % b)
print(same.dtypes)
same.show(truncate=False)
print(same.collect())

# %%
mixed = df.select(a + F.col("i"), a * F.col("l"), a / F.col("i"), a + F.col("d"), a + 1, a * 2, a - F.lit(100000), a / 4)
print(mixed.dtypes)
mixed.show(truncate=False)

# %%
compare = df.select("a", (a > F.col("i")).alias("gt_i"), (a == 12.5).alias("eq_double"), (a == b).alias("eq_b"),
                    (a <= F.col("l")).alias("le_l"))
compare.show()
df.filter(a > 0).select("a").show()
df.orderBy(F.desc("a")).select("a", "b").show()

# %%
casts = df.select(a.cast("int").alias("i"), a.cast("double").alias("d"), a.cast("string").alias("s"),
                  a.cast("decimal(4,1)").alias("d41"), F.col("d").cast("decimal(6,3)").alias("dd"),
                  F.col("i").cast("decimal").alias("idec"), a.cast("bigint").alias("l"), a.cast("boolean").alias("bool"))
print(casts.dtypes)
casts.show()
print(casts.collect())
big = df.select(F.col("l").cast("decimal(38,18)").alias("x")).select((F.col("x") * F.col("x")).alias("sq"))
print(big.dtypes)
big.show(truncate=False)
