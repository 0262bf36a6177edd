# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-df_rows")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
rows = people.orderBy("id").select("id", "name", "age").collect()
print(rows[0])
print(rows[2]["age"], rows[1].name, rows[0][0])
r = people.orderBy("id").first()
print(r.name, r["country"])
print(people.orderBy("id").select("name").head(2))
print(people.orderBy("id").select("name").take(2))
print(people.select("id").orderBy("id").head())
for row in people.orderBy("id").select("name", "country").limit(3).collect():
    print(f"{row.name} lives in {row['country']}")
print(people.orderBy("id").select("name", "age").first().asDict())
