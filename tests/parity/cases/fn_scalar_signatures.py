# %%
from decimal import Decimal
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-fn_scalar_signatures")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
# Literal parameters given as Columns or column names, optional parameters, Spark's names.
df = spark.createDataFrame([("**Spark*", 2, 3, "[ak]", "*"), ("xyzzy", 1, 2, "z+", "y")], ["s", "p", "l", "r", "t"])
df.select("s", F.substring("s", "p", "l"), F.split("s", df.r), F.split("s", F.lit("a"), 1), F.repeat("s", "p")).show()
df.select(F.trim("s", "t"), F.ltrim("s", F.lit("*")), F.rtrim("s", "t"), F.lpad("s", 9, F.lit(b"uv")), F.rpad("s", F.lit(7), "-")).show()
df.select(F.instr("s", "a", 2), F.instr("s", F.col("t"), 1, 2), F.regexp_replace("s", "[*z]", "#", 3), F.regexp_replace("s", F.col("r"), F.col("t"))).show()
df.select(F.ceil(F.lit(-0.15), 1), F.floor(F.col("p") * 1.55, 1), F.ceiling(F.lit(2.5)), F.ceil("l", -1), F.round("p", F.lit(1)), F.bround(F.lit(2.5), 0)).show()
df.select(F.signum("p"), F.sign(F.lit(-3)), F.ifnull(F.lit(None), "p"), F.nvl("s", "t"), F.chr(F.col("p") + 64)).show()
df.select(F.like("s", F.lit("x/%%"), F.lit("/")), F.ilike("s", F.lit("X%")), F.like("s", "t")).show()
spark.createDataFrame([([1, 2], [3.5], b"ab", b"c")], ["a", "b", "x", "y"]).select(F.concat("a", "b"), F.concat("x", "y"), F.concat("x", F.lit("!"))).show()

# %%
# try_* arithmetic: NULL where the operator would overflow.
nums = spark.createDataFrame([(2147483647, 9223372036854775807, Decimal("1.5"))], "i int, l long, d decimal(5,1)")
nums.select(F.try_divide("d", "i"), F.try_divide("l", F.lit(0)), F.try_divide(F.lit(7), F.lit(2)), F.try_divide("d", F.lit(0))).show()
nums.select(F.try_add("i", F.lit(1)), F.try_add("l", "l"), F.try_subtract(F.lit(-5), "l"), F.try_multiply("d", "d"), F.try_multiply("i", F.lit(2.5))).show()
spark.sql("SELECT DATE'2015-09-30' AS d").select(F.try_add("d", F.lit(1)), F.try_subtract("d", F.lit(1))).show()
big = spark.createDataFrame([(Decimal("1" * 38),)] * 3, "n decimal(38, 0)")
big.select(F.try_sum("n"), F.try_avg("n")).show()

# %%
# Encodings, HMAC and AES with fixed IVs.
enc = spark.createDataFrame([("Spark SQL", "1234567890abcdef", b"foobar")], ["s", "k", "b"])
enc.select(F.to_base32("b"), F.from_base32(F.lit("MZXW6YTBOI======")), F.hex(F.hmac("k", "s")), F.hex(F.hmac("k", "s", F.lit("SHA-512")))).show(truncate=False)
enc.select(F.hex(F.aes_encrypt("s", "k", F.lit("ECB"))), F.aes_decrypt(F.aes_encrypt("s", "k"), "k").cast("string"), F.try_aes_decrypt(F.lit(b"0123456789abcdef0123456789abcdef"), "k")).show(truncate=False)
enc.select(F.base64(F.aes_encrypt("s", "k", F.lit("CBC"), F.lit("PKCS"), F.lit(bytes(16))))).show(truncate=False)

# %%
# Seeded random values, approximate counts, assertions.
spark.range(0, 5, 1, 1).select(F.uniform(1, 100, 7), F.uniform(F.lit(0.5), F.lit(1.5), 3), F.uuid(42)).show(truncate=False)
spark.range(5000).agg(F.approx_count_distinct("id"), F.approx_count_distinct("id", 0.2), F.approx_count_distinct(F.col("id") % 7)).show()
spark.range(5000).selectExpr("approx_count_distinct(id, 0.1)", "approx_count_distinct(CAST(id AS STRING))").show()
df.select(F.assert_true(df.p < df.l), F.assert_true(df.p > 0, "positive")).show()
df.select(F.when(df.p > 0, 1).otherwise(F.raise_error("never"))).show()
print(bytes.fromhex("0101 ff").hex())

# %%
# The same functions by their SQL names.
spark.range(1).selectExpr("aes_decrypt(aes_encrypt('a', 'abcdefghijklmnop'), 'abcdefghijklmnop')", "try_aes_decrypt(unhex('00'), 'abcdefghijklmnop', 'ECB')", "'a_b' like 'a/_b' escape '/'", "instr('abc', 'b', 1)").show()
spark.range(1).selectExpr("hex(hmac('k', 'm'))", "ceiling(2.5, 0)", "ifnull(null, 2)", "chr(65)", "try_add(2147483647, 1)", "try_divide(1, 0)", "to_base32(X'6162')").show(truncate=False)
