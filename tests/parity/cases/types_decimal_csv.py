# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-types_decimal_csv")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
schema = "order_id INT, customer_id INT, amount DECIMAL(8,2), status STRING, ordered_at TIMESTAMP"
orders = spark.read.option("header", "true").schema(schema).csv("data/parity/orders.csv")
orders.printSchema()
orders.show()
print(orders.schema["amount"])

# %%
inferred = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")
print(inferred.dtypes)
narrow = spark.read.option("header", "true").schema("order_id INT, customer_id INT, amount NUMERIC(4,1), status STRING, ordered_at STRING").csv("data/parity/orders.csv")
narrow.select("order_id", "amount").show()

# %%
per_customer = orders.groupBy("customer_id").agg(F.sum("amount").alias("total"), F.avg("amount").alias("mean")).orderBy("customer_id")
per_customer.show()
with_tax = orders.select("order_id", (F.col("amount") * F.lit(1.2)).alias("gross_double"),
                         (F.col("amount") * F.col("amount").cast("dec(3,2)")).alias("odd"),
                         (F.col("amount") * 3).alias("triple"))
print(with_tax.dtypes)

# %%
out = "/tmp/sparkbook-parity-decimal-csv"
orders.select("order_id", "amount").orderBy("order_id").coalesce(1).write.mode("overwrite").option("header", "true").csv(out)
back = spark.read.option("header", "true").schema("order_id INT, amount DECIMAL(8,2)").csv(out)
back.orderBy("order_id").show()
jout = "/tmp/sparkbook-parity-decimal-json"
orders.select("order_id", "amount").orderBy("order_id").coalesce(1).write.mode("overwrite").json(jout)
jback = spark.read.json(jout)
jback.printSchema()
jback.orderBy("order_id").show()
