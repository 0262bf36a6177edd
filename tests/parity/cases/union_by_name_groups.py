# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-union_by_name_groups")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
extra = spark.createDataFrame([("Chile", 100), ("Peru", 101), ("DE", 102)], ["country", "id"])

# %% unionByName with missing columns, then groups without orderBy
ubn = people.select("name", "country").unionByName(extra, allowMissingColumns=True)
ubn.show()
ubn.groupBy("country").count().show()
ubn.groupBy("country").agg(F.count("name").alias("named"), F.min("id").alias("first_id")).show()

# %% A union over an aggregate and a range: each side keeps its partitions
counts = people.groupBy("country").count()
more = spark.range(3).select(F.lit("XX").alias("country"), F.col("id").alias("count"))
both = counts.union(more)
both.show()
both.groupBy("country").count().show()

# %% A limit or a cached frame as a union child keeps its own partitions too
four = people.select("id", "name", "country", "age")
few = four.limit(3).union(four.filter(F.col("age") > 40))
few.groupBy("country").count().show()
cached = four.union(four.filter(F.col("id") > 6)).cache()
cached.groupBy("country").agg(F.avg("age").alias("avg_age")).show()
print(cached.limit(4).count())
