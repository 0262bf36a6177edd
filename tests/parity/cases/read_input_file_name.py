# %%
import tempfile
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-read_input_file_name")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
)
directory = tempfile.TemporaryDirectory()
out = directory.name
spark.createDataFrame([(1, "x"), (2, "y")], "id INT, v STRING").coalesce(1).write.csv(out + "/a")
spark.createDataFrame([(3, "z")], "id INT, v STRING").coalesce(1).write.csv(out + "/b")
spark.createDataFrame([(1,), (2,)], "k INT").coalesce(1).write.json(out + "/j")


# The absolute folder and the part file's name differ between runs: keep the folder the file is in, and whether
# Spark gives a file:/// URI.
def normalised(df):
    uri = F.input_file_name()
    folder = F.substring_index(F.substring_index(uri, "/", -2), "/", 1)
    return df.withColumn("scheme", F.substring(uri, 1, 8)).withColumn("folder", folder)


# %%
# CSV, JSON and text reads: each row names the file it came from.
csv = spark.read.csv([out + "/a", out + "/b"], schema="id INT, v STRING")
normalised(csv).orderBy("id").show()
normalised(spark.read.json(out + "/j")).orderBy("k").show()
normalised(spark.read.text(out + "/a")).orderBy("value").show()

# %%
# Rows not read from a file in the same task: empty, as Spark gives it.
spark.range(2).select(F.input_file_name().alias("f")).show()
csv.groupBy("v").count().select(F.input_file_name().alias("f")).distinct().show()
directory.cleanup()
