# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-col_repr")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
# Printing a Column shows Spark's unresolved tree, operators in prefix form: not the column's generated name.
c = F.col("a")
for e in [F.col("a") + 1, F.col("id").alias("z"), F.col("a"), F.sum("x"), F.upper(F.col("name")), F.col("a") > 2, F.lit(5),
          (F.col("a") * 2).cast("string"), F.when(F.col("a") > 1, "x").otherwise("y"), F.col("a").desc(),
          (c > 1) & (F.col("b") < 2), (c == 1) | ~(c != 2), -c, c.isNull(), c.isin(1, 2), c.between(1, 3),
          c.like("x%"), F.count("*"), F.count(c), F.lit("it's"), F.lit(None), F.lit(1.5), F.lit(True),
          c / 2, c % 3, c.asc(), F.concat_ws("-", "a", "b"), F.round(c, 2), c.cast("int"), F.avg("x").alias("m"),
          c.substr(1, 2), c.eqNullSafe(1), c >= 1, c <= 1, F.lit(10000000000)]:
    print(repr(e))
df = spark.range(3)
print(df.id, df["id"] + 1)
