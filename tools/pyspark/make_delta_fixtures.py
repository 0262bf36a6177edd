"""Writes tests/fixtures/delta/ with pip's `deltalake` (delta-rs): a partitioned table with a Parquet checkpoint at
version 3 whose earlier commits are deleted, as log cleanup leaves it, so reading it needs the checkpoint.

Run: /path/to/python-with-deltalake tools/pyspark/make_delta_fixtures.py
"""
import os, shutil

import pyarrow as pa
from deltalake import DeltaTable, write_deltalake

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
table = os.path.join(ROOT, "tests", "fixtures", "delta", "checkpointed")
shutil.rmtree(table, ignore_errors=True)
for i in range(3):
    write_deltalake(table, pa.table({"id": pa.array([i, i + 10], pa.int64()), "c": ["a", "b"]}), mode="append", partition_by=["c"])
write_deltalake(table, pa.table({"id": pa.array([99], pa.int64()), "c": ["a"]}), mode="overwrite", partition_by=["c"])
DeltaTable(table).create_checkpoint()
write_deltalake(table, pa.table({"id": pa.array([100], pa.int64()), "c": ["b"]}), mode="append", partition_by=["c"])
for version in range(3):
    os.remove(os.path.join(table, "_delta_log", f"{version:020d}.json"))
# Data files no live version names (they were overwritten) are left out to keep the fixture small.
live = set(DeltaTable(table).file_uris())
live = {os.path.relpath(uri.removeprefix("file://"), table) for uri in live}
for folder, _, names in os.walk(table):
    for name in names:
        path = os.path.relpath(os.path.join(folder, name), table)
        if name.endswith(".parquet") and not path.startswith("_delta_log") and path not in live:
            os.remove(os.path.join(table, path))
print(sorted(live))
