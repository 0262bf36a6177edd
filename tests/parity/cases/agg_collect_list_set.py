# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-agg_collect_list_set")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
by_country = people.groupBy("country").agg(
    F.array_sort(F.collect_list("name")).alias("names"),
    F.array_sort(F.collect_set("age")).alias("ages"),
    F.size(F.collect_list("salary")).alias("n_salaries"),
)
by_country.printSchema()
by_country.orderBy("country").show(truncate=False)

# %%
statuses = orders.agg(F.sort_array(F.collect_set("status")).alias("statuses"), F.collect_list("order_id").alias("ids"))
statuses.printSchema()
statuses.show(truncate=False)
print(statuses.first().statuses)

# %%
empty = orders.filter("amount > 1000").agg(F.collect_list("status"), F.collect_set("status"))
empty.printSchema()
empty.show()

# %%
people.groupBy("country").agg(F.concat_ws(", ", F.array_sort(F.collect_list("name"))).alias("names")).orderBy("country").show()

# %%
orders.createOrReplaceTempView("orders")
spark.sql("SELECT status, sort_array(collect_list(customer_id)) AS customers, size(collect_set(customer_id)) AS distinct_customers FROM orders GROUP BY status ORDER BY status").show()
