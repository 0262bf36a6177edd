# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-sql_cte_subquery")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")
people.createOrReplaceTempView("people")
orders.createOrReplaceTempView("orders")

# %%
spark.sql("""
WITH adults AS (SELECT id, name, country, age FROM people WHERE age >= 30),
     per_country AS (SELECT country, count(*) AS n, max(age) AS oldest FROM adults GROUP BY country)
SELECT * FROM per_country ORDER BY country
""").show()

# %%
spark.sql("""
SELECT t.status, t.total FROM (
  SELECT status, round(sum(amount), 2) AS total FROM orders GROUP BY status
) t
WHERE t.total > 100
ORDER BY total DESC
""").show()

# %%
spark.sql("""
WITH spend AS (SELECT customer_id, sum(amount) AS spent, count(*) AS orders_n FROM orders GROUP BY customer_id)
SELECT p.name, s.spent, s.orders_n
FROM people p JOIN spend s ON p.id = s.customer_id
ORDER BY s.spent DESC
""").show()

# %%
spark.sql("""
SELECT name, rn FROM (
  SELECT name, country, ROW_NUMBER() OVER (PARTITION BY country ORDER BY salary DESC) AS rn FROM people
) ranked
WHERE rn = 1
ORDER BY name
""").show()
spark.sql("""
WITH orders AS (SELECT order_id, amount * 2 AS doubled FROM orders WHERE amount IS NOT NULL)
SELECT count(*) AS n, max(doubled) AS top FROM orders
""").show()
spark.sql("SELECT * FROM (SELECT id, name FROM people WHERE id < 4) ORDER BY id DESC LIMIT 2").show()

# %%
spark.sql("""
SELECT a.name, b.n FROM people a
JOIN (SELECT country, count(*) AS n FROM people GROUP BY country) b ON a.country = b.country
ORDER BY a.name
""").show()
spark.sql("""
WITH c AS (SELECT country, avg(age) AS avg_age FROM people GROUP BY country)
SELECT p.name, c.avg_age FROM people p JOIN c ON p.country = c.country
WHERE p.age > c.avg_age ORDER BY p.name
""").show()
