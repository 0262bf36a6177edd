# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-functions_trig_bitwise_values")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
# An inline table with its column named, as PySpark's docstrings build them.
t = spark.sql("SELECT * FROM VALUES (0.0), (PI() / 2), (-0.5), (FLOAT('NAN')), (NULL) AS TAB(value)")
t.printSchema()
t.select("*", F.sin("value"), F.cos("value"), F.tan("value"), F.cot("value")).show()
t.select(F.asin("value"), F.acos("value"), F.atan("value"), F.sec("value"), F.csc("value")).show()
t.select(F.sinh("value"), F.tanh("value"), F.asinh("value"), F.atanh("value")).show()
t.select(F.degrees("value"), F.radians("value"), F.cbrt("value"), F.rint("value"), F.sign("value")).show()
t.select(F.log1p("value"), F.expm1("value"), F.atan2("value", F.lit(1.0)), F.hypot("value", F.lit(3))).printSchema()
spark.sql("SELECT * FROM VALUES (1, 'a'), (2, 'b')").show()

# %%
n = spark.sql("SELECT * FROM VALUES (0), (1), (-1), (NULL) AS TAB(value)")
n.select("*", F.bitwise_not("value"), F.bit_count("value"), F.shiftleft("value", 2), F.shiftright("value", 1),
         F.shiftrightunsigned("value", 1)).show()
n.select(F.bin("value"), F.factorial("value"), F.positive("value"), F.typeof("value"), F.e(), F.pi()).show()
n.select(F.bitwise_not("value"), F.factorial("value"), F.e(), F.typeof("value")).printSchema()
