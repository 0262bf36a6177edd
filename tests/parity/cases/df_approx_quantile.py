# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-df_approx_quantile")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
df = spark.createDataFrame([(1, 10.5, None), (2, 20.0, None), (3, 30.0, None), (4, 40.0, None), (5, 50.0, None), (9, -1.0, None)], "a int, b double, c int")
print(df.approxQuantile("a", [0.0, 0.5, 1.0], 0.05))
print(df.approxQuantile(["a", "b"], (0.1, 0.25, 0.75, 0.99), 0.0))
print(df.approxQuantile("c", [0.5], 0.1))
print(df.filter("a > 100").approxQuantile(["a"], [0.5], 0.1))
