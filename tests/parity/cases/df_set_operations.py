# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-df_set_operations")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df1 = spark.createDataFrame([("a", 1), ("a", 1), ("a", 1), ("a", 2), ("b", 3), ("c", 4), (None, 5), (None, 5)], ["C1", "C2"])
df2 = spark.createDataFrame([("a", 1), ("b", 3), (None, 5), ("d", 6)], ["x", "y"])

# %%
df1.intersect(df2).sort("C1", "C2").show()
df1.intersectAll(df2).sort("C1", "C2").show()
df1.subtract(df2).sort("C1", "C2").show()
df1.exceptAll(df2).sort("C1", "C2").show()
print(df1.exceptAll(df2).columns, df1.intersect(df2).count())

# %%
print(df1.tail(2))
print(df1.isEmpty(), df1.filter(F.col("C2") > 10).isEmpty())

# %%
df1.select(df1[1], df1[0]).sort(1, -2).show()
df1.groupBy(1).count().sort("C1").show()
df1.orderBy(-2, 1).show()
df1[df1.C2 > 3].sort("C2").show()
df1[["C2", "C1"]].sort(1).show()
