"""The generators: same seed, same bytes; the columns hold what db-benchmark's description says; J1's keys split as
described (shared, left-only, right-only). Tiny tables, so this runs in a second."""
import csv
import os

import numpy as np
import pytest

from bench.dbbench import datagen


def read(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def column(rows, header, name):
    return [r[header.index(name)] for r in rows]


def test_same_seed_same_bytes_and_another_seed_differs(tmp_path):
    a, b, c = (str(tmp_path / n / "g.csv") for n in "abc")
    datagen.write_groupby(a, 3000)
    datagen.write_groupby(b, 3000)
    datagen.write_groupby(c, 3000, seed=7)
    assert open(a, "rb").read() == open(b, "rb").read()
    assert open(a, "rb").read() != open(c, "rb").read()


def test_groupby_columns_follow_the_description(tmp_path, monkeypatch):
    monkeypatch.setattr(datagen, "CHUNK", 700)  # several chunks
    path = str(tmp_path / "g.csv")
    datagen.write_groupby(path, 5000, k=100)
    header, rows = read(path)
    assert header == ["id1", "id2", "id3", "id4", "id5", "id6", "v1", "v2", "v3"]
    assert len(rows) == 5000 and all(len(r) == 9 for r in rows)
    for name in ("id1", "id2"):
        assert {v for v in column(rows, header, name)} <= {f"id{i:03d}" for i in range(1, 101)}
    assert {v for v in column(rows, header, "id3")} <= {f"id{i:010d}" for i in range(1, 51)}
    for name, top in (("id4", 100), ("id5", 100), ("id6", 50), ("v1", 5), ("v2", 15)):
        values = [int(v) for v in column(rows, header, name)]
        assert min(values) >= 1 and max(values) <= top
        assert len(set(values)) == top  # 5000 draws reach every value
    for text in column(rows, header, "v3"):
        value = float(text)
        assert 0 <= value <= 100
        whole, _, fraction = text.partition(".")
        assert whole == str(int(whole)) and len(fraction) <= 6 and not fraction.endswith("0")
    assert not os.path.exists(path + ".tmp")


def test_number_text_is_shortest_decimal():
    assert datagen.digits(np.array([0, 7, 42, 100]), 3).tobytes().replace(b"\0", b"") == b"0" + b"7" + b"42" + b"100"
    assert datagen.digits(np.array([12345678]), 8).tobytes() == b"12345678"
    assert datagen.digits(np.array([5]), 10, zero_pad=True).tobytes() == b"0000000005"
    texts = [row.tobytes().replace(b"\0", b"").decode()
             for row in datagen.decimal6(np.array([0, 1, 5_100_000, 23_574_912, 100_000_000]))]
    assert texts == ["0", "0.000001", "5.1", "23.574912", "100"]


def test_file_names_are_db_benchmarks():
    assert datagen.groupby_name(10**7) == "G1_1e7_1e2_0_0.csv"
    assert datagen.groupby_name(10**8) == "G1_1e8_1e2_0_0.csv"
    assert datagen.join_names(10**7) == ["J1_1e7_NA_0_0.csv", "J1_1e7_1e1_0_0.csv", "J1_1e7_1e4_0_0.csv",
                                         "J1_1e7_1e7_0_0.csv"]


@pytest.fixture
def join_tables(tmp_path):
    paths = datagen.write_join(str(tmp_path), 10_000, divisors=(1000, 100, 1))
    return [read(p) for p in paths], paths


def test_join_is_deterministic(tmp_path, join_tables):
    _, paths = join_tables
    again = datagen.write_join(str(tmp_path / "again"), 10_000, divisors=(1000, 100, 1))
    for first, second in zip(paths, again):
        assert open(first, "rb").read() == open(second, "rb").read()


def test_join_keys_split_as_described(join_tables):
    (x_header, x), (s_header, small), (m_header, medium), (b_header, big) = join_tables[0]
    assert x_header == ["id1", "id2", "id3", "id4", "id5", "id6", "v1"]
    assert s_header == ["id1", "id4", "v2"] and m_header == ["id1", "id2", "id4", "id5", "v2"]
    assert b_header == ["id1", "id2", "id3", "id4", "id5", "id6", "v2"]
    assert (len(x), len(small), len(medium), len(big)) == (10_000, 10, 100, 10_000)
    # keys unique on the side db-benchmark joins them: small.id1, medium.id2, big.id3; x.id3 too
    for rows, header, name in ((small, s_header, "id1"), (medium, m_header, "id2"), (big, b_header, "id3"),
                               (x, x_header, "id3")):
        keys = column(rows, header, name)
        assert len(set(keys)) == len(keys)
    # each key set: 0.9n shared, 0.1n left only, 0.1n right only, all of 1..1.1n
    for name, n, right, right_header in (("id1", 10, big, b_header), ("id2", 100, big, b_header),
                                         ("id3", 10_000, big, b_header)):
        left_keys = {int(v) for v in column(x, x_header, name)}
        right_keys = {int(v) for v in column(right, right_header, name)}
        assert len(left_keys) == n and len(right_keys) == n
        assert len(left_keys & right_keys) == n * 9 // 10
        assert left_keys | right_keys == set(range(1, n * 11 // 10 + 1))
    # the id-prefixed copies
    for rows, header in ((x, x_header), (big, b_header)):
        for plain, named in (("id1", "id4"), ("id2", "id5"), ("id3", "id6")):
            assert all(r[header.index(named)] == "id" + r[header.index(plain)] for r in rows)
