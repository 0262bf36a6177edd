# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as sf

spark = (
    SparkSession.builder
        .appName("parity-df_unpivot")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
df = spark.createDataFrame([(1, 11, 1.1, "a"), (2, 12, 1.2, None)], ["id", "int", "double", "s"])
u = df.unpivot("id", ["int", "double"], "var", "val"); u.printSchema(); u.show()
df.melt(["id", "s"], None, "k", "v").show()
df.unpivot(sf.col("id"), "int", "var", "val").show()
