# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-sketch_estimates")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
# Theta estimates are the same whichever partial sketches Spark unions; HLL ones while the sketch holds coupons.
big = spark.range(100000)
big.agg(
    F.theta_sketch_estimate(F.theta_sketch_agg("id")).alias("theta12"),
    F.theta_sketch_estimate(F.theta_sketch_agg("id", 5)).alias("theta5"),
    F.tuple_sketch_estimate_double(F.tuple_sketch_agg_double("id", F.col("id").cast("double"), 6)).alias("tuple6"),
).show()

# %%
small = spark.range(300).withColumn("g", F.col("id") % 3)
small.groupBy("g").agg(
    F.hll_sketch_estimate(F.hll_sketch_agg("id")).alias("hll"),
    F.theta_sketch_estimate(F.theta_sketch_agg(F.col("id").cast("string"))).alias("theta"),
    F.kll_sketch_get_n_bigint(F.kll_sketch_agg_bigint("id")).alias("n"),
    F.kll_sketch_get_quantile_bigint(F.kll_sketch_agg_bigint("id"), F.lit(0.5)).alias("median"),
    F.kll_sketch_get_rank_double(F.kll_sketch_agg_double(F.col("id").cast("double")), F.lit(150.0)).alias("rank"),
    F.tuple_sketch_summary_double(F.tuple_sketch_agg_double("g", F.col("id").cast("double"))).alias("sum"),
).orderBy("g").show()

# %%
pairs = spark.range(1000).select(
    F.theta_sketch_agg("id").alias("a"),
    F.theta_sketch_agg(F.col("id") + 500).alias("b"),
)
pairs.select(
    F.theta_sketch_estimate(F.theta_union("a", "b")).alias("union"),
    F.theta_sketch_estimate(F.theta_intersection("a", "b")).alias("both"),
    F.theta_sketch_estimate(F.theta_difference("a", "b")).alias("only_a"),
).show()

# %%
spark.createDataFrame([(1,), (2,), (32769,)], ["v"]).select(
    "v", F.bitmap_bucket_number("v"), F.bitmap_bit_position("v"),
).show()
spark.createDataFrame([(1,), (2,), (3,)], ["a"]).select(
    F.bitmap_count(F.bitmap_construct_agg(F.bitmap_bit_position("a"))).alias("bits"),
).show()
