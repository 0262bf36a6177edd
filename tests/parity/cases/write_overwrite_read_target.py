# %%
# Overwriting a table that the same query reads is refused before anything is written, and the data is still
# there afterwards; appending to it is allowed. (A path read and overwritten by one DataFrame write is not refused
# by Spark, which deletes the files and then fails reading them; Sparkbook refuses it: see DataFrameWriterTests.)
import tempfile
from pyspark.sql import SparkSession

spark = (
    SparkSession.builder
        .appName("parity-write_overwrite_read_target")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.warehouse.dir", tempfile.mkdtemp())
        .getOrCreate()
)
spark.range(3).write.saveAsTable("t")

def attempt(label, action):
    try:
        action()
        print(label, "ran")
    except Exception as e:
        print(label, type(e).__name__, str(e).split(" The target")[0])

# %%
attempt("insertInto overwrite", lambda: spark.table("t").selectExpr("id + 10 AS id").write.insertInto("t", overwrite=True))
attempt("INSERT OVERWRITE", lambda: spark.sql("INSERT OVERWRITE TABLE t SELECT id + 100 FROM t"))
attempt("saveAsTable overwrite", lambda: spark.table("t").selectExpr("id + 20 AS id").write.mode("overwrite").saveAsTable("t"))
spark.table("t").orderBy("id").show()

# %%
spark.table("t").selectExpr("id + 1000 AS id").write.insertInto("t")
spark.table("t").orderBy("id").show()
