# %%
import tempfile
from pyspark.sql import SparkSession

directory = tempfile.TemporaryDirectory()
spark = (
    SparkSession.builder
        .appName("parity-tables_buckets")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.warehouse.dir", directory.name + "/warehouse")
        .getOrCreate()
)
df = spark.createDataFrame([(1, "a"), (2, "b"), (3, "a")], "id INT, name STRING")

# %%
# bucketBy/sortBy and clusterBy are recorded by the catalog; the rows read back the same.
df.write.bucketBy(2, "name").sortBy("id").saveAsTable("bucketed")
spark.sql("DESCRIBE EXTENDED bucketed").filter("col_name NOT IN ('Created Time', 'Location')").show(50, False)
spark.table("bucketed").orderBy("id").show()
df.write.clusterBy("name").saveAsTable("clustered")
spark.sql("DESCRIBE EXTENDED clustered").filter("col_name NOT IN ('Created Time', 'Location')").show(50, False)
for attempt in [lambda: df.write.bucketBy(2, "name").parquet(directory.name + "/b"),
                lambda: df.write.sortBy("id").saveAsTable("sorted")]:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, str(e))
directory.cleanup()
