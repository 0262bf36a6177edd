"""The fifteen questions, the filter that picks some, and the three programs each becomes."""
import pytest

from bench.dbbench import questions


def test_fifteen_questions_with_db_benchmarks_checks():
    keys = [f"groupby-q{i}" for i in range(1, 11)] + [f"join-q{i}" for i in range(1, 6)]
    assert [q.key for q in questions.ALL] == keys
    assert questions.ALL[9].checks == ("v3", "count")
    assert all(q.checks == ("v1", "v2") for q in questions.JOIN)


def test_filter():
    assert [q.key for q in questions.select("groupby-q10,join-q3")] == ["groupby-q10", "join-q3"]
    assert len(questions.select("join")) == 5 and len(questions.select("all")) == 15
    with pytest.raises(SystemExit):
        questions.select("q11")


def test_programs_read_the_given_files_and_print_the_checks():
    q = questions.select("join-q3")[0]
    paths = {"x": "/d/x.csv", "medium": "/d/m.csv"}
    spark = questions.sparkbook_script(q, paths)
    assert 'x_path = "/d/x.csv"' in spark and 'ans = x.join(medium, "id2", "left")' in spark
    assert 'F.sum("v1"), F.sum("v2")' in spark
    sql = questions.duckdb_script(q, paths)
    assert "LEFT JOIN medium USING (id2)" in sql and "read_csv('/d/m.csv'" in sql
    assert 'how="left"' in questions.polars_script(q, paths)


def test_every_engine_materialises_the_answer_before_its_checks():
    q = questions.select("join-q1")[0]
    paths = {"x": "/d/x.csv", "small": "/d/s.csv"}
    spark = questions.sparkbook_script(q, paths)
    assert spark.index("ans = ans.cache()") < spark.index("chk = ans.agg(")
    assert "CREATE TEMP TABLE ans AS" in questions.duckdb_script(q, paths)
    assert ").collect()" in questions.polars_script(q, paths)
