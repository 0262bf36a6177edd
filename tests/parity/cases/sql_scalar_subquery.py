# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-sql_scalar_subquery")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

people.createOrReplaceTempView("people")
orders.createOrReplaceTempView("orders")
spark.sql("SELECT order_id, amount FROM orders WHERE amount > (SELECT AVG(amount) FROM orders) ORDER BY order_id").show()
spark.sql("SELECT name, age, (SELECT MAX(age) FROM people) FROM people ORDER BY id").show()
spark.sql("SELECT name, age - (SELECT MIN(age) FROM people) AS above_youngest FROM people ORDER BY id").show()
spark.sql("SELECT name, (SELECT amount FROM orders WHERE order_id = 999) AS none FROM people WHERE id < 3 ORDER BY id").show()
spark.sql("SELECT (SELECT COUNT(*) FROM orders) AS n, (SELECT SUM(amount) FROM orders WHERE status = 'shipped') AS shipped").show()
spark.sql("SELECT status, COUNT(*) AS n FROM orders GROUP BY status HAVING COUNT(*) >= (SELECT COUNT(*) FROM orders) / 4 ORDER BY status").show()
