"""Record golden output of PySpark's show() and printSchema() for the Swift output formatters.

The Swift tests (Tests/SparkbookDataFrameTests/ShowGoldenTests.swift and SchemaGoldenTests.swift) never run Spark:
they read the files this script writes and compare Sparkbook's formatters with them byte for byte. Run this script
again (it is the "--record" step) whenever a case is added or Spark's printing changes, then commit the files:

    SPARK_LOCAL_IP=127.0.0.1 /work/pyenv-rec/bin/python tools/pyspark/record_show_goldens.py [--only CASE ...]

For every case it writes, under Tests/SparkbookDataFrameTests/Golden/show/:
  <case>.txt   exact stdout of df.show(...) (or printSchema) as PySpark printed it (print() adds the final "\n")
  <case>.json  the input: session time zone, the show() arguments, the schema (Spark's own schema JSON) and the
               rows, so Swift can rebuild the values, format them itself and compare; plus "pythonRowRepr", the
               repr() of each collected Row, for cases without maps.
Values in <case>.json: JSON null/bool/int/string as is; doubles and floats as JSON numbers except the special ones,
written {"double": "NaN" | "Infinity" | "-Infinity" | "-0.0"}; timestamps {"ts": microseconds since the epoch};
dates {"date": days since the epoch}; decimals as a plain string ("1.500"); binary {"hex": "6162"};
structs {"struct": [[name, value], ...]}; maps {"map": [[key, value], ...]} in Spark's order; arrays as lists.
Spark runs on loopback (local[1], UI off) and is stopped at the end.
"""

import argparse
import contextlib
import datetime
import decimal
import io
import json
import math
import os
import sys
import time

os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
os.environ["TZ"] = "UTC"  # Python turns collected timestamps into naive datetimes in the process zone.
time.tzset()

from pyspark.sql import SparkSession, functions as F  # noqa: E402
from pyspark.sql.types import (  # noqa: E402
    ArrayType, BinaryType, BooleanType, ByteType, DateType, DecimalType, DoubleType, FloatType, IntegerType,
    LongType, MapType, ShortType, StringType, StructField, StructType, TimestampNTZType, TimestampType,
)

GOLDEN_DIR = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "SparkbookDataFrameTests", "Golden", "show")


def ts(text):
    """A naive UTC datetime from 'YYYY-MM-DD HH:MM:SS[.ffffff]'."""
    fmt = "%Y-%m-%d %H:%M:%S.%f" if "." in text else "%Y-%m-%d %H:%M:%S"
    return datetime.datetime.strptime(text, fmt)


def schema(*fields):
    return StructType([StructField(name, dtype, True) for name, dtype in fields])


LONG_TEXT = "The quick brown fox jumps over the lazy dog"


def cases(spark):
    """Yield (name, dataframe, show kwargs or None for printSchema, session time zone, printSchema level)."""
    numbers = spark.createDataFrame([
        (1, 1, 500.0, 1.5, 1, 1),
        (-42, 9223372036854775807, 1042472.5, 0.1, -128, 32767),
        (2147483647, -9223372036854775808, 12537826.89, 1.0e7, 127, -32768),
        (0, 0, 1.0e-4, 1.0e-4, 0, 0),
        (None, None, None, None, None, None),
        (7, 7, -0.0, -0.0, 7, 7),
        (8, 8, float("nan"), float("nan"), 8, 8),
        (9, 9, float("inf"), float("inf"), 9, 9),
        (10, 10, float("-inf"), float("-inf"), 10, 10),
        (11, 11, 9999999.0, 3.4028234663852886e38, 11, 11),
        (12, 12, 1.0e-3, 0.3, 12, 12),
        (13, 13, 9.99e-4, 16777216.0, 13, 13),
        (14, 14, -123456.789, 1.0 / 3.0, 14, 14),
        (15, 15, 1.7976931348623157e308, 1.0e10, 15, 15),
        (16, 16, 4.9e-324, 1.401298464324817e-45, 16, 16),
        (17, 17, 1.0 / 3.0, 123456.79, 17, 17),
        (18, 18, 1.0e21, 33.3, 18, 18),
    ], schema(("i", IntegerType()), ("l", LongType()), ("d", DoubleType()), ("f", FloatType()),
              ("b", ByteType()), ("s", ShortType())))
    yield "numbers", numbers, {}, "UTC", None
    yield "numbers_schema", numbers, None, "UTC", None

    strings = spark.createDataFrame([
        ("short", LONG_TEXT),
        ("exactly twenty chars", "twenty-one characters"),
        ("", None),
        (None, "a"),
        ("tab\there", "new\nline and\r return"),
        ("quote ' and \" marks", "back\\slash"),
    ], schema(("name", StringType()), ("text", StringType())))
    yield "strings_default", strings, {}, "UTC", None
    yield "strings_truncate_false", strings, {"truncate": False}, "UTC", None
    yield "strings_truncate_5", strings, {"truncate": 5}, "UTC", None
    yield "strings_truncate_3", strings, {"truncate": 3}, "UTC", None
    yield "strings_truncate_1", strings, {"truncate": 1}, "UTC", None
    yield "strings_vertical", strings, {"vertical": True}, "UTC", None
    yield "strings_vertical_truncate_false", strings, {"vertical": True, "truncate": False}, "UTC", None

    unicode = spark.createDataFrame([
        ("日本語", "東京タワーは高い塔です、とても有名な観光地です"),
        ("한국어", "서울"),
        ("ｈａｌｆ", "ﾊﾝｶｸｶﾀｶﾅ half-width kana"),
        ("café", "naïve résumé"),
        ("mixed 中文 text", "中"),
    ], schema(("語", StringType()), ("text", StringType())))
    yield "unicode_default", unicode, {}, "UTC", None
    yield "unicode_truncate_false", unicode, {"truncate": False}, "UTC", None
    yield "unicode_vertical", unicode, {"vertical": True}, "UTC", None

    all_types = schema(
        ("i", IntegerType()), ("l", LongType()), ("d", DoubleType()), ("f", FloatType()), ("s", StringType()),
        ("b", BooleanType()), ("t", TimestampType()), ("dt", DateType()), ("dec", DecimalType(10, 2)),
        ("bin", BinaryType()), ("arr", ArrayType(IntegerType())), ("m", MapType(StringType(), IntegerType())),
        ("st", StructType([StructField("x", IntegerType()), StructField("y", StringType())])))
    nulls = spark.createDataFrame([
        (1, 2, 3.0, 4.0, "s", True, ts("2024-05-05 18:20:24"), datetime.date(2024, 5, 5), decimal.Decimal("1.50"),
         bytearray(b"ab"), [1, None], {"k": None}, (None, "y")),
        (None,) * 13,
    ], all_types)
    yield "nulls_all_types", nulls, {}, "UTC", None
    yield "nulls_all_types_schema", nulls, None, "UTC", None

    booleans = spark.createDataFrame([(True, False), (False, None), (None, True)],
                                     schema(("flag", BooleanType()), ("other", BooleanType())))
    yield "booleans", booleans, {}, "UTC", None

    times = spark.createDataFrame([
        (ts("2024-05-05 18:20:24"), datetime.date(2024, 5, 5), ts("2024-05-05 18:20:24")),
        (ts("2024-05-05 18:20:24.5"), datetime.date(1970, 1, 1), ts("2024-05-05 18:20:24.5")),
        (ts("2024-05-05 18:20:24.120"), datetime.date(1969, 12, 31), ts("2024-05-05 18:20:24.120")),
        (ts("2024-05-05 18:20:24.123456"), datetime.date(2000, 2, 29), ts("2024-05-05 18:20:24.123456")),
        (ts("2024-05-05 18:20:24.000001"), datetime.date(1, 1, 1), ts("2024-05-05 18:20:24.000001")),
        (ts("1969-12-31 23:59:59.999999"), datetime.date(9999, 12, 31), ts("1969-12-31 23:59:59.999999")),
        (ts("1900-03-01 00:00:00"), datetime.date(1582, 10, 4), ts("1900-03-01 00:00:00")),
        (ts("2024-03-10 10:30:00"), datetime.date(1582, 10, 15), ts("2024-03-10 10:30:00")),
        (ts("2024-11-03 08:30:00"), None, None),
        (None, datetime.date(1600, 2, 29), ts("1970-01-01 00:00:00")),
    ], schema(("t", TimestampType()), ("d", DateType()), ("ntz", TimestampNTZType())))
    yield "timestamps_utc", times, {"truncate": False}, "UTC", None
    yield "timestamps_los_angeles", times, {"truncate": False}, "America/Los_Angeles", None
    yield "timestamps_kolkata", times, {}, "Asia/Kolkata", None
    yield "timestamps_schema", times, None, "UTC", None

    decimals = spark.createDataFrame([
        (decimal.Decimal("1.500"), decimal.Decimal("0"), decimal.Decimal("12345")),
        (decimal.Decimal("-0.001"), decimal.Decimal("12345678901234567890.123456789012345678"), decimal.Decimal("-99999")),
        (decimal.Decimal("0"), decimal.Decimal("-0.000000000000000001"), decimal.Decimal("0")),
        (None, None, None),
    ], schema(("dec", DecimalType(10, 3)), ("wide", DecimalType(38, 18)), ("whole", DecimalType(5, 0))))
    yield "decimals", decimals, {"truncate": False}, "UTC", None
    yield "decimals_schema", decimals, None, "UTC", None

    empty = numbers.filter(F.lit(False))
    yield "empty", empty, {}, "UTC", None
    yield "empty_vertical", empty, {"vertical": True}, "UTC", None

    many = spark.createDataFrame([(i, f"row {i}") for i in range(25)], schema(("id", LongType()), ("label", StringType())))
    yield "many_rows_default", many, {}, "UTC", None
    yield "many_rows_n1", many, {"n": 1}, "UTC", None
    yield "many_rows_n3_vertical", many, {"n": 3, "vertical": True}, "UTC", None
    yield "many_rows_n1_vertical", many, {"n": 1, "vertical": True}, "UTC", None
    yield "many_rows_n0", many, {"n": 0}, "UTC", None
    yield "exact_rows_n25", many, {"n": 25}, "UTC", None

    nested_schema = schema(
        ("arr", ArrayType(IntegerType())),
        ("strs", ArrayType(StringType())),
        ("st", StructType([StructField("a", StringType()), StructField("b", IntegerType()),
                           StructField("c", ArrayType(DoubleType()))])),
        ("m", MapType(StringType(), ArrayType(IntegerType()))),
        ("bin", BinaryType()),
        ("nested", ArrayType(StructType([StructField("k", StringType()), StructField("t", TimestampType())]))),
        ("grid", ArrayType(ArrayType(IntegerType()))),
    )
    nested = spark.createDataFrame([
        ([1, 2, 3], ["x", None, ""], ("x", 1, [1.0, 1.0e7, float("nan")]), {"k": [1, 2], "j": None},
         bytearray(b"\x01\x02\xff"), [("a", ts("2024-05-05 18:20:24.5"))], [[1, 2], [], None]),
        ([], [], (None, None, None), {}, bytearray(b""), [], []),
        (None, None, None, None, None, None, None),
    ], nested_schema)
    yield "nested", nested, {"truncate": False}, "UTC", None
    yield "nested_truncated", nested, {}, "UTC", None
    yield "nested_schema", nested, None, "UTC", None
    yield "nested_schema_level1", nested, None, "UTC", 1
    yield "nested_schema_level2", nested, None, "UTC", 2

    odd_names = spark.createDataFrame([(1, 2, 3)], schema(("a b", IntegerType()), ("tab\tname", IntegerType()),
                                                           ("x", IntegerType())))
    yield "odd_names", odd_names, {}, "UTC", None
    yield "odd_names_schema", odd_names, None, "UTC", None

    yield "no_columns", many.select(), {"n": 2}, "UTC", None


def to_json_value(value, dtype):
    """The JSON form of one collected value (see the module docstring)."""
    if value is None:
        return None
    if isinstance(dtype, (DoubleType, FloatType)):
        if math.isnan(value):
            return {"double": "NaN"}
        if math.isinf(value):
            return {"double": "Infinity" if value > 0 else "-Infinity"}
        if value == 0 and math.copysign(1.0, value) < 0:
            return {"double": "-0.0"}
        return value
    if isinstance(dtype, (TimestampType, TimestampNTZType)):
        return {"ts": dtype.toInternal(value)}
    if isinstance(dtype, DateType):
        return {"date": dtype.toInternal(value)}
    if isinstance(dtype, DecimalType):
        return format(value, "f")
    if isinstance(dtype, BinaryType):
        return {"hex": bytes(value).hex()}
    if isinstance(dtype, ArrayType):
        return [to_json_value(v, dtype.elementType) for v in value]
    if isinstance(dtype, StructType):
        return {"struct": [[f.name, to_json_value(value[i], f.dataType)] for i, f in enumerate(dtype.fields)]}
    if isinstance(dtype, MapType):
        # Collected dicts lose Spark's entry order; the recorder passes map_entries() lists instead.
        return {"map": [[to_json_value(e[0], dtype.keyType), to_json_value(e[1], dtype.valueType)] for e in value]}
    return value


def has_map(dtype):
    if isinstance(dtype, MapType):
        return True
    if isinstance(dtype, ArrayType):
        return has_map(dtype.elementType)
    if isinstance(dtype, StructType):
        return any(has_map(f.dataType) for f in dtype.fields)
    return False


def rows_as_json(df):
    """Collect the rows, fetching every top-level map as map_entries() so the JSON keeps Spark's entry order."""
    cols = [F.map_entries(F.col(f"`{f.name}`")) if isinstance(f.dataType, MapType) else F.col(f"`{f.name}`")
            for f in df.schema.fields]
    rows = df.select(*cols).collect() if df.schema.fields else [() for _ in df.collect()]
    return [[to_json_value(row[i], f.dataType) for i, f in enumerate(df.schema.fields)] for row in rows]


def record(spark, name, df, show_kwargs, zone, level):
    spark.conf.set("spark.sql.session.timeZone", zone)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        if show_kwargs is None:
            df.printSchema(level) if level is not None else df.printSchema()
        else:
            df.show(**show_kwargs)
    truncate = show_kwargs.get("truncate", True) if show_kwargs is not None else None
    case = {
        "case": name,
        "action": "printSchema" if show_kwargs is None else "show",
        "sessionTimeZone": zone,
        "schema": df.schema.jsonValue(),
        "rows": rows_as_json(df),
    }
    if not has_map(df.schema):
        # repr() of each collected Row (Python process zone UTC); skipped with maps, whose dict order is Python's.
        case["pythonRowRepr"] = [repr(row) for row in df.collect()]
    if show_kwargs is None:
        case["level"] = level
    else:
        case["show"] = {
            "n": show_kwargs.get("n", 20),
            # PySpark passes True as 20 and False as 0 to Dataset.showString.
            "truncate": 20 if truncate is True else (0 if truncate is False else int(truncate)),
            "vertical": show_kwargs.get("vertical", False),
        }
    os.makedirs(GOLDEN_DIR, exist_ok=True)
    with open(os.path.join(GOLDEN_DIR, f"{name}.txt"), "w", encoding="utf-8", newline="") as fh:
        fh.write(out.getvalue())
    with open(os.path.join(GOLDEN_DIR, f"{name}.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(case, fh, ensure_ascii=False, indent=1, allow_nan=False)
        fh.write("\n")
    print(f"recorded {name}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="record only these cases")
    args = parser.parse_args()
    spark = (SparkSession.builder.master("local[1]").appName("sparkbook-goldens")
             .config("spark.ui.enabled", "false")
             .config("spark.driver.host", "127.0.0.1")
             .config("spark.driver.bindAddress", "127.0.0.1")
             .config("spark.sql.session.timeZone", "UTC")
             .config("spark.driver.extraJavaOptions", "-Duser.timezone=UTC")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        for name, df, show_kwargs, zone, level in cases(spark):
            if not args.only or name in args.only:
                record(spark, name, df, show_kwargs, zone, level)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
