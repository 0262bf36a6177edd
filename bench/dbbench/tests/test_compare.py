"""Answers agree when the row counts are equal and every check sum is within 1e-9 relative, whatever engine printed."""
from bench.dbbench.compare import disagreement, parse


def test_parses_each_engines_line():
    assert parse("dbbench:,100,301234,5.25") == (100, [301234.0, 5.25])          # DuckDB shell, -csv
    assert parse("progress\ndbbench: 100 301234 5.25\n") == (100, [301234.0, 5.25])  # Sparkbook, Polars
    assert parse("dbbench: 3 None NULL") == (3, [None, None])


def test_counts_must_be_exact_and_sums_close():
    assert disagreement((10, [1.0, 2e9]), (10, [1.0, 2e9 * (1 + 5e-10)])) is None
    assert "check sum 2" in disagreement((10, [1.0, 2e9]), (10, [1.0, 2e9 * (1 + 5e-9)]))
    assert "row counts" in disagreement((10, [1.0]), (11, [1.0]))
    assert disagreement((1, [None]), (1, [None])) is None
    assert disagreement((1, [None]), (1, [0.0])) is not None
    assert disagreement((1, [float("nan")]), (1, [float("nan")])) is None


def test_a_missing_answer_line_is_an_error():
    try:
        parse("Traceback ...")
    except ValueError as problem:
        assert "dbbench:" in str(problem)
    else:
        raise AssertionError("expected ValueError")
