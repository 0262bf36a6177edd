# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.window import Window

spark = (
    SparkSession.builder
        .appName("parity-window_several_specs")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
by_country = Window.partitionBy("country").orderBy("id")
by_salary = Window.orderBy(F.desc("salary"))
people.select("*", F.row_number().over(by_country).alias("rn"),
              F.sum("salary").over(by_salary).alias("running"),
              F.rank().over(by_salary).alias("salary_rank"),
              F.max("age").over(Window.partitionBy("country")).alias("oldest")).orderBy("id").show()

# %%
w_customer = Window.partitionBy("customer_id").orderBy("ordered_at")
w_status = Window.partitionBy("status")
(orders.withColumn("nth", F.row_number().over(w_customer))
       .withColumn("prev", F.lag("amount").over(w_customer))
       .select("order_id", "customer_id", "status", "nth", "prev",
               F.count("*").over(w_status).alias("per_status"),
               F.round(F.avg("amount").over(w_status), 2).alias("avg_status"),
               F.dense_rank().over(Window.orderBy("customer_id")).alias("dr"),
               (F.sum("amount").over(w_customer) - F.min("amount").over(w_status)).alias("mixed"))
       .orderBy("order_id").show())

# %%
people.select("name", F.lead("name").over(Window.orderBy("id")).alias("next_by_id"),
              F.lead("name").over(Window.orderBy(F.desc("id"))).alias("next_by_desc")).orderBy("name").show()
