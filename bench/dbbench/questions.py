"""db-benchmark's groupby q1-q10 and join q1-q5, each in the words of three engines.

The forms follow db-benchmark's solutions: the PySpark one (`spark/groupby-spark.py`, `spark/join-spark.py`, SQL
there, the same query as DataFrame calls here, since that is what a Sparkbook notebook writes), the DuckDB one
(`duckdb/groupby-duckdb.R`, `duckdb/join-duckdb.R`: the SQL) and the Polars one (`polars/groupby-polars.py`,
`polars/join-polars.py`). Each engine reads the CSV itself (timed, whole process), computes the answer `ans` in
full, then prints one line `dbbench: ROWS CHECK...`: the answer's row count and the check sums db-benchmark takes
over it. The answer is materialised, as db-benchmark's solutions do (Spark's persists it, DuckDB's creates a table,
Polars' collects it): otherwise an engine could prune a join's answer to the three columns the checks read, which
db-benchmark does not allow and which made the DuckDB shell three times faster on join q1.

DuckDB reads v3 as DOUBLE (db-benchmark's R script loads it into a FLOAT column, which would make the sums differ
from the other engines' in the 7th digit; agreement to 1e-9 needs the double every engine parses).
"""
from dataclasses import dataclass

MARK = "dbbench:"


@dataclass(frozen=True)
class Question:
    key: str          # "groupby-q1"
    title: str        # db-benchmark's question text
    tables: tuple     # roles read: ("x",) or ("x", "medium") ...
    checks: tuple     # columns of `ans` whose sums are checked
    pyspark: str      # statement(s) binding `ans`, over DataFrames named by role; F and Window imported
    sql: str          # a query over views named by role
    polars: str       # an expression over LazyFrames named by role; pl imported

    @property
    def task(self):
        return self.key.split("-")[0]


def _g(number, title, checks, pyspark, sql, polars):
    return Question(f"groupby-q{number}", title, ("x",), checks, pyspark, sql, polars)


def _j(number, title, right, key, how, checks=("v1", "v2")):
    spark_how = "" if how == "inner" else f', "{how}"'
    sql_join = "JOIN" if how == "inner" else "LEFT JOIN"
    return Question(f"join-q{number}", title, ("x", right), checks,
                    f'ans = x.join({right}, "{key}"{spark_how})',
                    f"SELECT * FROM x {sql_join} {right} USING ({key})",
                    f'x.join({right}, on="{key}", how="{how}")')


GROUP_BY = [
    _g(1, "sum v1 by id1", ("v1",),
       'ans = x.groupBy("id1").agg(F.sum("v1").alias("v1"))',
       "SELECT id1, sum(v1) AS v1 FROM x GROUP BY id1",
       'x.group_by("id1").agg(pl.sum("v1"))'),
    _g(2, "sum v1 by id1:id2", ("v1",),
       'ans = x.groupBy("id1", "id2").agg(F.sum("v1").alias("v1"))',
       "SELECT id1, id2, sum(v1) AS v1 FROM x GROUP BY id1, id2",
       'x.group_by("id1", "id2").agg(pl.sum("v1"))'),
    _g(3, "sum v1 mean v3 by id3", ("v1", "v3"),
       'ans = x.groupBy("id3").agg(F.sum("v1").alias("v1"), F.mean("v3").alias("v3"))',
       "SELECT id3, sum(v1) AS v1, avg(v3) AS v3 FROM x GROUP BY id3",
       'x.group_by("id3").agg(pl.sum("v1"), pl.mean("v3"))'),
    _g(4, "mean v1:v3 by id4", ("v1", "v2", "v3"),
       'ans = x.groupBy("id4").agg(F.mean("v1").alias("v1"), F.mean("v2").alias("v2"), F.mean("v3").alias("v3"))',
       "SELECT id4, avg(v1) AS v1, avg(v2) AS v2, avg(v3) AS v3 FROM x GROUP BY id4",
       'x.group_by("id4").agg(pl.mean("v1"), pl.mean("v2"), pl.mean("v3"))'),
    _g(5, "sum v1:v3 by id6", ("v1", "v2", "v3"),
       'ans = x.groupBy("id6").agg(F.sum("v1").alias("v1"), F.sum("v2").alias("v2"), F.sum("v3").alias("v3"))',
       "SELECT id6, sum(v1) AS v1, sum(v2) AS v2, sum(v3) AS v3 FROM x GROUP BY id6",
       'x.group_by("id6").agg(pl.sum("v1"), pl.sum("v2"), pl.sum("v3"))'),
    _g(6, "median v3 sd v3 by id4 id5", ("median_v3", "sd_v3"),
       'ans = x.groupBy("id4", "id5").agg(F.median("v3").alias("median_v3"), F.stddev("v3").alias("sd_v3"))',
       "SELECT id4, id5, quantile_cont(v3, 0.5) AS median_v3, stddev(v3) AS sd_v3 FROM x GROUP BY id4, id5",
       'x.group_by("id4", "id5").agg(pl.median("v3").alias("median_v3"), pl.std("v3").alias("sd_v3"))'),
    _g(7, "max v1 - min v2 by id3", ("range_v1_v2",),
       'ans = x.groupBy("id3").agg((F.max("v1") - F.min("v2")).alias("range_v1_v2"))',
       "SELECT id3, max(v1) - min(v2) AS range_v1_v2 FROM x GROUP BY id3",
       'x.group_by("id3").agg((pl.max("v1") - pl.min("v2")).alias("range_v1_v2"))'),
    _g(8, "largest two v3 by id6", ("largest2_v3",),
       'by_v3 = Window.partitionBy("id6").orderBy(F.col("v3").desc())\n'
       'ans = (x.filter(F.col("v3").isNotNull())\n'
       '       .select("id6", F.col("v3").alias("largest2_v3"), F.row_number().over(by_v3).alias("order_v3"))\n'
       '       .filter(F.col("order_v3") <= 2).select("id6", "largest2_v3"))',
       "SELECT id6, unnest(list_sort(array_agg(v3), 'DESC')[1:2]) AS largest2_v3 "
       "FROM (SELECT id6, v3 FROM x WHERE v3 IS NOT NULL) AS subq GROUP BY id6",
       'x.drop_nulls("v3").group_by("id6").agg(pl.col("v3").top_k(2).alias("largest2_v3")).explode("largest2_v3")'),
    _g(9, "regression v1 v2 by id2 id4", ("r2",),
       'ans = x.groupBy("id2", "id4").agg(F.pow(F.corr("v1", "v2"), 2).alias("r2"))',
       "SELECT id2, id4, pow(corr(v1, v2), 2) AS r2 FROM x GROUP BY id2, id4",
       'x.group_by("id2", "id4").agg((pl.corr("v1", "v2") ** 2).alias("r2"))'),
    _g(10, "sum v3 count by id1:id6", ("v3", "count"),
       'ans = x.groupBy("id1", "id2", "id3", "id4", "id5", "id6").agg(F.sum("v3").alias("v3"), '
       'F.count("*").alias("count"))',
       "SELECT id1, id2, id3, id4, id5, id6, sum(v3) AS v3, count(*) AS count FROM x "
       "GROUP BY id1, id2, id3, id4, id5, id6",
       'x.group_by("id1", "id2", "id3", "id4", "id5", "id6").agg(pl.sum("v3"), pl.len().alias("count"))'),
]

JOIN = [
    _j(1, "small inner on int", "small", "id1", "inner"),
    _j(2, "medium inner on int", "medium", "id2", "inner"),
    _j(3, "medium outer on int", "medium", "id2", "left"),
    _j(4, "medium inner on factor", "medium", "id5", "inner"),
    _j(5, "big inner on int", "big", "id3", "inner"),
]

ALL = GROUP_BY + JOIN


def select(spec):
    """Questions named by a comma-separated filter: "groupby-q1,join-q3", a task ("join"), or "all"."""
    if not spec or spec == "all":
        return list(ALL)
    wanted = [s.strip() for s in spec.split(",") if s.strip()]
    chosen = [q for q in ALL if any(w in (q.key, q.task) for w in wanted)]
    unknown = [w for w in wanted if not any(w in (q.key, q.task) for q in ALL)]
    if unknown:
        raise SystemExit(f"unknown question(s) {', '.join(unknown)}; known: {', '.join(q.key for q in ALL)}")
    return chosen


# --- the three programs ---

def sparkbook_script(question, paths):
    """A jupytext percent notebook for `sparkbook run`; `paths` maps role -> CSV (also settable with -p)."""
    parameters = "\n".join(f'{role}_path = "{paths[role]}"' for role in question.tables)
    reads = "\n".join(f'{role} = spark.read.csv({role}_path, header=True, inferSchema=True)'
                      for role in question.tables)
    sums = ", ".join(f'F.sum("{c}")' for c in question.checks)
    return f'''# %% [markdown]
# db-benchmark {question.key}: {question.title}. Reads the CSV (header, inferSchema), answers, prints the row count and
# the check sums. Generated by bench/dbbench/questions.py.

# %% tags=["parameters"]
{parameters}

# %%
from pyspark.sql import SparkSession, Window
from pyspark.sql import functions as F

spark = SparkSession.builder.appName("dbbench-{question.key}").getOrCreate()
{reads}
{question.pyspark}
ans = ans.cache()
chk = ans.agg(F.count("*"), {sums}).collect()[0]
print("{MARK}", *chk)
'''


def duckdb_script(question, paths, settings=None):
    """SQL for the DuckDB shell: `settings` (SET name = value), views over the CSVs, the answer as a temporary
    table, then its checks."""
    sets = "".join(f"SET {name} = '{value}';\n" for name, value in (settings or {}).items())
    views = "\n".join(f"CREATE TEMP VIEW {role} AS SELECT * FROM read_csv('{paths[role]}', header=true);"
                      for role in question.tables)
    sums = ", ".join(f"sum({c})" for c in question.checks)
    return (f"-- db-benchmark {question.key}: {question.title}\n{sets}{views}\n"
            f"CREATE TEMP TABLE ans AS {question.sql};\n"
            f"SELECT '{MARK}', count(*), {sums} FROM ans;\n")


def polars_script(question, paths):
    scans = "\n".join(f'{role} = pl.scan_csv("{paths[role]}")' for role in question.tables)
    sums = ", ".join(f'ans["{c}"].sum()' for c in question.checks)
    return f'''# db-benchmark {question.key}: {question.title}
import polars as pl
{scans}
ans = ({question.polars}).collect()
print("{MARK}", ans.height, {sums})
'''
