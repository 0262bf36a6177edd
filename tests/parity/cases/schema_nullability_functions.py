# %%
from pyspark.sql import SparkSession, Window
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-schema_nullability_functions")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.range(3).withColumn("s", F.lit("x")).withColumn("d", F.col("id").cast("double"))
people = spark.createDataFrame([(1, "ann", 2.5), (None, None, None)], "age int, name string, score double")

# %%
# `<=>`, IS NULL, hash and isnan are never null; null-intolerant functions follow their arguments.
df.select(F.col("id").eqNullSafe(1).alias("ens"), F.col("id").isNull().alias("isn"), F.hash("id").alias("h"),
          F.isnan("d").alias("nan"), F.negative("id").alias("neg"), (-F.col("id")).alias("minus"),
          F.abs("id").alias("abs"), F.upper("s").alias("up"), F.concat("s", "s").alias("cc"),
          F.length("s").alias("len"), F.col("s").like("x%").alias("like"), F.col("id").isin(1, 2).alias("isin"),
          F.col("id").between(1, 2).alias("btw"), F.pow("d", 2).alias("pow"), F.substring("s", 1, 1).alias("sub"),
          F.regexp_replace("s", "x", "y").alias("rr"), F.current_date().alias("today"),
          F.year(F.current_date()).alias("yr"), F.date_format(F.current_date(), "yyyy").alias("fmt")).printSchema()

# %%
# coalesce/greatest/nvl are null only when every argument may be; CASE WHEN without ELSE may be null;
# rounding, sqrt, logarithms, to_date and parsing casts may be null for any input.
df.select(F.coalesce(F.lit(None), "id").alias("c"), F.greatest("id", F.lit(3)).alias("g"),
          F.nvl("id", F.lit(0)).alias("nvl"), F.when(F.col("id") > 1, 1).otherwise(2).alias("w"),
          F.when(F.col("id") > 1, 1).alias("w_no_else"), F.round("d", 1).alias("r"), F.sqrt("d").alias("sq"),
          F.log("d").alias("ln"), F.to_date(F.lit("2024-01-01")).alias("td"), F.col("s").cast("int").alias("si"),
          F.col("d").cast("int").alias("di"), F.col("id").cast("decimal(10,2)").alias("dec_narrow"),
          F.col("id").cast("decimal(22,2)").alias("dec_wide"), F.current_date().cast("timestamp").alias("ts")).printSchema()

# %%
# Over nullable columns.
people.select(F.col("age").eqNullSafe(1).alias("ens"), F.coalesce("age", F.lit(0)).alias("c"),
              (-F.col("age")).alias("m"), F.concat_ws("-", "name").alias("cws"), F.upper("name").alias("up"),
              F.isnan("score").alias("nan"), F.hash("age", "name").alias("h")).printSchema()

# %%
# Ranking functions and count over a window are never null; lag/lead only with a non-null default.
w = Window.partitionBy("s").orderBy("id")
df.select(F.row_number().over(w).alias("rn"), F.rank().over(w).alias("rk"), F.dense_rank().over(w).alias("dr"),
          F.percent_rank().over(w).alias("pr"), F.lag("id").over(w).alias("lag"),
          F.lag("id", 1, 0).over(w).alias("lag0"), F.lead("id", 1, 0).over(w).alias("lead0"),
          F.count("id").over(w).alias("n"), F.sum("id").over(w).alias("total")).printSchema()

# %%
df.select("id", F.hash("id").alias("h"), F.hash("s", "d").alias("h2"), F.isnan("d").alias("nan")).orderBy("id").show()
