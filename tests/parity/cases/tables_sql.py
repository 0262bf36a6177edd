# %%
import os, tempfile
from pyspark.sql import SparkSession

directory = tempfile.TemporaryDirectory()
warehouse = directory.name + "/warehouse"
spark = (
    SparkSession.builder
        .appName("parity-tables_sql")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.warehouse.dir", warehouse)
        .getOrCreate()
)

# %%
# DDL returns Spark's empty DataFrame; INSERT INTO takes VALUES or a query, by position.
r = spark.sql("CREATE TABLE sales (id INT, item STRING, amount DOUBLE, region STRING) USING parquet PARTITIONED BY (region)")
print(r, r.collect(), r.columns)
spark.sql("INSERT INTO sales VALUES (1, 'pen', 2.5, 'eu'), (2, 'ink', 4.0, 'us')")
spark.sql("INSERT INTO TABLE sales SELECT 3, 'pad', 1.25, 'eu'")
spark.sql("INSERT INTO sales (region, id, item, amount) VALUES ('us', 4, 'cap', 9.0)")
spark.sql("INSERT INTO sales PARTITION (region = 'apac') VALUES (5, 'mug', 7.5)")
spark.sql("SELECT * FROM sales ORDER BY id").show()
print(sorted(n for n in os.listdir(warehouse + "/sales") if not n.startswith(".")))
spark.sql("DESCRIBE sales").show()
spark.sql("DESCRIBE TABLE EXTENDED sales").filter("col_name NOT IN ('Created Time', 'Location')").show(50, False)

# %%
# INSERT OVERWRITE replaces the table's rows, or one partition's.
spark.sql("INSERT OVERWRITE sales PARTITION (region = 'eu') SELECT 6, 'cup', 3.0")
spark.sql("SELECT id, item, region FROM sales ORDER BY id").show()
spark.sql("INSERT OVERWRITE TABLE sales SELECT 7, 'box', 1.0, 'us'")
spark.table("sales").show()

# %%
# CREATE TABLE ... AS SELECT, other providers, options and properties.
spark.sql("CREATE TABLE big USING json AS SELECT id, id * 10 AS score FROM range(4)")
spark.sql("SELECT * FROM big ORDER BY id").show()
spark.sql("CREATE TABLE IF NOT EXISTS big (x INT) USING parquet")
print(spark.table("big").columns)
spark.sql("CREATE TABLE notes (k STRING, v INT) USING csv OPTIONS (header 'true', sep ';') TBLPROPERTIES ('owner.team' = 'data', 'k1' = 'v1') COMMENT 'small notes'")
spark.sql("INSERT INTO notes VALUES ('a', 1), ('b', 2)")
spark.read.csv(warehouse + "/notes", header=True, sep=";").orderBy("k").show()
spark.table("notes").orderBy("k").show()
spark.sql("DESCRIBE EXTENDED notes").filter("col_name NOT IN ('Created Time', 'Location')").show(50, False)
print(spark.sql("SHOW CREATE TABLE notes").collect()[0][0])
spark.sql("CREATE TABLE plain (a INT, b STRING)")
spark.sql("DESCRIBE EXTENDED plain").filter("col_name = 'Provider'").show()

# %%
# Databases: CREATE, USE, SHOW; TRUNCATE and RENAME; DROP removes a managed table's files.
spark.sql("CREATE DATABASE shop")
spark.sql("CREATE SCHEMA IF NOT EXISTS shop")
spark.sql("SHOW DATABASES").show()
spark.sql("USE shop")
spark.sql("CREATE TABLE orders AS SELECT 1 AS id, 'open' AS status")
spark.sql("SHOW TABLES").show()
spark.sql("SHOW TABLES IN default").show()
print(sorted(os.listdir(warehouse)), sorted(os.listdir(warehouse + "/shop.db")))
spark.sql("USE default")
spark.sql("SELECT * FROM shop.orders").show()
spark.sql("TRUNCATE TABLE big")
print(spark.table("big").count())
spark.sql("ALTER TABLE big RENAME TO bigger")
print([t.name for t in spark.catalog.listTables()], sorted(os.listdir(warehouse)))
spark.sql("DROP TABLE bigger")
spark.sql("DROP DATABASE shop CASCADE")
spark.sql("SHOW DATABASES").show()
print(sorted(os.listdir(warehouse)))
directory.cleanup()
