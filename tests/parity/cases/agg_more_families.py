# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.window import Window

spark = (
    SparkSession.builder
        .appName("parity-agg_more_families")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
df = spark.createDataFrame([("x", 1, 2.5, "a", True), ("x", 2, None, "b", False), ("y", 3, 4.0, None, None),
                            ("y", 1, 1.0, "a", True), ("y", 5, 0.5, "c", True)],
                           "k string, a int, b double, s string, f boolean")

# %%
df.select(F.count_if(F.col("a") > 1), F.bool_and("f"), F.bool_or("f"), F.every("f"), F.some("f"),
          F.bit_and("a"), F.bit_or("a"), F.bit_xor("a"), F.product("a"), F.product("b")).show()
df.groupBy("k").agg(F.kurtosis("a"), F.skewness("b"), F.max_by("s", "a"), F.min_by("s", "b"), F.try_sum("a"),
                    F.try_avg("b")).orderBy("k").show()
df.select(F.sum_distinct("a")).show()
df.select(F.mode("a"), F.mode("s")).show()
df.select(F.any_value("s"), F.any_value("s", True), F.first_value("s"), F.last_value("s", True),
          F.sort_array(F.array_agg("a")), F.max_by("a", "b", 2), F.mode("a", True)).show()
df.select(F.percentile_approx("b", 0.5), F.approx_percentile("a", [0.1, 0.9], 100)).show(truncate=False)

# %%
df.select(F.regr_avgx("a", "b"), F.regr_avgy("a", "b"), F.regr_count("a", "b"), F.regr_intercept("a", "b"),
          F.regr_r2("a", "b"), F.regr_slope("a", "b"), F.regr_sxx("a", "b"), F.regr_sxy("a", "b"),
          F.regr_syy("a", "b")).show()
df.selectExpr("count_if(a > 1)", "bool_and(f)", "any(f)", "max_by(s, a)", "array_agg(a)", "listagg(s, '-')",
              "regr_count(a, b)").show()
df.selectExpr("sum(DISTINCT a)").show()
df.printSchema()
df.select(F.count_if(F.col("a") > 1), F.bit_xor("a"), F.max_by("a", "b", 2), F.regr_count("a", "b"),
          F.percentile_approx("a", [0.5], 100)).printSchema()

# %%
w = Window.partitionBy("k").orderBy("a")
df.select("k", "a", F.ntile(2).over(w).alias("nt"), F.cume_dist().over(w).alias("cd"),
          F.nth_value("b", 2).over(w).alias("nv"), F.nth_value("s", 2, True).over(w).alias("nvi"),
          F.count_if(F.col("a") > 1).over(w).alias("ci")).orderBy("k", "a").show()
df.select(F.ntile(3).over(w), F.cume_dist().over(w)).printSchema()
