# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-sql_ordinals")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
people.createOrReplaceTempView("people")
orders.createOrReplaceTempView("orders")
spark.sql("SELECT status, count(1) c, max(amount) FROM orders GROUP BY status ORDER BY 1").show()
spark.sql("SELECT status, count(1) c FROM orders GROUP BY 1 ORDER BY 2 DESC, 1").show()
spark.sql("SELECT upper(country) uc, count(*) FROM people GROUP BY 1 ORDER BY 1 NULLS LAST").show()
spark.sql("SELECT name, age FROM people ORDER BY 2 DESC NULLS LAST, 1 LIMIT 4").show()
spark.sql("SELECT 1 + 1 AS two, 'x' AS s, 7 / 2 AS d, 7 div 2 AS i").show()
spark.sql("SELECT id, age <=> NULL AS n FROM people ORDER BY id").show()
people.createOrReplaceTempView("people")
spark.sql("SELECT country, count(*) FROM people GROUP BY country ORDER BY count(*) DESC, country").show()
spark.sql("SELECT country, count(*) AS n FROM people GROUP BY country ORDER BY max(age) DESC").show()
spark.sql("SELECT country FROM people GROUP BY country ORDER BY avg(salary) LIMIT 2").show()
