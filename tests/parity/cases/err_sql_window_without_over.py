# %%
from pyspark.sql import SparkSession

spark = (
    SparkSession.builder
        .appName("parity-err_sql_window_without_over")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
people.createOrReplaceTempView("people")

# %%
spark.sql("SELECT name, lead(name) OVER (ORDER BY id ROWS BETWEEN 1 FOLLOWING AND 1 FOLLOWING) AS nxt FROM people ORDER BY id").show(3)

# %%
spark.sql("SELECT name, RANK() FROM people").show()
