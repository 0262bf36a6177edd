# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-func_arrays")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
df = spark.createDataFrame([(["b", "a", "c", "a"], ["c", "d", None], 2), (["x"], [], 1), (None, ["y"], 3)], ["xs", "ys", "n"])
out = df.select(
    F.array_append("xs", "z"), F.array_prepend("xs", F.lit(None)), F.array_insert("xs", F.col("n").cast("int"), F.lit("q")),
    F.array_remove("xs", "a"), F.array_compact("ys"), F.array_position("xs", "a"), F.array_size("xs"),
    F.array_distinct("xs"), F.array_union("xs", "ys"), F.array_intersect("xs", "ys"), F.array_except("xs", "ys"),
    F.arrays_overlap("xs", "ys"), F.array_join("ys", "-", "?"), F.array_max("xs"), F.array_min("xs"),
    F.slice("xs", 1, "n"), F.get("xs", "n"), F.try_element_at("xs", F.lit(-1)), F.array_repeat("n", 2),
)
out.printSchema()
out.show(truncate=False)

# %%
spark.range(3).select(F.sequence(F.lit(0), "id"), F.sequence("id", F.lit(-2), F.lit(-1)),
                      F.flatten(F.array(F.array("id"), F.array(F.lit(7))))).show()
