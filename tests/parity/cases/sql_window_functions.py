# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-sql_window_functions")
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
SELECT name, country, salary,
       ROW_NUMBER() OVER (PARTITION BY country ORDER BY salary DESC) AS rn,
       RANK() OVER (ORDER BY age) AS age_rank,
       SUM(salary) OVER (PARTITION BY country) AS country_total
FROM people
ORDER BY name
""").show()

# %%
q = spark.sql("""
SELECT order_id, customer_id, amount,
       LAG(amount, 1) OVER (PARTITION BY customer_id ORDER BY ordered_at),
       lead(amount) over (partition by customer_id order by ordered_at),
       SUM(amount) OVER (ORDER BY order_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
       avg(amount) OVER (ORDER BY order_id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING),
       count(*) OVER (),
       dense_rank() OVER (ORDER BY status DESC NULLS LAST)
FROM orders
""")
for c in q.columns:
    print(c)
q.orderBy("order_id").show()

# %%
people.selectExpr("name", "row_number() OVER (ORDER BY id DESC) AS r",
                  "max(age) OVER (PARTITION BY country ORDER BY id RANGE BETWEEN 2 PRECEDING AND CURRENT ROW) AS m",
                  "percent_rank() OVER (ORDER BY salary)").orderBy("name").show(truncate=False)
people.select("name", F.expr("sum(age) OVER (PARTITION BY country ORDER BY id ROWS 1 PRECEDING)").alias("s2"),
              F.expr("lag(name, 2, 'none') OVER (ORDER BY id)")).orderBy("name").show()
spark.sql("SELECT name, ROW_NUMBER() OVER (ORDER BY salary) AS rn FROM people ORDER BY id").show()

# %%
spark.sql("""
SELECT country, sum(age), RANK() OVER (ORDER BY sum(age) DESC) AS r,
       round(count(*) * 100 / SUM(count(*)) OVER (), 1) AS pct,
       LAG(max(age)) OVER (ORDER BY country) AS prev_oldest,
       row_number() OVER (PARTITION BY count(*) ORDER BY Country DESC)
FROM people GROUP BY country ORDER BY country
""").show()
