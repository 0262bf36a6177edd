# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-df_fillna_nan")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame(
    [(1, None, float("nan"), "x", True), (None, 2.5, None, None, None), (3, None, 1.5, "z", False)],
    "a int, b double, c double, s string, f boolean")

# %%
# fillna treats NaN in a double column as null; an int value fills numeric columns as a float would.
df.na.fill(0).orderBy("s").show()
df.fillna(0.5).orderBy("s").show()
df.fillna({"a": 9, "c": 7, "s": "q"}).orderBy("s").show()
df.fillna(1, subset=["a", "c"]).orderBy("s").show()

# %%
# Filling with an int keeps int columns nullable (PySpark passes it as a float); a double fill does not.
df.fillna(0).printSchema()
df.fillna({"a": 9, "c": 7}).printSchema()

# %%
# dropna counts NaN as null.
df.dropna().show()
df.dropna(thresh=4).orderBy("a").show()
df.na.drop("any", subset=["c"]).orderBy("a").show()
print(df.where(F.isnan("c")).count(), df.dropna(how="all", subset=["b", "c"]).count())
