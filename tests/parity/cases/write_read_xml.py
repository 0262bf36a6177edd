# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-write_read_xml")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")

# %%
out = "/tmp/sparkbook-parity-xml"
(people.select("id", "name", "age", F.struct(F.col("id").alias("_key"), F.col("name").alias("_VALUE")).alias("label"),
               F.array(F.col("age"), F.col("id")).alias("nums"))
    .orderBy("id").coalesce(1).write.mode("overwrite").option("rowTag", "person").option("rootTag", "people").xml(out))
for line in spark.read.text(out).collect():
    print(line.value)
back = spark.read.option("rowTag", "person").xml(out)
back.printSchema()
back.orderBy("id").show()

# %%
strings = spark.createDataFrame([('<p a="1"><name>Alice</name><age>25</age></p>',), ('<p><name>Bob &lt;B&gt;</name><age>x</age></p>',)],
                                schema="value STRING")
spark.read.option("rowTag", "p").xml(strings).orderBy("name").show()
spark.read.schema("name STRING, age INT, _a LONG").option("rowTag", "p").xml(strings).orderBy("name").show()
