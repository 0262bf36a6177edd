# %%
import re
from pyspark.sql import SparkSession

spark = (
    SparkSession.builder
        .appName("parity-py_classes_re")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
)

# %%
# Lists and dicts changed in place, at module level, in functions and inside other containers.
names = []
for row in spark.createDataFrame([("Tom",), ("Alice",), ("Bob",)], ["name"]).collect():
    names.append(row.name)
print(names)
def remember(x):
    names.append(x.upper())
remember("eve")
names.extend(["x", "y"])
names.insert(0, "first")
last = names.pop()
first = names.pop(0)
print(names, last, first)
names.remove("x")
names.sort(key=len, reverse=True)
print(names, names.count("Tom"), names.index("Bob"))
names.reverse()
print(names)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
groups["a"].append("apricot")
groups.update({"z": []}, y=[1])
z = groups.pop("z")
print(groups, z, groups.pop("nope", "-"))
grid = [[0, 0], [0, 0]]
grid[1][0] = 5
grid[0].append(9)
print(grid)

# %%
# re: match, search, fullmatch, sub, findall, split, compile.
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m, m.group(0), m.group(1, 2), m.groups(), m.span(2), m.start(), m.end(1))
print(re.search(r"\d+", "order 66 shipped").group(), re.search("x", "abc"))
print(re.fullmatch(r"[a-z]+", "abc") is not None, re.fullmatch(r"[a-z]+", "abc1"))
print(re.sub(r"(\d+)-(\d+)", r"\2-\1", "10-20 and 30-40"), re.sub("a", "b", "aaa", count=2))
print(re.subn(r"\s+", " ", "a   b \t c"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.findall(r"\d+", "1 22 333"), re.findall(r"(\w)=(\d)", "a=1, b=2"), re.findall(r"(\w)=\d", "a=1 b=2"))
print(re.split(r",\s*", "a, b,c"), re.split(r"(-)", "1-2-3"), re.split(",", "a,b,c", maxsplit=1))
pattern = re.compile(r"(?P<user>\w+)@(?P<host>[\w.]+)", re.IGNORECASE)
found = pattern.search("mail: Ada@Example.org")
print(pattern, pattern.pattern, pattern.groups, found.group("user"), found.groupdict(), found["host"])
print([m.group() for m in re.finditer(r"[A-Z]", "aBcDe")], re.escape("a.b*c"))
print(re.match("ab", "ABC", re.I).group(), bool(re.match("b", "abc")), re.sub(r"(?P<d>\d)", r"<\g<d>>", "a1"))
