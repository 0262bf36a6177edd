# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-variant_basics")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
events = spark.createDataFrame(
    [(1, '{"user": {"name": "ann", "tags": ["a", "b"]}, "score": 1.50, "ok": true}'),
     (2, '{"user": {"name": "bo", "tags": []}, "score": 7, "extra": null}'),
     (3, '[1, "two", {"three": 3.0e0}]')],
    ["id", "payload"],
)

# %%
v = events.select("id", F.parse_json("payload").alias("v"))
v.printSchema()
print(v.dtypes)
v.show(truncate=False)

# %%
v.select(
    "id",
    F.variant_get("v", "$.user.name", "string").alias("name"),
    F.try_variant_get("v", "$.score", "int").alias("score"),
    F.variant_get("v", "$.user.tags[0]", "variant").alias("first_tag"),
    F.schema_of_variant("v").alias("schema"),
    F.is_variant_null(F.variant_get("v", "$.extra", "variant")).alias("extra_null"),
).orderBy("id").show(truncate=False)

# %%
v.select(F.schema_of_variant_agg("v").alias("all")).show(truncate=False)

# %%
v.where("id < 3").select(
    "id",
    F.to_json(F.variant_set("v", "$.score", F.lit(10))).alias("set"),
    F.to_json(F.variant_delete("v", "$.user")).alias("deleted"),
    F.to_json(F.try_variant_insert("v", "$.score", F.lit(1))).alias("insert"),
    F.to_json(F.variant_strip_nulls("v")).alias("stripped"),
).orderBy("id").show(truncate=False)

# %%
spark.sql("SELECT to_variant_object(named_struct('a', 1, 'b', array(1.5, 2.5))) AS o").show(truncate=False)

# %%
xml = spark.createDataFrame([("<a><b>1</b><b>2</b><c x='7'>cc</c></a>",)], ["x"])
xml.select(
    F.xpath("x", F.lit("a/b/text()")),
    F.xpath_string("x", F.lit("a/c")),
    F.xpath_int("x", F.lit("sum(a/b)")),
    F.xpath_double("x", F.lit("a/c/@x")),
    F.xpath_boolean("x", F.lit("a/d")),
).show(truncate=False)

# %%
rows = v.orderBy("id").collect()
print(rows[0])
print(rows[2].v.toJson())
print(rows[0].v.toPython())

# %%
spark.sql("""SELECT variant_get(parse_json('{"a": [1, {"b": "x"}]}'), '$.a[1].b', 'string') AS b,
                    CAST(parse_json('12') AS INT) AS i,
                    CAST(parse_json('"abc"') AS STRING) AS s,
                    schema_of_variant(parse_json('[1, 2.5]')) AS t,
                    typeof(parse_json('1')) AS ty""").show()
nested = spark.sql("""SELECT named_struct('k', 1, 'v', parse_json('{"z": [true]}')) AS s, array(parse_json('1'), parse_json('"q"')) AS a""")
nested.printSchema()
nested.show(truncate=False)
