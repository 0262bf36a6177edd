# %%
import tempfile
from pyspark.sql import SparkSession

directory = tempfile.TemporaryDirectory()
spark = (
    SparkSession.builder
        .appName("parity-err_tables_exists")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.warehouse.dir", directory.name + "/warehouse")
        .getOrCreate()
)
df = spark.createDataFrame([(1, "a")], "id INT, name STRING")
df.write.saveAsTable("t")

# %%
# Errors of tables, caught; the last one fails the cell.
from pyspark.errors import AnalysisException
def attempt(f):
    try:
        f()
        print("no error")
    except AnalysisException as e:
        print(e.getErrorClass(), "|", str(e).split("\n")[0])
attempt(lambda: spark.table("nope"))
attempt(lambda: spark.table("nodb.nope"))
attempt(lambda: spark.sql("CREATE TABLE t (id INT) USING parquet"))
attempt(lambda: spark.sql("DROP TABLE nope"))
attempt(lambda: spark.sql("CREATE DATABASE default"))
attempt(lambda: spark.sql("USE nodb"))
attempt(lambda: spark.catalog.setCurrentDatabase("nodb"))
attempt(lambda: spark.createDataFrame([(1,)], "x INT").write.insertInto("t"))
attempt(lambda: spark.createDataFrame([(1, "a", 3)], "x INT, y STRING, z INT").write.insertInto("t"))
attempt(lambda: spark.createDataFrame([("5", "a")], "x STRING, y STRING").write.insertInto("t"))
attempt(lambda: df.write.insertInto("nope"))
attempt(lambda: spark.sql("INSERT INTO t VALUES (1)"))
attempt(lambda: spark.sql("DROP VIEW t"))
attempt(lambda: spark.sql("DROP DATABASE default"))
attempt(lambda: spark.catalog.getTable("nope"))
attempt(lambda: spark.catalog.listColumns("nope"))
spark.sql("CREATE DATABASE d")
spark.sql("CREATE TABLE d.x (a INT)")
attempt(lambda: spark.sql("DROP DATABASE d"))
attempt(lambda: spark.sql("DROP DATABASE IF EXISTS nodb"))
df.write.saveAsTable("t")
