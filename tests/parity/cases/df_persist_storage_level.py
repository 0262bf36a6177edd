# %%
from pyspark.sql import SparkSession
from pyspark import StorageLevel

spark = (
    SparkSession.builder
        .appName("parity-df_persist_storage_level")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")

# %%
print(people.storageLevel, people.is_cached)
print(repr(people.storageLevel))
cached = people.repartition(3).cache()
print(cached.storageLevel)
print(repr(cached.storageLevel))
print(cached.count())
cached.unpersist()
print(cached.storageLevel, cached.is_cached)

# %%
for level in [StorageLevel.DISK_ONLY, StorageLevel.MEMORY_ONLY, StorageLevel.MEMORY_AND_DISK, StorageLevel.MEMORY_AND_DISK_2]:
    df = people.select("id").persist(level)
    print(df.storageLevel, df.is_cached)
    df.orderBy("id").limit(2).show()
    print(repr(df.persist().storageLevel))
    df.unpersist()
