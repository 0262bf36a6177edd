"""Issue 17's plugin figures: plugin start-up time, the round trip of an empty batch, a plugin scalar function's
throughput against the same built-in (a Python plugin and a Swift one), and a Python UDF over 1M rows against
PySpark local[2].

    .venv-pyspark/bin/python bench/plugins.py [--sparkbook .build/release/sparkbook] [--pyspark /work/pyspark-venv/bin/python]
                             [--plugin-python .venv-pyspark/bin/python] [--swift-plugin DIR] [--rows 1000000] [--runs 3]

The plugins are made in a temporary folder and given with `--plugins`: two Python plugins (`sparkbook_plugin.py`)
whose `plus_one` adds 1 with `pyarrow.compute` (so the figure is the protocol's cost, not Python's per-row loop),
one speaking protocol 2 with `maxBatchRows` 1,000,000 and one speaking protocol 1 with the default 10,000-row
batches (`plus_one_p1`); the Swift example plugin `plugins/examples/hashing` (built by its install.sh unless
`--swift-plugin` names an installed folder), whose `mix64(id)` is timed against the built-in `xxhash64(id)` (the
same shape: a 64-bit hash of each bigint); and a copy of `plugins/python` (the UDF worker) started by
`--plugin-python`. Times are taken inside the script (`time.perf_counter` around the action), so neither process
start-up nor session creation is counted, except where start-up is the figure. Prints one line per figure; the
best of `--runs` runs.
"""

import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PLUGIN = """
import pyarrow.compute as pc
from sparkbook_plugin import Plugin
plugin = Plugin("benchfn")

@plugin.function("plus_one")
def plus_one(x):
    return pc.add(x, 1)

plugin.run()
"""


def make_python_plugin(root, name, python, protocol, function, batch_rows=None):
    fn = os.path.join(root, name)
    os.makedirs(fn)
    manifest = {"name": name, "version": "1.0.0", "protocolVersion": protocol, "command": [python, "plugin.py"],
                "provides": {"functions": [{"name": function, "arguments": ["bigint"], "returns": "bigint"}]}}
    if batch_rows:
        manifest["maxBatchRows"] = batch_rows
    with open(os.path.join(fn, "plugin.json"), "w") as f:
        json.dump(manifest, f)
    with open(os.path.join(fn, "plugin.py"), "w") as f:
        f.write(PLUGIN.replace('"benchfn"', '"%s"' % name).replace('"plus_one"', '"%s"' % function))
    shutil.copy(os.path.join(ROOT, "plugins/python/sparkbook_plugin.py"), fn)
    return fn


def make_plugins(root, python, swift_plugin):
    fn = make_python_plugin(root, "benchfn", python, 2, "plus_one", batch_rows=1_000_000)
    make_python_plugin(root, "benchfn1", python, 1, "plus_one_p1")
    if swift_plugin:
        shutil.copytree(swift_plugin, os.path.join(root, "hashing"))
    else:
        subprocess.run([os.path.join(ROOT, "plugins/examples/hashing/install.sh"), os.path.join(root, "hashing")],
                       check=True, capture_output=True)
    worker = os.path.join(root, "python")
    shutil.copytree(os.path.join(ROOT, "plugins/python"), worker, ignore=shutil.ignore_patterns(".venv"))
    with open(os.path.join(worker, "plugin.json")) as f:
        manifest = json.load(f)
    manifest["command"], manifest["requires"] = [python, "worker.py"], [python]
    with open(os.path.join(worker, "plugin.json"), "w") as f:
        json.dump(manifest, f)
    return fn


def sparkbook_script(rows, runs):
    return f"""
import time
from pyspark.sql import SparkSession, functions as F
from pyspark.sql.functions import udf
spark = SparkSession.builder.getOrCreate()
def timed(label, action):
    best = None
    for _ in range({runs}):
        t = time.perf_counter()
        value = action()
        d = time.perf_counter() - t
        best = d if best is None or d < best else best
    print("RESULT", label, best)
    return value
one = spark.range(1)
t = time.perf_counter()
one.select(F.call_function("plus_one", F.col("id"))).collect()
print("RESULT first_call", time.perf_counter() - t)
timed("one_row_plugin", lambda: one.select(F.call_function("plus_one", F.col("id"))).collect())
timed("one_row_builtin", lambda: one.select(F.col("id") + 1).collect())
big = spark.range({rows})
# The plugins' sums must be the built-in's: a fast wrong answer is no figure.
p2 = timed("plugin_scalar", lambda: big.select(F.call_function("plus_one", F.col("id")).alias("x")).agg(F.sum("x")).collect())
p1 = timed("plugin_scalar_p1", lambda: big.select(F.call_function("plus_one_p1", F.col("id")).alias("x")).agg(F.sum("x")).collect())
b = timed("builtin_scalar", lambda: big.select((F.col("id") + 1).alias("x")).agg(F.sum("x")).collect())
assert p2 == b and p1 == b, (p2, p1, b)
# A hash's sum overflows a bigint: max and min still read every row.
timed("swift_scalar", lambda: big.select(F.call_function("mix64", F.col("id")).alias("x")).agg(F.max("x"), F.min("x")).collect())
timed("builtin_hash", lambda: big.select(F.xxhash64(F.col("id")).alias("x")).agg(F.max("x"), F.min("x")).collect())
times_two = udf(lambda x: x * 2 + 1, "bigint")
timed("python_udf", lambda: big.select(times_two(F.col("id")).alias("x")).agg(F.sum("x")).collect())
"""


def pyspark_script(rows, runs):
    return f"""
import time
from pyspark.sql import SparkSession, functions as F
from pyspark.sql.functions import udf
spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
         .config("spark.driver.host", "127.0.0.1").getOrCreate())
big = spark.range({rows})
times_two = udf(lambda x: x * 2 + 1, "bigint")
best = None
for _ in range({runs}):
    t = time.perf_counter()
    big.select(times_two(F.col("id")).alias("x")).agg(F.sum("x")).collect()
    d = time.perf_counter() - t
    best = d if best is None or d < best else best
print("RESULT pyspark_udf", best)
spark.stop()
"""


def results(text):
    return {line.split()[1]: float(line.split()[2]) for line in text.splitlines() if line.startswith("RESULT ")}


def protocol_round_trip(folder, python, runs=200):
    """The plugin's `ping` of an empty batch, timed from a client speaking the protocol as Sparkbook does."""
    sys.path.insert(0, folder)
    import pyarrow as pa
    from sparkbook_plugin import encode_batch
    empty = encode_batch(pa.record_batch([pa.array([], pa.int64())], names=["_0"]))
    t = time.perf_counter()
    process = subprocess.Popen([python, "plugin.py"], cwd=folder, stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def call(ident, method, params):
        process.stdin.write((json.dumps({"jsonrpc": "2.0", "id": ident, "method": method, "params": params}) + "\n").encode())
        process.stdin.flush()
        return json.loads(process.stdout.readline())

    call(0, "initialize", {"protocolVersion": 1, "sparkbookVersion": "bench"})
    start = time.perf_counter() - t
    times = []
    for i in range(runs):
        t = time.perf_counter()
        answer = call(i + 1, "ping", {"batch": empty})
        assert answer.get("result", {}).get("batch") == empty, answer
        times.append(time.perf_counter() - t)
    process.stdin.write(b'{"jsonrpc": "2.0", "method": "shutdown"}\n')
    process.stdin.close()
    process.wait()
    times.sort()
    return start, times[len(times) // 2]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sparkbook", default=os.path.join(ROOT, ".build/release/sparkbook"))
    parser.add_argument("--pyspark", default="/work/pyspark-venv/bin/python")
    parser.add_argument("--plugin-python", default=os.path.join(ROOT, ".venv-pyspark/bin/python"))
    parser.add_argument("--swift-plugin", help="an installed plugins/examples/hashing folder (default: build one)")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    python = os.path.abspath(args.plugin_python)
    root = tempfile.mkdtemp(prefix="sparkbook-bench-plugins-")
    try:
        fn = make_plugins(root, python, args.swift_plugin and os.path.abspath(args.swift_plugin))
        start, ping = protocol_round_trip(fn, python)
        script = os.path.join(root, "bench.py")
        with open(script, "w") as f:
            f.write(sparkbook_script(args.rows, args.runs))
        run = subprocess.run([args.sparkbook, "run", script, "--plugins", root], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit("sparkbook failed:\n" + run.stdout + run.stderr)
        sb = results(run.stdout)
        with open(os.path.join(root, "pyspark_bench.py"), "w") as f:
            f.write(pyspark_script(args.rows, args.runs))
        env = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1", PYSPARK_PYTHON=args.pyspark)
        ps = subprocess.run([args.pyspark, os.path.join(root, "pyspark_bench.py")], capture_output=True, text=True, env=env)
        if ps.returncode != 0:
            sys.exit("pyspark failed:\n" + ps.stderr[-3000:])
        py = results(ps.stdout)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    ms = lambda s: f"{s * 1000:8.1f} ms"
    print(f"plugin start-up (process + initialize, client)     {ms(start)}")
    print(f"first plugin call in a cell (start-up + 1 row)     {ms(sb['first_call'])}")
    print(f"empty-batch round trip (ping, median of 200)       {ping * 1e6:8.0f} us")
    print(f"1-row query: plugin function / built-in            {ms(sb['one_row_plugin'])} / {ms(sb['one_row_builtin'])}")
    ratio = lambda a, b: f"{ms(sb[a])} / {ms(sb[b])}  ({sb[a] / sb[b]:.1f}x)"
    print(f"{args.rows:,} rows: Python plugin plus_one (protocol 2) / built-in id+1        {ratio('plugin_scalar', 'builtin_scalar')}")
    print(f"{args.rows:,} rows: Python plugin plus_one (protocol 1, 10k) / built-in id+1   {ratio('plugin_scalar_p1', 'builtin_scalar')}")
    print(f"{args.rows:,} rows: Swift plugin mix64(id) / built-in xxhash64(id)          {ratio('swift_scalar', 'builtin_hash')}")
    print(f"{args.rows:,} rows: Swift plugin mix64(id) / built-in id+1                  {ratio('swift_scalar', 'builtin_scalar')}")
    print(f"{args.rows:,} rows Python UDF: Sparkbook / PySpark local[2]  {ms(sb['python_udf'])} / {ms(py['pyspark_udf'])}"
          f"  ({sb['python_udf'] / py['pyspark_udf']:.2f}x)")


if __name__ == "__main__":
    main()
