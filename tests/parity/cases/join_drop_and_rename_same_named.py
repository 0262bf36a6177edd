# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-join_drop_and_rename_same_named")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
orders = spark.createDataFrame([(1, "ann", 10), (2, "bob", 20), (3, "cy", 30)], ["id", "name", "amount"])
refunds = spark.createDataFrame([(1, "ann", 4), (3, "cy", 1)], ["id", "name", "refund"])
joined = orders.join(refunds, orders.id == refunds.id)

# %%
# A name drops every column called that; a DataFrame's column drops only its side.
joined.drop("id").orderBy("amount").show()
joined.drop(refunds.id).orderBy("amount").show()
joined.drop(orders.name, refunds.id).orderBy("amount").show()
print(joined.drop("amount").columns)

# %%
# Renaming touches every column of that name.
renamed = joined.withColumnRenamed("name", "who")
print(renamed.columns)
renamed.orderBy("amount").show()
