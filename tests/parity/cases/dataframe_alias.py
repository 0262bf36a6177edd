# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-dataframe_alias")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
s = orders.alias("s")
s.select(F.col("s.order_id"), F.col("s.customer_id"), "amount").orderBy("s.order_id").show()
s.select("s.*").orderBy(F.col("s.order_id")).show(3)
s.select("s.amount").select("s.amount").orderBy("amount").show(2)
print(s.select(F.col("s.customer_id")).columns)

# %%
a = orders.alias("a")
b = orders.alias("b")
a.join(b, F.col("a.order_id") == F.col("b.order_id")).select("a.order_id", "b.amount").orderBy("a.order_id").show()
people.alias("p").join(orders.alias("o"), F.col("p.id") == F.col("o.customer_id")).select("p.name", "o.amount").orderBy("o.order_id").show()

# %%
orders.createOrReplaceTempView("orders")
spark.sql("SELECT s.order_id, s.amount FROM orders AS s WHERE s.amount > 100 ORDER BY s.order_id").show()
