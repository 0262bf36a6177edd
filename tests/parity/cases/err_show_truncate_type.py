# %%
from pyspark.sql import SparkSession

spark = (
    SparkSession.builder
        .appName("parity-err_show_truncate_type")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame([(1, "a long string value"), (2, "b")], "id int, s string")

# %%
# truncate takes anything int() takes; other text is refused.
df.orderBy("id").show(truncate="4")
df.orderBy("id").show(1, 3.7)
df.orderBy("id").show(truncate="no")
