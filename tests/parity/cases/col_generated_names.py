# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-col_generated_names")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
orders = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/orders.csv")

# %%
print(people.select(F.col("age").cast("string"), F.expr("cast(age as string)"), (F.col("age") + 1).cast("int"), F.lit(1).cast("string"), F.col("age").alias("x").cast("long")).columns)
print(people.selectExpr("cast(age as string)", "CAST(salary AS INT)", "age::string" if False else "1").columns)
print(people.select(-F.col("age"), F.expr("-age"), F.col("age").eqNullSafe(3), F.expr("age <=> 3"), F.expr("age <> 3"), F.expr("age != 3"), F.col("age") != 3, ~(F.col("age") == 3)).columns)
print(people.select(F.col("name").substr(1, 2), F.expr("substr(name, 1, 2)"), F.expr("substring(name, 1, 2)"), F.substring("name", 1, 2)).columns)
print(people.select(F.col("age").isin(1, 2), F.col("age").between(1, 2), F.col("name").like("a%"), F.col("name").rlike("a"), F.col("name").startswith("A"), F.col("name").contains("a"), F.col("name").endswith("a")).columns)
print(people.select(F.expr("age between 1 and 2"), F.expr("name like 'a%'"), F.expr("age in (1, 2)"), F.expr("name rlike 'a'"), F.expr("age is not null"), F.expr("not age > 3")).columns)
print(people.select(F.col("age").isNull(), F.col("age").isNotNull(), F.isnull("age"), F.coalesce("age", F.lit(0)), F.when(F.col("age") > 1, 1).otherwise(0), F.when(F.col("age") > 1, 1)).columns)
print(people.select(F.upper("name"), F.trim("name"), F.length("name"), F.concat_ws("-", "name", "country"), F.regexp_replace("name", "a", "b"), F.date_format("joined", "yyyy"), F.to_date("joined"), F.to_timestamp("joined"), F.to_date("joined", "yyyy-MM-dd")).columns)
print(people.agg(F.count("*"), F.count("age"), F.countDistinct("age"), F.approx_count_distinct("age"), F.first("age"), F.last("age"), F.stddev("age"), F.avg("age"), F.mean("age")).columns)
print(people.select(F.round("salary"), F.round("salary", 1), F.abs("age"), F.sqrt("age"), F.floor("salary"), F.ceil("salary"), F.datediff("joined", "joined"), F.date_add("joined", 2), F.date_trunc("month", "joined"), F.current_date()).columns)
print(people.agg(F.sum("age").cast("double"), F.sum("age").alias("s")).columns)
df = spark.createDataFrame([(2.5, -2.5, 1.45, 3), (0.5, -0.5, 2.675, -7), (None, 1.0, 0.125, 0)], ["a", "b", "c", "n"])
df.select(F.bround("a"), F.bround("b"), F.bround("c", 2), F.bround("n", -1), F.bround(F.lit(25), -1)).show()
people.selectExpr("id div 2", "7 div 2").show()
