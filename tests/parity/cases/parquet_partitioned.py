# %%
import os, tempfile
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-parquet_partitioned")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
directory = tempfile.TemporaryDirectory()
out = directory.name

# %%
# partitionBy writes col=value directories (nulls in __HIVE_DEFAULT_PARTITION__, odd characters escaped);
# reading the folder finds them again, typed as Spark infers them, after the data columns.
df = spark.sql("""
    SELECT id, concat('item-', id) AS item,
           CASE WHEN id % 4 = 3 THEN NULL ELSE CAST(id % 3 AS INT) END AS bucket,
           CASE WHEN id < 4 THEN 'a/b:c' ELSE 'plain' END AS label,
           date_add(DATE'2024-03-01', CAST(id % 2 AS INT)) AS day
    FROM range(0, 10)""")
df.write.partitionBy("bucket", "label").parquet(out + "/p")
print(sorted(n for n in os.listdir(out + "/p") if not n.startswith(".")))
print(sorted(n for n in os.listdir(out + "/p/bucket=1") if not n.startswith(".")))
back = spark.read.parquet(out + "/p")
back.printSchema()
back.orderBy("id").show()

# %%
# Partition values filter like any column; reading one partition directory leaves its column out.
back.filter(F.col("bucket") == 1).select("id", "label").orderBy("id").show()
spark.read.parquet(out + "/p/bucket=0").orderBy("id").show()

# %%
# Dates, a string that looks like a number only in some directories, and csv/json partitioned too.
df.write.partitionBy("day").mode("overwrite").parquet(out + "/d")
spark.read.parquet(out + "/d").printSchema()
df.write.partitionBy("label").csv(out + "/c", header=True)
print(sorted(n for n in os.listdir(out + "/c") if not n.startswith(".")))
spark.read.csv(out + "/c/label=plain", header=True).orderBy("id").show()
df.write.format("json").save(out + "/j", partitionBy=["bucket"])
print(sorted(n for n in os.listdir(out + "/j") if not n.startswith(".")))
directory.cleanup()
