# %%
import os, tempfile
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

directory = tempfile.TemporaryDirectory()
warehouse = directory.name + "/warehouse"
spark = (
    SparkSession.builder
        .appName("parity-tables_managed")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.warehouse.dir", warehouse)
        .getOrCreate()
)
people = spark.createDataFrame([(1, "Ada", 36), (2, "Bob", 41), (3, "Cy", 29)], "id INT, name STRING, age INT")

# %%
# saveAsTable writes a managed table into the warehouse; spark.table and spark.read.table read it back.
people.write.saveAsTable("people")
spark.table("people").orderBy("id").show()
spark.read.table("default.people").printSchema()
print(sorted(n for n in os.listdir(warehouse)))
print(spark.catalog.tableExists("people"), spark.catalog.tableExists("default.people"), spark.catalog.tableExists("nope"))

# %%
# Save modes against an existing table.
people.write.mode("append").saveAsTable("people")
print(spark.table("people").count())
people.filter("id = 1").write.mode("overwrite").saveAsTable("people")
spark.table("people").show()
people.write.mode("ignore").saveAsTable("people")
print(spark.table("people").count())
# append matches columns by name, so their order in the DataFrame does not matter.
people.select("age", "id", "name").filter("id = 2").write.mode("append").saveAsTable("people")
spark.table("people").orderBy("id").show()

# %%
# insertInto matches columns by position and casts to the table's types.
spark.createDataFrame([(7, "Eve", 50)], "x LONG, y STRING, z LONG").write.insertInto("people")
spark.table("people").orderBy("id").show()
spark.createDataFrame([(9, "Zed", 1)], "a INT, b STRING, c INT").write.insertInto("people", overwrite=True)
spark.table("people").show()

# %%
# Partitioned tables, other formats, SHOW TABLES beside temporary views, DROP.
people.write.partitionBy("name").saveAsTable("people_part")
print(spark.table("people_part").columns)
print(sorted(n for n in os.listdir(warehouse + "/people_part") if not n.startswith(".")))
spark.table("people_part").orderBy("id").show()
people.write.format("json").saveAsTable("people_json")
spark.table("people_json").orderBy("id").show()
people.write.format("csv").saveAsTable("people_csv")
spark.table("people_csv").orderBy("id").show()
people.createOrReplaceTempView("people_view")
spark.sql("SHOW TABLES").show()
spark.sql("SHOW TABLES LIKE 'people_*'").show()
print(spark.sql("SHOW TABLES").collect())
spark.sql("DROP TABLE people_csv")
print(sorted(n for n in os.listdir(warehouse)))
spark.sql("DROP TABLE IF EXISTS people_csv")
spark.sql("DROP TABLE people_view")
spark.sql("SHOW TABLES").show()
directory.cleanup()
