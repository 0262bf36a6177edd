# %% [markdown]
# Expression evaluation off the aggregate fast path (issue 14, "fast on every shape"): arithmetic inside an
# aggregate, a filter of two comparisons, a projection of arithmetic over two columns, over `spark.range(rows)`
# (no file read, so the time is the expressions', the range scan's and the aggregate's). Each query runs `runs`
# times after one warm-up; prints the median milliseconds per query and each query's answer (which must not
# change between binaries). Set the size with `-p rows N`:
#   sparkbook run bench/expressions.py -p rows 10000000 --quiet

# %% tags=["parameters"]
rows = 1000000
runs = 5

# %%
import time
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = SparkSession.builder.appName("bench-expressions").getOrCreate()
base = spark.range(rows)
table = base.select(F.col("id"), (F.col("id") % 100).alias("v1"), (F.col("id") % 17).alias("v2"),
                    (F.col("id") * 0.5).alias("x"))
queries = [
    ("sum(id)", lambda: base.select(F.sum("id")).collect()[0][0]),
    ("sum(id + 1)", lambda: base.select(F.sum(F.col("id") + 1)).collect()[0][0]),
    ("filter(v1 > 3 and v2 < 10).count()", lambda: table.filter((F.col("v1") > 3) & (F.col("v2") < 10)).count()),
    ("sum(v1 * 2 + v2)", lambda: table.select(F.sum(F.col("v1") * 2 + F.col("v2"))).collect()[0][0]),
    ("sum(x * 2.5 - id / 4)", lambda: table.select(F.sum(F.col("x") * 2.5 - F.col("id") / 4)).collect()[0][0]),
    ("filter(v2 != 0 and v1 / v2 > 3).count()", lambda: table.filter((F.col("v2") != 0) & (F.col("v1") / F.col("v2") > 3)).count()),
]
for name, query in queries:
    answer = query()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        query()
        times.append(1000 * (time.perf_counter() - start))
    times.sort()
    print(f"{name}: {times[len(times) // 2]:.1f} ms (min {times[0]:.1f}), answer {answer}")
