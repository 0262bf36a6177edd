"""Speaks the plugin protocol to the sqlite plugin's binary directly, as any client would, and reads its answer
with pyarrow: the stream its own Arrow writer made must be what pyarrow reads, fully validated, with the types
and values of shop.db's customers table (make_databases.py). Also times the start-up (process start to the
initialize answer) and the round trip of an empty read.
Usage: check_sqlite_arrow.py BINARY SHOP.db   (a Python with pyarrow)"""
import base64
import json
import subprocess
import sys
import time

import pyarrow as pa

binary, database = sys.argv[1:3]
started = time.perf_counter()
process = subprocess.Popen([binary], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def call(ident, method, params):
    process.stdin.write(json.dumps({"jsonrpc": "2.0", "id": ident, "method": method, "params": params}) + "\n")
    process.stdin.flush()
    return json.loads(process.stdout.readline())


hello = call(1, "initialize", {"protocolVersion": 1, "sparkbookVersion": "1"})
startup = time.perf_counter() - started
assert hello["result"] == {"name": "sqlite", "protocolVersion": 1, "version": "1.0.0"}, hello
answer = call(2, "dataSource.read", {"name": "sqlite", "paths": [database], "options": {"dbtable": "customers"}})
table = pa.ipc.open_stream(base64.b64decode(answer["result"]["batch"])).read_all()
table.validate(full=True)
expected_schema = pa.schema([("id", pa.int64()), ("name", pa.string()), ("vip", pa.bool_()), ("score", pa.float64()),
                             ("joined", pa.string()), ("photo", pa.binary())])
assert table.schema == expected_schema, table.schema
assert table.to_pydict() == {
    "id": [1, 2, 3, 4], "name": ["Ana", "Bo", None, "Zoë"], "vip": [True, False, None, True],
    "score": [4.5, None, 3.0, -0.25], "joined": ["2024-01-03", "2024-02-11", None, "2024-03-30"],
    "photo": [b"\x89PNG", None, b"", b"\x00\xff"]}, table.to_pydict()
missing = call(3, "dataSource.read", {"name": "sqlite", "paths": [database], "options": {"dbtable": "nope"}})
assert missing["error"]["code"] == -32000 and "has no table nope" in missing["error"]["message"], missing
assert call(4, "no.such", {})["error"]["code"] == -32601
best = None
for i in range(20):
    t = time.perf_counter()
    empty = call(10 + i, "dataSource.read", {"name": "sqlite", "paths": [database], "options": {"query": "SELECT 1 AS x WHERE 0"}})
    best = min(best or 1e9, time.perf_counter() - t)
assert pa.ipc.open_stream(base64.b64decode(empty["result"]["batch"])).read_all().num_rows == 0
process.stdin.write(json.dumps({"jsonrpc": "2.0", "method": "shutdown"}) + "\n")
process.stdin.flush()
process.wait(timeout=10)
print("      pyarrow reads the plugin's stream (customers: 4 rows, 6 types, nulls); start-up %.1f ms, an empty read's round trip %.2f ms"
      % (startup * 1000, best * 1000))
