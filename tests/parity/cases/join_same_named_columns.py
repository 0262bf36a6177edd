# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-join_same_named_columns")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
a = spark.createDataFrame([(1, "x"), (2, "y"), (4, "z")], ["id", "v"])
b = spark.createDataFrame([(1, "p"), (3, "q"), (4, "r")], ["id", "w"])
joined = a.join(b, a["id"] == b["id"])
joined.select(a["id"], b.id, "v", "w").orderBy(a.id).show()
joined.select(b.id.alias("right_id")).orderBy("right_id").show()
print(joined.filter(a.id > 1).select(a.id, "w").collect())
joined.groupBy(b.id).count().orderBy(b.id).show()
print(joined.withColumn("n", F.lit(1)).columns)

# %%
left = a.join(b, a.id == b.id, "left")
left.select(a.id, b["id"], "w").orderBy(a.id).show()

# %%
by_name = a.join(b, "id")
print(by_name.columns)
by_name.orderBy("id").show()
a.join(b, ["id"], "full").orderBy("id").show()
