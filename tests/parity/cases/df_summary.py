# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.window import Window

spark = (
    SparkSession.builder
        .appName("parity-df_summary")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame([(i, float(i) * 1.5 if i % 3 else None, "s%d" % (i % 4), i * 100) for i in range(1, 11)],
                           "a int, b double, c string, d long")

# %%
df.summary().show()
df.summary("count", "min", "10%", "50%", "max", "99%", "count_distinct").show()
df.select("a").summary("mean", "33%", "0%", "100%").show()
print(df.summary().dtypes)
spark.createDataFrame([(1.0,), (2.5,), (None,)], "x double").summary().show()

# %%
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
people.summary().show()
