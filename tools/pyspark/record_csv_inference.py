"""Records how real PySpark 4 reads the CSV fixtures, so the Swift reader can be tested against it.

Run from the repository root:  /work/pyenv-rec/bin/python tools/pyspark/record_csv_inference.py
For every case below it writes Tests/SparkbookEngineTests/Fixtures/csv/<case>.expected.json with the options used,
the schema as `df.schema.simpleString()`, and the rows as JSON (timestamps and dates as Spark's strings in UTC,
non-finite doubles as "NaN"/"Infinity"/"-Infinity"), or, when reading fails, the error message Spark gives.
"""
import decimal
import json
import math
import re
import os
import sys

os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
os.environ["TZ"] = "UTC"

from pyspark.sql import SparkSession, functions as F  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "..", "Tests", "SparkbookEngineTests", "Fixtures", "csv")

EVENTS_DDL = "event_id INT, event_time TIMESTAMP, country STRING, device STRING, amount DOUBLE"
EVENTS_CORRUPT_DDL = EVENTS_DDL + ", _corrupt_record STRING"

# name -> (file, options, user schema DDL or None, projected columns or None)
CASES = {
    "events_clean_infer": ("events_clean.csv", {"header": "true", "inferSchema": "true"}, None, None),
    "events_clean_strings": ("events_clean.csv", {"header": "true"}, None, None),
    "types_mix_infer": ("types_mix.csv", {"header": "true", "inferSchema": "true"}, None, None),
    "special_numbers_infer": ("special_numbers.csv", {"header": "true", "inferSchema": "true"}, None, None),
    "dupe_headers_infer": ("dupe_headers.csv", {"header": "true", "inferSchema": "true"}, None, None),
    "no_header_infer": ("no_header.csv", {"header": "false", "inferSchema": "true"}, None, None),
    "crlf_infer": ("crlf_no_trailing_newline.csv", {"header": "true", "inferSchema": "true"}, None, None),
    "escapes_infer": ("escapes.csv", {"header": "true", "inferSchema": "true"}, None, None),
    "dirty_infer": ("dirty.csv", {"header": "true", "inferSchema": "true"}, None, None),
    "dirty_permissive": ("dirty.csv", {"header": "true"}, EVENTS_DDL, None),
    "dirty_permissive_corrupt": ("dirty.csv", {"header": "true", "columnNameOfCorruptRecord": "_corrupt_record"},
                                 EVENTS_CORRUPT_DDL, None),
    "dirty_dropmalformed": ("dirty.csv", {"header": "true", "mode": "DROPMALFORMED"}, EVENTS_DDL, None),
    "dirty_dropmalformed_projected": ("dirty.csv", {"header": "true", "mode": "DROPMALFORMED"}, EVENTS_DDL,
                                      ["event_id", "country"]),
    "dirty_failfast": ("dirty.csv", {"header": "true", "mode": "FAILFAST"}, EVENTS_DDL, None),
    "dirty_failfast_infer": ("dirty.csv", {"header": "true", "mode": "FAILFAST", "inferSchema": "true"}, None, None),
    "special_numbers_double": ("special_numbers.csv", {"header": "true"},
                               "nan DOUBLE, inf DOUBLE, ninf DOUBLE, infinity DOUBLE, suffix DOUBLE, spaced INT, "
                               "plus INT, exp DOUBLE, dot DOUBLE, intlike BIGINT", None),
}


def encode(value):
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
    return value


def record(spark, name, file, options, ddl, columns):
    reader = spark.read
    for key, value in options.items():
        reader = reader.option(key, value)
    if ddl:
        reader = reader.schema(ddl)
    out = {"file": file, "options": options, "schema_ddl": ddl, "columns": columns}
    try:
        df = reader.csv(os.path.join(FIXTURES, file))
        if columns:
            df = df.select(*columns)
        out["schema"] = df.schema.simpleString()
        out["names"] = df.columns
        positional = df.toDF(*[f"c{i}" for i in range(len(df.columns))])
        shown = [
            F.col(f"c{i}").cast("string") if f.dataType.typeName() in ("timestamp", "date") else F.col(f"c{i}")
            for i, f in enumerate(df.schema.fields)
        ]
        out["rows"] = [[encode(v) for v in row] for row in positional.select(*shown).collect()]
    except Exception as error:  # the error message is the recording
        message = str(error)
        classed = [line.strip() for line in message.split("\n") if re.search(r"\[[A-Z_.]+\]", line)]
        # The outermost error class line (Spark's user-facing message), then the cause's.
        out["error"] = " ".join(classed[:2]) if classed else message.split("\n")[0]
        out["error_full"] = message[:1500]
    with open(os.path.join(FIXTURES, f"{name}.expected.json"), "w") as fh:
        json.dump(out, fh, indent=1)
        fh.write("\n")
    print(name, out.get("schema"), out.get("error", ""), file=sys.stderr)


def main():
    spark = (SparkSession.builder.master("local[1]").appName("record-csv")
             .config("spark.ui.enabled", "false")
             .config("spark.sql.session.timeZone", "UTC")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        only = set(sys.argv[1:])
        for name, (file, options, ddl, columns) in CASES.items():
            if not only or name in only:
                record(spark, name, file, options, ddl, columns)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
