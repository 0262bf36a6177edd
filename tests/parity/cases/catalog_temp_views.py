# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-catalog_temp_views")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
orders.createOrReplaceTempView("orders")
print(spark.catalog.listTables())
print(spark.catalog.tableExists("orders"), spark.catalog.tableExists("nope"))
for c in spark.catalog.listColumns("orders"):
    print(c)
print(spark.catalog.currentDatabase(), spark.catalog.isCached("orders"))
print([d.name for d in spark.catalog.listDatabases()])
print(spark.catalog.dropTempView("orders"), spark.catalog.dropTempView("orders"), spark.catalog.listTables())
