# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-err_array_csv_write")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
out = "/tmp/sparkbook-parity-arrays"
tagged = people.select("name", F.split("name", "a").alias("pieces"))
tagged.write.mode("overwrite").json(out + "/json")
back = spark.read.json(out + "/json")
back.printSchema()
back.orderBy("name").show()
print(back.orderBy("name").collect()[2])

# %%
tagged.write.mode("overwrite").csv(out + "/csv")
