# %%
import tempfile
from pyspark.sql import SparkSession

spark = (
    SparkSession.builder
        .appName("parity-read_partition_discovery")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
)
directory = tempfile.TemporaryDirectory()
out = directory.name
df = spark.createDataFrame([(1, "a", 2023, "01"), (2, "b", 2023, "x"), (3, "c", 2024, "01")],
                           "id INT, v STRING, year INT, month STRING")
df.write.partitionBy("year", "month").csv(out + "/c")
df.write.partitionBy("year").json(out + "/j")

# %%
# CSV and JSON find `col=value/` directories again, typed as Spark infers them, after the data columns.
back = spark.read.csv(out + "/c")
back.printSchema()
back.orderBy("_c0").show()
typed = spark.read.csv(out + "/c", schema="id INT, v STRING, month STRING")
typed.printSchema()
typed.orderBy("id").show()
spark.read.json(out + "/j").printSchema()
spark.read.json(out + "/j").orderBy("id").show()

# %%
# recursiveFileLookup reads every file below and finds no partitions; pathGlobFilter keeps matching names.
spark.read.option("recursiveFileLookup", "true").csv(out + "/c").printSchema()
spark.read.option("pathGlobFilter", "*.csv").csv(out + "/c").orderBy("_c0").show()

# %%
# basePath: reading one partition's folder still finds the columns from basePath down.
spark.read.option("basePath", out + "/c").csv(out + "/c/year=2023").orderBy("_c0").show()
spark.read.option("basePath", out + "/j").json(out + "/j/year=2024").show()
directory.cleanup()
