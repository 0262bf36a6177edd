# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-sql_range_tvf")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %% [markdown]
# `range(...)` in a FROM clause, as SQL tutorials use it to make rows.

# %%
spark.sql("SELECT id, id * id AS sq FROM range(5)").show()
spark.sql("SELECT r.id FROM range(-2, 10, 3) r WHERE r.id > 0").show()
spark.sql("SELECT id % 3 AS m, count(*) AS n FROM range(1, 100) GROUP BY id % 3 ORDER BY m").show()
print(spark.sql("SELECT * FROM range(0, 20, 1, 4)").rdd.getNumPartitions() if False else spark.sql("SELECT count(*) FROM range(0, 20, 1, 4)").collect())
spark.sql("SELECT * FROM range(3)").printSchema()
