"""The Python worker's results as Spark keeps a pickled UDF's values (plugins/python/results.py)."""

import datetime
import decimal
import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from results import as_declared, java_double_text  # noqa: E402


@pytest.mark.parametrize("value, expected", [
    (1.0, "1.0"), (0.001, "0.001"), (0.0001, "1.0E-4"), (1e7, "1.0E7"), (1234567.0, "1234567.0"),
    (123.456, "123.456"), (-2.5e-10, "-2.5E-10"), (1e21, "1.0E21"), (100.0, "100.0"), (-0.0, "-0.0"),
    (float("nan"), "NaN"), (float("-inf"), "-Infinity"),
])
def test_doubles_read_as_java_writes_them(value, expected):
    assert java_double_text(value) == expected


def test_a_value_the_declared_type_does_not_take_is_null():
    assert as_declared("text", "int") is None
    assert as_declared(1.5, "bigint") is None
    assert as_declared(True, "int") is None
    assert as_declared(3, "double") is None          # PySpark's well-known gotcha: an int for DoubleType is NULL
    assert as_declared(1, "boolean") is None
    assert as_declared(2 ** 70, "bigint") is None    # a BigInteger fits no integral type
    assert as_declared(1.5, "decimal(10,2)") is None


def test_integers_narrow_as_java_does():
    assert as_declared(2 ** 31, "int") == -2 ** 31
    assert as_declared(2 ** 40, "int") == 0
    assert as_declared(300, "tinyint") == 44
    assert as_declared(-1, "smallint") == -1
    assert as_declared(7, "bigint") == 7


def test_anything_declared_string_is_its_java_text():
    assert as_declared("s", "string") == "s"
    assert as_declared(5, "string") == "5"
    assert as_declared(False, "string") == "false"
    assert as_declared(2.0, "string") == "2.0"
    assert as_declared([1, "a", None], "string") == "[1, a, null]"
    assert as_declared({"k": 1}, "string") == "{k=1}"


def test_dates_and_binary():
    assert as_declared(datetime.datetime(2024, 5, 1, 12), "date") == datetime.date(2024, 5, 1)
    with pytest.raises(AttributeError):
        as_declared("2024-05-01", "date")
    assert as_declared("é", "binary") == "é".encode()
    assert as_declared(decimal.Decimal("1.25"), "decimal(10,2)") == decimal.Decimal("1.25")
