# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-func_strings")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
df = spark.createDataFrame([("SPARK_SQL", "Hello World! 42", 1234.5678, 7), ("a-B c", "x%20y", -0.5, -3)], ["s", "t", "d", "i"])
out = df.select(
    F.overlay("s", F.lit("__"), 2), F.mask("s"), F.replace("s", F.lit("_")), F.format_string("%s|%5d|%.2f|%x", "s", "i", "d", "i"),
    F.printf(F.lit("%08.3f"), "d"), F.regexp_count("t", F.lit("[a-z]")), F.regexp_extract_all("t", F.lit(r"(\w)(\w)"), 2),
    F.regexp_instr("t", F.lit("o")), F.regexp_substr("t", F.lit(r"\d+")), F.url_encode("t"), F.try_url_decode("t"),
    F.format_number("d", 2), F.jaro_winkler_similarity("s", "t"), F.to_char(F.col("i").cast("decimal(5,0)"), F.lit("S999")),
    F.xxhash64("s", "i"), F.sentences("t"),
)
out.printSchema()
out.show(truncate=False)

# %%
spark.sql("SELECT parse_url('https://a.b/c/d?x=1&y=2#f', 'QUERY', 'y') AS q, to_number('$1,234.50', '$9,999.99') AS n, "
          "get_json_object('{\"a\":[{\"b\":1},{\"b\":2}]}', '$.a[*].b') AS j, json_array_length('[1,2]') AS l, "
          "json_object_keys('{\"k\":1}') AS k, schema_of_json('[{\"a\":1.5}]') AS s").show(truncate=False)
