"""A Python UDF's results as Spark takes them from a Python worker without Arrow (`useArrow=False`, or
`spark.sql.execution.pythonUDF.arrow.enabled=false`; Spark 4.3's default is Arrow): the worker pickles each value, and the JVM keeps it only if
its Java type fits the declared type (Spark's `EvaluatePython.makeFromJava`); otherwise the row gets NULL. So a
UDF declared `IntegerType()` that returns a `str` or a `float` gives NULL, one declared `DoubleType()` that
returns an `int` gives NULL, and any value declared `StringType()` becomes its Java `toString()`.

Dates and timestamps are converted in the worker first (`DateType.toInternal`), so a value that is not one fails
the task with Python's AttributeError, as in PySpark.
"""

import datetime
import decimal
import math

_INT_WIDTHS = {"tinyint": 8, "smallint": 16, "int": 32, "integer": 32, "bigint": 64}


def as_declared(value, spark_type):
    """`value` as Spark keeps it for a column of `spark_type` (a Spark DDL name), or None for NULL."""
    if value is None:
        return None
    if spark_type == "boolean":
        return value if isinstance(value, bool) else None
    if spark_type in _INT_WIDTHS:
        # Pickled ints arrive as Java Integer or Long (BigInteger beyond 64 bits, which no integral type takes);
        # a narrower type keeps the low bits, as Java's narrowing conversion does.
        if isinstance(value, bool) or not isinstance(value, int) or not -(1 << 63) <= value < (1 << 63):
            return None
        bits = _INT_WIDTHS[spark_type]
        value &= (1 << bits) - 1
        return value - (1 << bits) if value >= 1 << (bits - 1) else value
    if spark_type in ("double", "float"):
        return value if isinstance(value, float) else None
    if spark_type.startswith("decimal("):
        return value if isinstance(value, decimal.Decimal) else None
    if spark_type == "string":
        return value if isinstance(value, str) else java_text(value)
    if spark_type == "binary":
        if isinstance(value, str):
            return value.encode("utf-8")
        return bytes(value) if isinstance(value, (bytes, bytearray)) else None
    if spark_type == "date":
        value.toordinal()  # DateType.toInternal: anything but a date fails here, as in PySpark's worker
        return value.date() if isinstance(value, datetime.datetime) else value
    if spark_type in ("timestamp", "timestamp_ntz"):
        value.timetuple()
        return value
    return value


def java_text(value):
    """What Java's `toString()` gives for a value as Pyrolite unpickles it (Boolean, Integer/Long, Double,
    ArrayList, HashMap)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return java_double_text(value)
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "[" + ", ".join(java_text(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(java_text(k) + "=" + java_text(v) for k, v in value.items()) + "}"
    return str(value)


def java_double_text(x):
    """Java's `Double.toString`: shortest digits, plain between 10^-3 and 10^7, else `d.dddE±n`."""
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    if x == 0:
        return "-0.0" if math.copysign(1.0, x) < 0 else "0.0"
    sign = "-" if x < 0 else ""
    digits_tuple = decimal.Decimal(repr(abs(x))).normalize().as_tuple()
    digits = "".join(map(str, digits_tuple.digits))
    exponent = len(digits) - 1 + digits_tuple.exponent  # of the first digit
    if -3 <= exponent < 7:
        if exponent >= 0:
            whole, fraction = digits[:exponent + 1].ljust(exponent + 1, "0"), digits[exponent + 1:]
        else:
            whole, fraction = "0", "0" * (-exponent - 1) + digits
        return sign + whole + "." + (fraction or "0")
    return sign + digits[0] + "." + (digits[1:] or "0") + "E" + str(exponent)
