# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-sql_basic")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
people.createOrReplaceTempView("people")
spark.sql("SELECT name, age FROM people WHERE age > 30 ORDER BY age DESC LIMIT 3").show()
spark.sql("SELECT country, COUNT(*) AS n, MAX(salary) AS top FROM people GROUP BY country HAVING COUNT(*) > 1 ORDER BY country").show()
