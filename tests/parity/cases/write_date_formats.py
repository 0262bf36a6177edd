# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-write_date_formats")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
out = "/tmp/sparkbook-parity-dateformats"
people.select("id", "name", "country", "joined").orderBy("id").coalesce(1).write.mode("overwrite").option("header", "true").option("sep", "|").option("nullValue", "NULL").csv(out)
spark.read.text(out).show(truncate=False)
orders.select("order_id", "ordered_at", "amount").coalesce(1).write.mode("overwrite").option("header", "true").option("timestampFormat", "dd.MM.yyyy HH:mm").csv(out)
spark.read.text(out).show(truncate=False)
people.select("id", "joined").coalesce(1).write.mode("overwrite").option("dateFormat", "MM/dd/yyyy").csv(out)
spark.read.text(out).show(truncate=False)
orders.select("order_id", "ordered_at").join(people.select(F.col("id").alias("order_id"), "joined"), "order_id", "left").coalesce(1).write.mode("overwrite").option("timestampFormat", "yyyy/MM/dd HH:mm:ss").option("dateFormat", "yyyyMMdd").json(out)
spark.read.text(out).orderBy("value").show(truncate=False)
