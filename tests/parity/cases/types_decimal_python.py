# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from decimal import Decimal

spark = (
    SparkSession.builder
        .appName("parity-types_decimal_python")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
prices = spark.createDataFrame([("tea", Decimal("12.50")), ("cake", Decimal("3.125")), ("jam", None)], ["item", "price"])
prices.printSchema()
prices.show()
rows = prices.collect()
print(rows[0])
print(rows[0].price, repr(rows[0].price))

# %%
typed = spark.createDataFrame([("tea", Decimal("12.50")), ("cake", Decimal("3.125"))], "item string, price decimal(10,3)")
typed.show()
print(typed.collect())
total = typed.agg(F.sum("price").alias("total")).collect()[0].total
print(total, total + 1, total * 2, total - Decimal("0.625"), total / 4, total / 3)
print(total > 15, total == Decimal("15.625"), total == Decimal("15.6250"), -total, abs(-total))
print(f"{total:.2f} {total:>10} {total:,.1f} {total:.1%} {total}")
print(float(total), int(total), round(total, 1), round(total), str(total))
print(sum(r.price for r in typed.collect()), max(r.price for r in typed.collect()))

# %%
print(Decimal("12.50") * 3, Decimal("1") / Decimal("3"), Decimal("10.00") / 2, Decimal("10.00") - Decimal("0.5"))
print(round(Decimal("2.675"), 2), round(Decimal("2.665"), 2))
print([Decimal("1.0"), Decimal("-0.00"), Decimal(5), Decimal("1E+2"), Decimal("0.0000001")], {"d": Decimal("1.10")})
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), Decimal("123456789.123456789") * Decimal("987654321.987654321"))

# %%
lit_df = prices.select(F.lit(Decimal("1.50")).alias("x"), (F.col("price") * F.lit(Decimal("2"))).alias("doubled")).limit(1)
lit_df.printSchema()
lit_df.show()
prices.filter(F.col("price") > Decimal("5")).show()
