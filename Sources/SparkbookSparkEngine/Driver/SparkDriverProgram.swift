/// The driver program `--engine spark` runs on the installation's Python, shipped inside the binary so nothing
/// has to be installed beside Sparkbook. It speaks JSON lines: commands on stdin, messages on file descriptor 3
/// (`DriverCommand`, `DriverMessage`); cells run with `exec` in one namespace, with `display()` and a `spark`
/// that starts on first use. `SparkDriverProgramTests` checks that it compiles.
public enum SparkDriverProgram {
    public static let source = #"""
"""Sparkbook's PySpark driver: runs notebook cells in one namespace on real Spark.

Commands arrive as JSON lines on stdin; messages go back as JSON lines on file descriptor 3, never on the
cell's stdout, which is captured per cell and streamed back line by line as it is printed.
"""
import ast
import json
import linecache
import os
import queue
import sys
import threading
import traceback

_channel = os.fdopen(int(os.environ.get("SPARKBOOK_CHANNEL_FD", "3")), "w", buffering=1, encoding="utf-8", closefd=False)
_channel_lock = threading.Lock()


def _send(message):
    line = json.dumps(message, ensure_ascii=False)
    with _channel_lock:
        _channel.write(line + "\n")
        _channel.flush()


class _CellStream:
    """sys.stdout / sys.stderr during a cell: whole lines go back as they are printed, the rest at the end."""

    def __init__(self, name):
        self.name = name
        self.pending = ""

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not " + type(text).__name__)
        self.pending += text
        cut = self.pending.rfind("\n")
        if cut >= 0:
            _send({"type": "stream", "name": self.name, "text": self.pending[:cut + 1]})
            self.pending = self.pending[cut + 1:]
        return len(text)

    def flush(self):
        if self.pending:
            _send({"type": "stream", "name": self.name, "text": self.pending})
            self.pending = ""

    def isatty(self):
        return False

    def writable(self):
        return True

    @property
    def encoding(self):
        return "utf-8"


_NUMERIC_TYPES = ("ByteType", "ShortType", "IntegerType", "LongType", "FloatType", "DoubleType", "DecimalType")
_MAX_DISPLAY_ROWS = 1000


def _is_dataframe(value):
    return type(value).__name__ == "DataFrame" and hasattr(value, "schema") and hasattr(value, "columns")


def _display_rows(df):
    """Up to 1001 rows as show() prints each value (None for NULL): Spark's own getRows when the JVM is here."""
    jdf = getattr(df, "_jdf", None)
    if jdf is not None:
        from pyspark.serializers import BatchedSerializer, CPickleSerializer
        from pyspark.util import _load_from_socket
        sock_info = jdf.getRowsToPython(_MAX_DISPLAY_ROWS, 0)
        with _load_from_socket(sock_info, BatchedSerializer(CPickleSerializer())) as stream:
            rows = list(stream)[1:]
        return [[None if cell == "NULL" else cell for cell in row] for row in rows]
    from pyspark.sql import functions as F
    texts = df.select([F.col("`" + c.replace("`", "``") + "`").cast("string") for c in df.columns])
    return [[None if cell is None else cell for cell in row] for row in texts.limit(_MAX_DISPLAY_ROWS + 1).collect()]


def display(value=None, *args, **kwargs):
    """Databricks' display(): a DataFrame as a table (Sparkbook renders text and HTML), anything else as its repr."""
    if type(value).__name__ == "GroupedData":
        raise TypeError("display() needs a DataFrame; call agg(...) or count() on the GroupedData first")
    if not _is_dataframe(value):
        _send({"type": "display", "plain": repr(value)})
        return
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, _CellStream):
            stream.flush()
    _note_order(value)
    rows = _display_rows(value)
    total = None
    if len(rows) > _MAX_DISPLAY_ROWS:
        rows = rows[:_MAX_DISPLAY_ROWS]
        total = value.count()
    numeric = [type(field.dataType).__name__ in _NUMERIC_TYPES for field in value.schema.fields]
    _send({"type": "display", "table": {"columns": list(value.columns), "rows": rows, "numeric": numeric,
                                        "total": total}})


class _LazySpark:
    """`spark` before a cell builds one: the first use gets or creates the session, so a builder cell's own
    configuration still reaches the session it starts."""

    def __getattr__(self, name):
        from pyspark.sql import SparkSession
        session = SparkSession.builder.getOrCreate()
        _namespace["spark"] = session
        return getattr(session, name)

    def __repr__(self):
        return "<SparkSession (not started yet)>"


def _fresh_namespace():
    return {"__name__": "__main__", "__builtins__": __builtins__, "display": display, "spark": _LazySpark()}


_namespace = _fresh_namespace()

# One driver for many notebooks (`sparkbook engine compare`): `reset` gives the next notebook a fresh namespace;
# its first getOrCreate gets a fresh session (own SQL settings, temp views) on the running SparkContext, or a new
# context when its builder asks for settings a running context cannot take (dynamic allocation, a warehouse):
# each notebook runs as if it had the driver to itself, and only the JVM is shared.
_FORCED_MASTER = os.environ.get("SPARKBOOK_FORCE_MASTER") or None
_TIME_SCALE = float(os.environ.get("SPARKBOOK_TIME_SCALE") or "1")
# The timeouts `--time-scale` multiplies, with Spark's defaults (as the embedded engine's allocation policy and
# context cleaner scale them); infinite ones stay infinite.
_SCALED_DEFAULTS = {
    "spark.dynamicAllocation.schedulerBacklogTimeout": "1s",
    "spark.dynamicAllocation.sustainedSchedulerBacklogTimeout": None,
    "spark.dynamicAllocation.executorIdleTimeout": "60s",
    "spark.dynamicAllocation.cachedExecutorIdleTimeout": None,
    "spark.dynamicAllocation.shuffleTracking.timeout": None,
    "spark.cleaner.periodicGC.interval": "30min",
}
_COSMETIC_KEYS = ("spark.app.name", "spark.master", "spark.ui.enabled")
_reuse = {"first_session": True, "context_options": None}
_TIME_UNITS = {"us": 1e-6, "ms": 1e-3, "s": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}


def _scaled_duration(text):
    """`60s` times the scale, in whole seconds and at least one: Spark reads these keys with getTimeAsSeconds (a
    bare number is seconds, `100ms` is 0) and refuses a backlog timeout of 0."""
    import re
    match = re.fullmatch(r"\s*([0-9.]+)\s*([a-z]*)\s*", str(text).lower())
    if not match or match.group(2) not in _TIME_UNITS and match.group(2) != "":
        return text
    seconds = float(match.group(1)) * _TIME_UNITS.get(match.group(2) or "s", 1)
    return "%ds" % max(1, round(seconds * _TIME_SCALE))


def _submitted_conf():
    """The `--conf` layer, as PYSPARK_SUBMIT_ARGS carries it to the JVM."""
    import shlex
    words = shlex.split(os.environ.get("PYSPARK_SUBMIT_ARGS", ""))
    pairs = [words[i + 1].split("=", 1) for i in range(len(words) - 1) if words[i] == "--conf" and "=" in words[i + 1]]
    return dict(pairs)


def _adjust_options(options):
    """The suite's master over the notebook's, and the timeouts at the time scale (for a new context)."""
    if _FORCED_MASTER is not None:
        options["spark.master"] = _FORCED_MASTER
    if _TIME_SCALE != 1:
        submitted = _submitted_conf()
        for key, default in _SCALED_DEFAULTS.items():
            value = options.get(key, submitted.get(key, default))
            if value is not None and str(value).lower() not in ("infinity", "inf"):
                options[key] = _scaled_duration(value)


def _fixed_options(session, options):
    """The options a running session cannot change (they need a new context), cosmetic ones left out."""
    fixed = {}
    for key, value in options.items():
        if key in _COSMETIC_KEYS:
            continue
        try:
            modifiable = session.conf.isModifiable(key)
        except Exception:
            modifiable = False
        if not modifiable:
            fixed[key] = str(value)
    return fixed


def _install_session_hooks():
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        return
    builder_class = type(SparkSession.builder)
    original = builder_class.getOrCreate

    def getOrCreate(self):
        _adjust_options(self._options)
        current = SparkSession._instantiatedSession
        running = current is not None and current._sc._jsc is not None
        first = _reuse["first_session"]
        _reuse["first_session"] = False
        if running and first:
            if _fixed_options(current, self._options) != _reuse["context_options"]:
                current.stop()
                running = False
            else:
                current.catalog.clearCache()
                fresh = current.newSession()
                SparkSession._instantiatedSession = fresh
                SparkSession._activeSession = fresh
                fresh._jvm.SparkSession.setDefaultSession(fresh._jsparkSession)
                fresh._jvm.SparkSession.setActiveSession(fresh._jsparkSession)
        if not running:
            _note_baseline_properties()
            session = original(self)
            _reuse["context_options"] = _fixed_options(session, self._options)
            return session
        return original(self)

    builder_class.getOrCreate = getOrCreate


def _install_order_notes():
    """Before show() prints, says whether Spark defines the rows' order (the query ends in a sort, or is one
    row), so a comparison with another engine knows where order counts."""
    try:
        from pyspark.sql.classic.dataframe import DataFrame
    except ImportError:
        return
    original = DataFrame.show

    def show(self, *args, **kwargs):
        _note_order(self)
        return original(self, *args, **kwargs)

    DataFrame.show = show


def _defines_order(df):
    try:
        node = df._jdf.queryExecution().analyzed()
        while True:
            name = node.getClass().getSimpleName()
            if name == "Sort":
                return True
            if name in ("Project", "GlobalLimit", "LocalLimit", "Offset", "SubqueryAlias", "Filter") and node.children().size() == 1:
                node = node.children().head()
                continue
            return name in ("OneRowRelation",)
    except Exception:
        return True


def _note_order(df):
    if not _reuse.get("note_order"):
        return
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, _CellStream):
            stream.flush()
    _send({"type": "order", "ordered": _defines_order(df)})


def _reset(command):
    """A fresh namespace for the next notebook; its first getOrCreate decides about the session."""
    global _namespace
    _namespace = _fresh_namespace()
    _reuse["first_session"] = True
    _reuse["note_order"] = bool(command.get("note_order"))
    if command.get("new_context"):
        _stop_spark_context()
    _restore_baseline_properties()
    _send({"type": "reset"})


def _jvm():
    try:
        from pyspark import SparkContext
        return SparkContext._jvm
    except Exception:
        return None


def _note_baseline_properties():
    """The JVM's spark.* system properties before any notebook's session (the --conf layer lives there)."""
    if _reuse.get("baseline") is not None:
        return
    from pyspark import SparkContext
    SparkContext._ensure_initialized()
    system = SparkContext._jvm.System
    _reuse["baseline"] = {key: system.getProperty(key) for key in system.getProperties().stringPropertyNames()
                          if key.startswith("spark.")}


def _restore_baseline_properties():
    """A session leaves its builder's options in the JVM's system properties, where the next SparkConf() reads
    them (real PySpark does so within one process): the next notebook, a process of its own for a user, must
    not inherit them."""
    baseline, jvm = _reuse.get("baseline"), _jvm()
    if baseline is None or jvm is None:
        return
    system = jvm.System
    for key in list(system.getProperties().stringPropertyNames()):
        if key.startswith("spark.") and key not in baseline:
            system.clearProperty(key)
    for key, value in baseline.items():
        system.setProperty(key, value)


def _stop_spark_context():
    from pyspark.sql import SparkSession
    session = SparkSession._instantiatedSession
    if session is not None:
        try:
            session.stop()
        except Exception:
            pass


def _cancel():
    """Ctrl-C in the REPL: cancel every running job; the session stays."""
    session = _namespace.get("spark")
    try:
        from pyspark import SparkContext
        context = SparkContext._active_spark_context
        if context is not None:
            context.cancelAllJobs()
        elif session is not None and hasattr(session, "interruptAll") and not isinstance(session, _LazySpark):
            session.interruptAll()
    except Exception as error:  # the cell's own error says what happened
        print("sparkbook driver: cancel failed: %s" % error, file=sys.__stderr__)


def _error_message(error, filename):
    """The error as Jupyter records it: ename, evalue and the traceback lines, frames of the driver left out."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == filename]
    lines = ["Traceback (most recent call last):"] if frames else []
    for text in traceback.format_list(frames):
        lines.extend(text.rstrip("\n").split("\n"))
    if isinstance(error, SyntaxError) and error.filename == filename:
        lines = traceback.format_exception_only(type(error), error)
        lines = [part for text in lines for part in text.rstrip("\n").split("\n")]
    else:
        lines.extend(("%s: %s" % (type(error).__name__, error)).split("\n") if str(error) else [type(error).__name__])
    while lines and not lines[-1]:
        lines.pop()
    return {"type": "error", "ename": type(error).__name__, "evalue": str(error), "traceback": lines}


def _run_python(code, filename):
    # The cell's lines for tracebacks, as IPython keeps them for its cells.
    linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)
    tree = ast.parse(code, filename=filename, mode="exec")
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    exec(compile(tree, filename, "exec"), _namespace)
    if last is not None:
        value = eval(compile(last, filename, "eval"), _namespace)
        if value is not None:
            _send({"type": "result", "plain": repr(value)})


def _run_sql(statements):
    session = _namespace["spark"]
    last = None
    for statement in statements:
        last = session.sql(statement)
    if last is not None and last.columns:
        display(last)


def _run(command):
    filename = command.get("filename") or "<cell>"
    stdout, stderr = _CellStream("stdout"), _CellStream("stderr")
    sys.stdout, sys.stderr = stdout, stderr
    try:
        if command.get("language") == "sql":
            _run_sql(command["statements"])
        else:
            _run_python(command["code"], filename)
        stdout.flush()
        stderr.flush()
        _send({"type": "done", "id": command.get("id")})
    except BaseException as error:  # KeyboardInterrupt and SystemExit end the cell, not the driver
        stdout.flush()
        stderr.flush()
        message = _error_message(error, filename)
        message["id"] = command.get("id")
        _send(message)
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__


def _complete(command):
    """Names after `object.` for the REPL's tab completion."""
    try:
        target = eval(command["expression"], _namespace) if command.get("expression") else None
        names = dir(target) if target is not None else list(_namespace)
    except Exception:
        names = []
    _send({"type": "completions", "id": command.get("id"), "names": sorted(set(n for n in names if not n.startswith("__")))})


def _scope(command):
    """The REPL's Tab: each variable's methods and attributes, read from its class (no property runs, so no job
    starts), and a DataFrame's columns."""
    variables = {}
    for name, value in list(_namespace.items()):
        if name.startswith("_") or isinstance(value, (_LazySpark, type(sys))) or name == "display":
            continue
        kind = type(value)
        methods, properties = [], []
        for attribute in dir(kind):
            if attribute.startswith("_"):
                continue
            static = getattr(kind, attribute, None)
            (properties if isinstance(static, property) or not callable(static) else methods).append(attribute)
        entry = {"methods": methods, "properties": properties}
        if _is_dataframe(value):
            entry["columns"] = list(value.columns)
        variables[name] = entry
    _send({"type": "scope", "id": command.get("id"), "variables": variables})


def _read_commands(work):
    """Reads stdin: cells go to the main thread, cancels act at once; end of input (Sparkbook gone) ends it all."""
    for line in sys.stdin:
        try:
            command = json.loads(line)
        except ValueError:
            continue
        if command.get("op") == "cancel":
            threading.Thread(target=_cancel, daemon=True).start()
        else:
            work.put(command)
    # Sparkbook went away (or closed its end after `stop`): leave at once, even mid-cell; the JVM ends when its
    # stdin pipe from this process closes.
    os._exit(0)


def _stop_spark():
    session = _namespace.get("spark")
    if session is not None and not isinstance(session, _LazySpark):
        try:
            session.stop()
        except Exception:
            pass
    if "pyspark.sql" in sys.modules:
        _stop_spark_context()  # a context an earlier notebook of a reused driver started


def _quiet_error_loggers():
    """PySpark logs each failed query's context as JSON on the stderr it finds first; that belongs in the driver's
    log, not in the cell's output (the error itself is the cell's output)."""
    try:
        from pyspark.logger import PySparkLogger
    except ImportError:
        return
    for name in ("DataFrameQueryContextLogger", "SQLQueryContextLogger"):
        for handler in PySparkLogger.getLogger(name).handlers:
            if hasattr(handler, "setStream"):
                handler.setStream(sys.__stderr__)


def main():
    if os.environ.get("SPARKBOOK_WORKDIR"):
        os.chdir(os.environ["SPARKBOOK_WORKDIR"])
    sys.path.insert(0, os.getcwd())
    work = queue.Queue()
    threading.Thread(target=_read_commands, args=(work,), daemon=True).start()
    import pyspark
    _quiet_error_loggers()
    _install_session_hooks()
    _install_order_notes()
    if _TIME_SCALE != 1:
        import time
        sleep = time.sleep
        time.sleep = lambda seconds: sleep(seconds * _TIME_SCALE)
    _send({"type": "ready", "pyspark": pyspark.__version__, "python": sys.version.split()[0], "pid": os.getpid()})
    while True:
        command = work.get()
        op = command.get("op")
        if op == "run":
            _run(command)
        elif op == "complete":
            _complete(command)
        elif op == "scope":
            _scope(command)
        elif op == "reset":
            _reset(command)
        elif op == "stop":
            _stop_spark()
            _send({"type": "stopped"})
            return


main()
"""#
}
