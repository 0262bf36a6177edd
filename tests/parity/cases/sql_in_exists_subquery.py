# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-sql_in_exists_subquery")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

people.createOrReplaceTempView("people")
orders.createOrReplaceTempView("orders")
spark.createDataFrame([(1,), (None,)], "id int").createOrReplaceTempView("with_null")
spark.sql("SELECT name FROM people WHERE id IN (SELECT customer_id FROM orders WHERE status = 'shipped') ORDER BY id").show()
spark.sql("SELECT name FROM people WHERE id NOT IN (SELECT customer_id FROM orders) ORDER BY id").show()
spark.sql("SELECT name FROM people WHERE id NOT IN (SELECT id FROM with_null) ORDER BY id").show()
spark.sql("SELECT name FROM people WHERE id NOT IN (SELECT customer_id FROM orders WHERE amount > 10000) ORDER BY id").show()
spark.sql("SELECT id, id IN (SELECT id FROM with_null) FROM people ORDER BY id").show()
spark.sql("SELECT name FROM people WHERE EXISTS (SELECT 1 FROM orders WHERE amount > 100) ORDER BY id LIMIT 2").show()
spark.sql("SELECT name FROM people WHERE NOT EXISTS (SELECT 1 FROM orders WHERE amount > 10000) ORDER BY id LIMIT 2").show()
spark.sql("SELECT COUNT(*) FROM people WHERE EXISTS (SELECT 1 FROM orders WHERE amount > 10000)").show()
