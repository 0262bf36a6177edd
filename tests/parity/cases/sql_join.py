# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-sql_join")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
people.createOrReplaceTempView("p")
orders.createOrReplaceTempView("o")
spark.sql("SELECT p.name, o.order_id, o.amount FROM p JOIN o ON p.id = o.customer_id WHERE o.status = 'shipped' ORDER BY o.order_id").show()
spark.sql("SELECT upper(name) AS n, round(salary / 12, 2) AS monthly FROM p WHERE country IN ('US', 'DE') ORDER BY n").show()
