# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-col_nested_cast_names")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame([(1, True), (22, False)], "id int, t boolean")

# %%
# A cast of a column is named after the column only as a whole select item; nested, it is CAST(x AS T).
named = df.select(F.col("id").cast("string"), F.length(F.col("id").cast("string")), F.expr("upper(cast(id as string))"),
                  F.expr("CAST(id AS bigint) + 1"), F.expr("if(t, 'y', 'n')"))
print(named.columns)
named.orderBy("id").show()
