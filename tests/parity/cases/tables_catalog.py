# %%
import os, tempfile
from pyspark.sql import SparkSession
from pyspark.sql.types import StructType, StructField, IntegerType, StringType

directory = tempfile.TemporaryDirectory()
warehouse = directory.name + "/warehouse"
spark = (
    SparkSession.builder
        .appName("parity-tables_catalog")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.warehouse.dir", warehouse)
        .getOrCreate()
)
df = spark.createDataFrame([(1, "a", 10), (2, "b", 20)], "id INT, tag STRING, score INT")

# %%
# Tables and views side by side.
df.write.partitionBy("tag").saveAsTable("scores")
df.createOrReplaceTempView("scores_view")
for t in spark.catalog.listTables():
    print(t)
print(spark.catalog.getTable("scores"))
print(spark.catalog.getTable("scores_view"))
for c in spark.catalog.listColumns("scores"):
    print(c)
print(spark.catalog.tableExists("scores"), spark.catalog.tableExists("scores", "default"), spark.catalog.tableExists("scores_view"))
print(spark.catalog.listTables(pattern="scores_*"))

# %%
# Databases.
print(spark.catalog.currentDatabase(), spark.catalog.currentCatalog())
spark.sql("CREATE DATABASE lab COMMENT 'experiments'")
print([(d.name, d.description, d.catalog) for d in spark.catalog.listDatabases()])
print(spark.catalog.databaseExists("lab"), spark.catalog.databaseExists("nope"))
print(spark.catalog.getDatabase("lab").description)
spark.catalog.setCurrentDatabase("lab")
print(spark.catalog.currentDatabase(), spark.catalog.listTables())
df.write.saveAsTable("runs")
print(spark.catalog.listTables())
print(spark.catalog.listTables("default"))
spark.catalog.setCurrentDatabase("default")
print(spark.catalog.tableExists("runs"), spark.catalog.tableExists("lab.runs"), spark.catalog.tableExists("runs", "lab"))
print(spark.catalog.listCatalogs())

# %%
# createTable: an empty managed table from a schema, or an external one over existing files.
schema = StructType([StructField("k", IntegerType()), StructField("v", StringType())])
created = spark.catalog.createTable("empty_t", schema=schema)
print(created.columns, created.count())
spark.createDataFrame([(5, "x")], schema).write.parquet(directory.name + "/ext")
ext = spark.catalog.createTable("ext_t", path=directory.name + "/ext")
ext.show()
print(spark.catalog.getTable("ext_t").tableType, spark.catalog.getTable("empty_t").tableType)
spark.createDataFrame([(6, "y")], "k INT, v STRING").write.csv(directory.name + "/extcsv")
spark.catalog.createTable("ext_csv", path=directory.name + "/extcsv", source="csv", schema=schema).show()
spark.sql("DROP TABLE ext_t")
print("_SUCCESS" in os.listdir(directory.name + "/ext"), spark.catalog.tableExists("ext_t"))

# %%
# Caching a table, refreshing it, dropping views.
spark.catalog.cacheTable("scores")
print(spark.catalog.isCached("scores"), spark.table("scores").count())
spark.catalog.uncacheTable("scores")
print(spark.catalog.isCached("scores"))
spark.catalog.cacheTable("scores_view")
print(spark.catalog.isCached("scores_view"))
spark.catalog.clearCache()
print(spark.catalog.isCached("scores_view"))
spark.catalog.refreshTable("scores")
print(spark.catalog.dropTempView("scores_view"), spark.catalog.dropTempView("scores_view"))
print([t.name for t in spark.catalog.listTables()])
directory.cleanup()
