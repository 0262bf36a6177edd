# %%
from pyspark.sql import SparkSession, Row

spark = (
    SparkSession.builder
        .appName("parity-py_builtins_more")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
)
df = spark.createDataFrame([(1, "ann", 3.5), (2, "bob", None)], ["id", "name", "score"])
row = df.first()
xs = ["pear", "fig", "banana"]
for i, x in enumerate(xs, start=1):
    print(i, x)
print(list(enumerate(xs, 10)))
print("name" in row, "zzz" in row, "ann" in row, 1 in row)
print(row.asDict(), list(row.asDict().keys()))
print(type(row).__name__, type(1).__name__, type("s").__name__, type(1.5).__name__, type(None).__name__, type([]).__name__, type(df).__name__, type(True).__name__, type({}).__name__, type((1,)).__name__)
print(type(1), type("a"), type(1) == int, type(row.score) is float)
print(isinstance(1, int), isinstance(True, int), isinstance(1.5, (int, float)), isinstance("s", str), isinstance(row, Row), isinstance(row, tuple), isinstance(None, int), isinstance([], list), isinstance({}, dict), isinstance(1, float), isinstance(row.name, str))
d = {"b": 2, "a": 1}
for k, v in d.items():
    print(k, v)
print(sorted(xs, key=len), sorted(xs, key=len, reverse=True), max(xs, key=len), min(xs, key=len))
print(any([0, "", None]), any(x > 2 for x in [1, 3]), all([1, "a"]), all([]), any([]))
print(abs(-3), abs(-2.5), abs(True))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1234, -2), round(1250, -2), round(1.5), type(round(1.5)).__name__, round(2.5, 0))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(7, -2))
print(list(zip([1, 2, 3], "ab", [True, False, None])), list(zip()))
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
print(*xs, sep=", ")
print(*xs)
print("no newline", end="")
print(" -- then", 1, 2, sep="|", end="!\n")
print(*[1, 2], *["x"], sep="-")
print(sorted(d), sorted(d.items()), max(d), sorted([3, 1, 2], reverse=True))
print(min([4, 2, 8]), max(3, 9, 1), sum([1.5, 2]), sum([1, 2], 10))
print(len(row), row[0], row[-1], row.name, tuple(row), list(row))

# %%
print(type(df), type(df.id), type(row), type(df.schema))
print(sorted(["pear", "kiwi", "fig", "plum"], key=len, reverse=True), sorted([3, 1, 2], key=abs), max([-7, 3], key=abs))
people = [Row(name="Ann", age=34), Row(name="Bob", age=29)]
print(people[0], people[0].name, "age" in people[0], isinstance(people[0], Row))
print(spark.createDataFrame(people).collect())
for name, age in [(p.name, p.age) for p in people]:
    print(f"{name:<5}{age:>3}")
counts = {}
for c in df.columns:
    counts[c] = len(c)
for k, v in sorted(counts.items(), key=len):
    print(k, v, end="; ")
print()
print(max(counts, key=len), min(counts.values()), any(v > 4 for v in counts.values()), all(isinstance(k, str) for k in counts))
