# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-df_stat_functions")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
df = spark.createDataFrame([(1, 11, 2.0), (1, 11, None), (3, None, 1.0), (None, 8, 4.5), (4, 8, 0.5)], ["c1", "c2", "d"])
x = df.crosstab("c1", "c2"); x.printSchema(); x.sort("c1_c2").show()
df.crosstab("d", "c1").sort("d_c1").show()
print(df.corr("c1", "c2"), df.cov("c1", "d"), df.corr("c1", "d"), df.cov("c2", "c2"))
print(df.filter("c1 > 100").corr("c1", "c2"), df.filter("c1 = 1").cov("c1", "c2"))
df = spark.createDataFrame([(1, 12), (10, 1), (19, 8)], ["c1", "c2"])
print(df.corr("c1", "c2"), df.cov("c1", "c2"))
