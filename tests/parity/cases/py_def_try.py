# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.errors import AnalysisException, PySparkException

spark = (
    SparkSession.builder
        .appName("parity-py_def_try")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
# Functions in cells: defaults, *args, **kwargs, keyword-only, closures, recursion, functions as values.
def with_total(df, *cols, name="total", **renames):
    """Adds the sum of `cols` as `name`."""
    total = F.lit(0)
    for c in cols:
        total = total + F.col(c)
    out = df.withColumn(name, total)
    for old, new in renames.items():
        out = out.withColumnRenamed(old, new)
    return out

df = spark.createDataFrame([(1, 2, "a"), (3, 4, "b")], ["x", "y", "k"])
with_total(df, "x", "y", name="s", k="key").show()
print(with_total.__name__, with_total.__doc__)

def make_scaler(factor):
    def scale(c):
        return F.col(c) * factor
    return scale

triple = make_scaler(3)
df.select(triple("x").alias("x3"), make_scaler(0.5)("y")).show()

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(10)])

calls = 0
def counted(f):
    def wrapper(*args, **kwargs):
        global calls
        calls += 1
        return f(*args, **kwargs)
    return wrapper

@counted
def label(row, prefix="row"):
    return f"{prefix}-{row.k}"
print([label(r) for r in df.orderBy("x").collect()], [label(r, prefix="r") for r in df.orderBy("x").collect()], calls)
print(sorted(df.columns, key=lambda c: (len(c), c), reverse=True), list(map(lambda r: r.x * 10, df.orderBy("x").collect())))

# %%
# try / except / else / finally with Python's and PySpark's exceptions.
def safe_count(frame, column):
    try:
        n = frame.select(column).count()
    except AnalysisException as e:
        print("analysis:", e.getErrorClass())
        return -1
    else:
        print("counted", column)
        return n
    finally:
        print("checked", column)

print(safe_count(df, "x"), safe_count(df, "nope"))

for value in ["12", "x", None]:
    try:
        print(int(value) * 2)
    except ValueError as e:
        print("ValueError:", e)
    except TypeError:
        print("TypeError for", value)

try:
    try:
        spark.sql("SELECT * FROM missing_table").collect()
    except PySparkException:
        print("PySparkException caught, re-raising")
        raise
except Exception as e:
    print(type(e).__name__, isinstance(e, AnalysisException))

def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n
try:
    check(-5)
except ValueError as e:
    print(e, repr(e), e.args)
