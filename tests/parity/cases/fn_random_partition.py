# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-fn_random_partition")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
small = spark.createDataFrame([(0, "a"), (1, "b"), (2, "c"), (3, "d"), (4, "e"), (5, "f"), (6, "g")], ["n", "s"])

# %%
ids = spark.range(10).select("id", F.spark_partition_id(), F.monotonically_increasing_id())
ids.printSchema()
ids.show()

# %%
small.withColumn("pid", F.spark_partition_id()).withColumn("mid", F.monotonically_increasing_id()).show()
people.select("name", F.spark_partition_id().alias("p"), F.monotonically_increasing_id().alias("m")).show()

# %%
small.filter(F.col("n") % 2 == 0).withColumn("mid", F.monotonically_increasing_id()).show()
spark.range(10).repartition(3).select("id", F.spark_partition_id().alias("p")).orderBy("id").show()

# %%
people.repartition(3).withColumn("p", F.spark_partition_id()).orderBy("id").show()
small.repartition(4).withColumn("p", F.spark_partition_id()).orderBy("n").show()
spark.range(10).groupBy(F.spark_partition_id()).count().orderBy("SPARK_PARTITION_ID()").show()
small.orderBy(F.rand(4)).show()

# %%
people.repartition(3).select("name", F.spark_partition_id().alias("p")).orderBy("name").show()
small.repartition(4).groupBy(F.spark_partition_id().alias("p")).agg(F.count("*").alias("rows"), F.sum("n").alias("total")).orderBy("p").show()
