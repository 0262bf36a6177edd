# %%
from pyspark.sql import SparkSession

spark = (
    SparkSession.builder
        .appName("parity-sql_cells")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
)
spark.createDataFrame([(1, "a"), (2, "b"), (3, "c")], "id INT, name STRING").createOrReplaceTempView("t")

# %% [markdown]
# A `%%sql` cell as jupytext writes it: the language as a marker option, the SQL commented out, so this file stays a
# Python script. Sparkbook runs its statements in order; PySpark's recording runs each through `spark.sql`
# (record_cases.py), and the Python cell after it shows what they made.

# %% language="sql"
# -- a comment; not a statement
# CREATE OR REPLACE TEMP VIEW big AS SELECT id, upper(name) AS name FROM t WHERE id > 1;
#
# CREATE OR REPLACE TEMP VIEW names AS SELECT name, 'x;y' AS s FROM big

# %%
spark.sql("SELECT * FROM names ORDER BY name").show()
spark.sql("SHOW TABLES").orderBy("tableName").show()
