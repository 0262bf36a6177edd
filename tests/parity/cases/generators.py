# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-generators")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
arrays = spark.sql("SELECT * FROM VALUES (1, ARRAY(1, 2, NULL)), (2, ARRAY()), (3, NULL) AS t(i, a)")
maps = spark.sql("SELECT * FROM VALUES (1, MAP('x', 1, 'y', NULL)), (2, MAP()), (3, NULL) AS t(i, m)")
for df, c in [(arrays, "a"), (maps, "m")]:
    for f in [F.explode, F.explode_outer, F.posexplode, F.posexplode_outer]:
        out = df.select("i", f(c))
        out.orderBy("i").show()
        out.printSchema()

# %%
named = maps.select("i", F.posexplode("m").alias("p", "k", "v"))
named.orderBy("i", "p").show()
print(named.columns)
maps.select(F.explode("m").alias("key2", "value2"), "i").orderBy("i", "key2").show()

# %%
structs = spark.sql("SELECT * FROM VALUES (1, ARRAY(NAMED_STRUCT('a', 1, 'b', 'x'), NULL)), (2, ARRAY()), (3, NULL) AS t(i, s)")
for f in [F.inline, F.inline_outer]:
    out = structs.select("*", f("s"))
    out.orderBy("i").show()
    out.printSchema()
structs.select(F.inline("s").alias("n", "t")).show()

# %%
df = spark.createDataFrame([(1, 2, 3)], ["a", "b", "c"])
for n in [1, 2, 3, 4]:
    out = df.select("*", F.stack(F.lit(n), "a", "b", "c"))
    out.show()
    out.printSchema()
df.select(F.stack(F.lit(2), "a", "b", "c").alias("x", "y")).show()

# %%
spark.sql("SELECT posexplode(array(10, 20)), 'k' AS k").show()
spark.sql("SELECT explode(map('a', 1, 'b', 2))").show()
spark.sql("SELECT inline(array(struct(1, 'a'), struct(2, 'b')))").show()
spark.sql("SELECT stack(2, 1, 'one', 2, 'two')").show()

# %%
spark.createDataFrame([(1, [1, 2]), (2, [])], ["id", "xs"]).createOrReplaceTempView("t")
spark.sql("SELECT id, x FROM t LATERAL VIEW explode(xs) e AS x ORDER BY id, x").show()
spark.sql("SELECT id, x FROM t LATERAL VIEW OUTER explode(xs) e AS x ORDER BY id").show()
spark.sql("SELECT id, p, x FROM t LATERAL VIEW posexplode(xs) e AS p, x ORDER BY id, p").show()
spark.sql("SELECT explode(map('a', 1)) AS (k, v), 2 AS z").show()
spark.sql("SELECT posexplode(array('p', 'q')) AS (i, s)").printSchema()

# %%
print(spark.conf.get("spark.sql.mapKeyDedupPolicy"))
spark.conf.set("spark.sql.mapKeyDedupPolicy", "last_win")
print(spark.conf.get("spark.sql.mapKeyDedupPolicy"))
spark.sql("SELECT map(1, 'a', 1, 'b') AS m").show()
spark.conf.unset("spark.sql.mapKeyDedupPolicy")
