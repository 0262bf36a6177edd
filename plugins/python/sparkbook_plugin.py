"""A small library for writing Sparkbook plugins in Python (see docs/PLUGINS.md).

A plugin is a process that reads JSON-RPC 2.0 requests, one per line, on stdin and writes one answer per line
on stdout. Record batches travel as Arrow IPC streams: in protocol 1 base64-encoded in the message's "batch"
field, in protocol 2 (a manifest's "protocolVersion": 2) as raw bytes right after the message's line, which says
how many ("batchBytes"). This library speaks both, as the handshake asks, so a function receives pyarrow arrays
and returns one either way. While the plugin runs, `print` goes to stderr (Sparkbook's log of the plugin):
stdout carries the protocol only.

    from sparkbook_plugin import Plugin
    plugin = Plugin("strings")

    @plugin.function("py_upper")
    def py_upper(s):                    # s: a pyarrow array; return an array or a list of values
        return [None if v is None else v.upper() for v in s.to_pylist()]

    plugin.run()
"""

import base64
import json
import sys
import traceback

PROTOCOL_VERSION = 2
"""The newest protocol this library speaks; it answers `initialize` with the version Sparkbook asks for (the
manifest's) when it speaks that one too."""
PROTOCOL_VERSIONS = (1, 2)

try:
    import pyarrow as pa
except ImportError:  # the protocol still works for plugins that move no batches
    pa = None

_SPARK_TO_ARROW = {
    "string": "string", "bigint": "int64", "int": "int32", "integer": "int32", "smallint": "int16",
    "tinyint": "int8", "double": "float64", "float": "float32", "boolean": "bool_", "binary": "binary",
    "date": "date32", "void": "null",
}


def arrow_type(spark_type):
    """The pyarrow type Sparkbook expects for a Spark type name (`string`, `bigint`, ...)."""
    name = _SPARK_TO_ARROW.get(spark_type)
    if name is None:
        if spark_type.startswith("decimal("):
            p, s = spark_type[len("decimal("):-1].split(",")
            return pa.decimal128(int(p), int(s))
        if spark_type == "timestamp":
            return pa.timestamp("us", tz="UTC")
        if spark_type == "timestamp_ntz":
            return pa.timestamp("us")
        raise TypeError("no Arrow type for Spark type " + spark_type)
    return getattr(pa, name)()


def decode_batch(batch):
    """A pyarrow Table from a message's batch: the raw Arrow IPC stream (protocol 2) or its base64 text (1)."""
    if isinstance(batch, str):
        batch = base64.b64decode(batch)
    return pa.ipc.open_stream(batch).read_all()


def stream_bytes(table):
    """The Arrow IPC stream of a pyarrow Table or RecordBatch, as a pyarrow Buffer (no copy to Python bytes)."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        if isinstance(table, pa.Table):
            writer.write_table(table)
        else:
            writer.write_batch(table)
    return sink.getvalue()


def encode_batch(table):
    """The base64 Arrow IPC stream of a pyarrow Table or RecordBatch (protocol 1's "batch" text). A handler may
    answer this in either protocol; answering `stream_bytes(table)` lets protocol 2 send it without base64."""
    return base64.b64encode(stream_bytes(table).to_pybytes()).decode("ascii")


class PluginError(Exception):
    """An error to answer with a JSON-RPC error (its message shown in the failing cell); `details` replaces the
    plugin's own traceback (the Python worker shows the UDF's frames only)."""

    def __init__(self, message, details=None):
        super().__init__(message)
        self.details = details


class Plugin:
    def __init__(self, name, version="0.1.0"):
        self.name = name
        self.version = version
        self.functions = {}
        self.aggregates = {}
        self.sources = {}
        self.magics = {}
        self.renderers = {}
        self.methods = {}
        self.protocol = 1

    def function(self, name):
        """Registers `f(*arrays)` as the scalar function `name` (declare it in plugin.json too)."""
        def register(f):
            self.functions[name.lower()] = f
            return f
        return register

    def aggregate(self, name):
        """Registers `f(values)` as the aggregate `name` (declare it under "aggregates" in plugin.json): called once
        per group with a pyarrow array of the group's non-null values, it returns the group's value."""
        def register(f):
            self.aggregates[name.lower()] = f
            return f
        return register

    def data_source(self, name):
        """Registers `f(paths, options, schema)` returning a pyarrow Table as the data source `name`."""
        def register(f):
            self.sources[name.lower()] = f
            return f
        return register

    def magic(self, name):
        """Registers `f(arguments, text)` returning text to print (or a dict: stdout, result) as `%%name`."""
        def register(f):
            self.magics[name.lower()] = f
            return f
        return register

    def renderer(self, *kinds):
        """Registers `f(table, kind, options)` as what draws `display(df, kind=K, ...)` for each K of `kinds`
        (declare them under "displayKinds" in plugin.json). `table` is a pyarrow Table of the DataFrame's first rows,
        `options` the call's other keyword arguments; it returns a mime bundle: a dict with "text/plain" (what a
        terminal shows) and richer forms ("image/svg+xml", "text/html")."""
        def register(f):
            for kind in kinds:
                self.renderers[kind.lower()] = f
            return f
        return register

    def method(self, name):
        """Registers a handler `f(params) -> dict` for a JSON-RPC method (it takes over a built-in one)."""
        def register(f):
            self.methods[name] = f
            return f
        return register

    # The protocol.

    def handle(self, method, params):
        if method in self.methods:
            return self.methods[method](params)
        if method == "initialize":
            asked = params.get("protocolVersion", 1)
            self.protocol = asked if asked in PROTOCOL_VERSIONS else PROTOCOL_VERSION
            return {"name": self.name, "version": self.version, "protocolVersion": self.protocol}
        if method == "ping":
            return {"batch": params["batch"]}
        if method == "function.call":
            f = self.functions.get(params["name"].lower())
            if f is None:
                raise PluginError("no function " + params["name"])
            table = decode_batch(params["batch"])
            return _column(f(*table.columns), params)
        if method == "aggregate.call":
            f = self.aggregates.get(params["name"].lower())
            if f is None:
                raise PluginError("no aggregate " + params["name"])
            groups = decode_batch(params["batch"]).column(0)
            return _column([f(group.values) for chunk in groups.chunks for group in chunk], params)
        if method == "dataSource.read":
            f = self.sources.get(params["name"].lower())
            if f is None:
                raise PluginError("no data source " + params["name"])
            return {"batch": stream_bytes(f(params.get("paths", []), params.get("options", {}), params.get("schema")))}
        if method == "magic.run":
            f = self.magics.get(params["name"].lower())
            if f is None:
                raise PluginError("no magic " + params["name"])
            answer = f(params.get("arguments", ""), params.get("text", ""))
            return answer if isinstance(answer, dict) else {"stdout": str(answer)}
        if method == "display.render":
            f = self.renderers.get(params["kind"].lower())
            if f is None:
                raise PluginError("no display kind " + params["kind"])
            bundle = f(decode_batch(params["batch"]), params["kind"].lower(), params.get("options", {}))
            if not isinstance(bundle, dict) or not isinstance(bundle.get("text/plain"), str):
                raise PluginError("the renderer of kind %s answered no dict with a text/plain string" % params["kind"])
            return {"result": bundle}
        raise LookupError(method)

    def run(self):
        source, out = sys.stdin.buffer, sys.stdout.buffer
        sys.stdout = sys.stderr  # prints are the plugin's log, never the protocol
        while True:
            line = source.readline()
            if not line:
                return
            if not line.strip():
                continue
            try:
                request = json.loads(line)
            except ValueError:
                continue
            method, ident = request.get("method"), request.get("id")
            params = request.get("params") or {}
            # Protocol 2: the batch's raw bytes follow the line; they are read even for a request left unanswered,
            # so the next line is a message.
            if isinstance(params, dict) and isinstance(params.get("batchBytes"), int):
                params["batch"] = source.read(params.pop("batchBytes"))
            if ident is None:
                if method == "shutdown":
                    return
                continue
            try:
                answer = {"jsonrpc": "2.0", "id": ident, "result": self.handle(method, params)}
            except LookupError as error:
                if str(error) != method:
                    answer = _error(ident, -32000, error)
                else:
                    answer = {"jsonrpc": "2.0", "id": ident, "error": {"code": -32601, "message": "no method " + method}}
            except Exception as error:  # the call fails, the plugin stays
                answer = _error(ident, -32000, error)
            self._send(out, answer)
            out.flush()

    def _send(self, out, answer):
        """Writes an answer: its batch (raw bytes) after the line in protocol 2, as base64 text in protocol 1."""
        result = answer.get("result")
        batch = result.get("batch") if isinstance(result, dict) else None
        if batch is not None and not isinstance(batch, str):  # bytes, or a pyarrow Buffer
            result = dict(result)
            del result["batch"]
            if self.protocol >= 2:
                result["batchBytes"] = memoryview(batch).nbytes
                out.write(json.dumps(dict(answer, result=result)).encode("utf-8") + b"\n")
                out.write(batch)
                return
            result["batch"] = base64.b64encode(batch).decode("ascii")
            answer = dict(answer, result=result)
        out.write(json.dumps(answer).encode("utf-8") + b"\n")


def _column(result, params):
    """The answer of a call: its result (an array, or values) as one column of the declared return type."""
    target = arrow_type(params["returnType"]) if pa is not None and "returnType" in params else None
    if isinstance(result, pa.ChunkedArray):
        result = result.combine_chunks()
    if not isinstance(result, pa.Array):
        result = pa.array(list(result), type=target)
    elif target is not None and result.type != target:
        result = result.cast(target)
    return {"batch": stream_bytes(pa.record_batch([result], names=["result"]))}


def _error(ident, code, error):
    """A failed call's answer. A `PluginError` is the plugin's own word to the user: its message, with only the
    details it gives; any other exception is a bug in the plugin, sent with its traceback."""
    if isinstance(error, PluginError):
        message, data = str(error), {"traceback": error.details} if error.details else {}
    else:
        message, data = "%s: %s" % (type(error).__name__, error), {"traceback": traceback.format_exc()}
    return {"jsonrpc": "2.0", "id": ident, "error": {"code": code, "message": message, "data": data}}
