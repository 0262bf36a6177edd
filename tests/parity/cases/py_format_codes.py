# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-py_format_codes")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
)

n = 255
x = 1234.5678
print(f"{n:x}|{n:X}|{n:b}|{n:o}|{n:#x}|{n:#X}|{n:#b}|{n:#o}|{n:08b}|{n:#010x}")
print(f"{x:e}|{x:.2e}|{x:E}|{0.000123:.1e}|{-x:.3e}|{0:e}")
print(f"{0.256:%}|{0.256:.1%}|{1:.0%}|{-0.0125:.2%}")
print(f"{'ab':>10}|{'ab':<10}|{'ab':^10}|{n:>10}|{n:<10}|{n:^10}|{x:^12.2f}|{'ab':-^9}")
print(f"{n:010d}|{-n:010d}|{n:+d}|{-n:+d}|{n: d}|{x:+.1f}|{x:010.2f}|{-x:010.2f}")
print(f"{1234567:,}|{1234567:_}|{x:,.2f}|{1234567.891:_.1f}|{n:,d}|{123456789:_x}|{-1234567:,}|{1234567:>15,}")
print(f"{x:.3}|{x:.10}|{x:g}|{1e-5:g}|{123456789.0:g}|{x:10.4g}|{3:.2f}|{True:d}|{True}|{3.0:g}")
print("{} and {}".format("a", "b"), "{1}-{0}".format("x", "y"), "{name}: {n:>5}".format(name="k", n=3), "{0:.2f} {0:e}".format(x))
print("{:>8} | {:<6}|".format("right", "left"), "{!r}".format("q"), "{0[0]}".format(["first"]) if False else "", "{{literal}}".format())
print("%s: %d" % ("a", 5), "%.2f" % x, "%5s|" % "ab", "%-5s|" % "ab", "%05d" % 42, "%x %X %o" % (255, 255, 8), "%e" % x, "%+d" % 5, "%10.3f|" % x, "%%")
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30} if False else "", "%c" % 65 if False else "", "%r" % "s", "%s" % [1, 2], "%3d|%-3d|" % (7, 7))
print(format(n, "x"), format(x, ".1f"), format(1234567, ","), format("s", ">3"), format(0.5, "%"), format(n))
print(f"{-0.0:.1f}|{float('inf'):.2f}|{float('nan'):f}|{2.5:.0f}|{3.5:.0f}|{1e16:,.0f}|{0.1:.20f}")

# %%
people = spark.read.option("header", "true").option("inferSchema", "true").csv("data/parity/people.csv")
stats = people.agg(F.count("*").alias("n"), F.round(F.avg("salary"), 2).alias("avg_salary"), F.max("age").alias("oldest")).first()
print(f"{stats.n:>5} people | avg {stats.avg_salary:>12,.2f} | oldest {stats.oldest:03d} | share {stats.n / 10:.1%}")
print("{:<8}|{:>10}|{:^7}".format("name", "salary", "age"))
for row in people.orderBy("id").limit(3).collect():
    print("{:<8}|{:>10,.1f}|{:^7}".format(row.name, row.salary, str(row.age)))
    print("%-8s|%10.1f|%5s" % (row["name"], row["salary"], row["age"]))
print("%(n)d rows, %(oldest)s oldest" % {"n": stats.n, "oldest": stats.oldest})
