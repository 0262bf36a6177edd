import SparkbookDataFrame
import SparkbookEngine

/// A value a cell computes with: Python's own scalars and containers, and the PySpark objects the DSL exposes.
///
/// A closed enum rather than protocol existentials: dispatch is a switch, and completion can list every
/// member of every kind of object.
public indirect enum PyValue: Sendable {
    case none
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    /// `bytes` (`b"..."`), or `bytearray` when `mutable`; a Spark `binary` value comes back as `bytes`.
    case bytes([UInt8], mutable: Bool)
    /// `decimal.Decimal`.
    case decimal(PyDecimal)
    /// `datetime.date`: days since 1970-01-01.
    case date(Int32)
    /// `datetime.datetime` (naive, as PySpark returns them): the instant in microseconds since the epoch, read in
    /// the Python process's local time zone, as PySpark converts timestamps.
    case datetime(Int64)
    /// `datetime.time` (naive): microseconds since midnight.
    case time(Int64)
    /// A Python class as a value (`Decimal`, `date`, `type(x)`).
    case pyClass(PyClass)
    case list([PyValue])
    case tuple([PyValue])
    case dict([DictItem])
    /// A module or a class namespace (`pyspark.sql`, `F`, `SparkSession`).
    case module(ModuleName)
    case builtin(String)
    case session(SparkSession)
    case builder(SparkSession.Builder)
    case conf(RuntimeConfig)
    /// `spark.catalog`: the session's temporary views.
    case catalog(SparkSession)
    /// A named tuple (`Table(...)`, `Column(...)` from the catalog).
    case namedTuple(NamedTuple)
    case reader(DataFrameReader)
    case dataFrame(DataFrame)
    case grouped(GroupedData)
    case column(Column)
    case row(Row)
    /// `Window.partitionBy(...).orderBy(...)`.
    case windowSpec(WindowSpecification)
    /// `df.na`: the null-handling methods of a DataFrame.
    case na(DataFrame)
    /// `df.stat`: the statistics methods of a DataFrame.
    case stat(DataFrame)
    case writer(DataFrameWriter)
    case structType(StructType)
    case structField(StructField)
    /// An instance of a `pyspark.sql.types` data type (`IntegerType()`, `DecimalType(10,2)`).
    case dataType(DataType)
    /// A `pyspark.sql.types` class before it is called (`IntegerType`).
    case sparkTypeClass(SparkTypeClass)
    /// `obj.method` before it is called.
    case boundMethod(receiver: PyValue, name: String)
    /// `StorageLevel.MEMORY_ONLY`, `df.storageLevel`.
    case storageLevel(StorageLevel)
    /// A function defined in a cell (`def`, `lambda`).
    case function(PyFunction)
    /// A Python UDF (`F.udf(f, T)`), or the decorator `udf(T)` returns.
    case pythonUDF(PythonUDF)
    /// `spark.udf`: `register(name, f, returnType)`.
    case udfRegistration(SparkSession)
    /// An exception instance: raised, caught (`except ... as e`) or just built (`ValueError("bad")`).
    case exception(ScriptError)
    /// `tempfile.TemporaryDirectory()`, a context manager.
    case temporaryDirectory(TemporaryDirectory)
    /// `re.compile(...)` and a match of it (`re.match(...)`).
    case regexPattern(RegexPattern)
    case regexMatch(RegexMatch)
    /// `collections.Counter`, `OrderedDict` and `defaultdict`: a dict's items and which kind of dict.
    case dictSubclass(DictSubclass, [DictItem])
    /// A class made by `collections.namedtuple(name, fields)`; calling it makes a `namedTuple`.
    case namedTupleClass(String, [String])
    /// `Observation("name")`, the metrics `df.observe` collects.
    case observation(Observation)
    /// A variant collected from a DataFrame (PySpark's `VariantVal`, Values/PyValue+Variant.swift).
    case variantVal(Variant)

    public struct DictItem: Sendable {
        public var key: PyValue
        public var value: PyValue
    }
}

extension [PyValue.DictItem] {
    /// Python's `d[key] = value`: a key already present keeps its place and takes the new value.
    mutating func put(_ key: PyValue, _ value: PyValue) {
        if let i = firstIndex(where: { Operators.equal($0.key, key) }) { self[i].value = value }
        else { append(.init(key: key, value: value)) }
    }
}

/// The namespaces a cell can import or reach by attribute.
public enum ModuleName: String, Sendable, CaseIterable {
    case pyspark = "pyspark"
    case pysparkSql = "pyspark.sql"
    case functions = "pyspark.sql.functions"
    case types = "pyspark.sql.types"
    /// The `SparkSession` class, whose `builder` attribute starts a session.
    case sparkSessionClass = "pyspark.sql.SparkSession"
    case window = "pyspark.sql.window"
    /// The `Window` class, whose static methods start a window specification.
    case windowClass = "pyspark.sql.window.Window"
    case decimal = "decimal"
    case datetime = "datetime"
    /// Python's `time`: `sleep` lets a notebook wait for idle executors to leave (scaled by `--time-scale`).
    case time = "time"
    case storageLevelModule = "pyspark.storagelevel"
    /// The `StorageLevel` class, whose attributes are the levels `persist` takes.
    case storageLevelClass = "pyspark.storagelevel.StorageLevel"
    /// Python's `sys`: `sys.argv` holds the script's path and the arguments given after it on the command line.
    case sys = "sys"
    case tempfile = "tempfile"
    case math = "math"
    case os = "os"
    case osPath = "os.path"
    case json = "json"
    /// `pyspark.errors` (and the older home of its classes, `pyspark.sql.utils`): the exceptions a cell catches.
    case pysparkErrors = "pyspark.errors"
    case pysparkSqlUtils = "pyspark.sql.utils"
    /// `py4j.protocol`: `Py4JJavaError`, what a cell sees of a JVM error PySpark does not convert.
    case py4jProtocol = "py4j.protocol"
    /// `pyspark.sql.dataframe`, where PySpark's own doctests find `DataFrame` and `StorageLevel`.
    case pysparkSqlDataframe = "pyspark.sql.dataframe"
    /// Python's `re` (`RegexModule`).
    case re = "re"
    /// Python's `collections` (`CollectionsModule`).
    case collections = "collections"
}

extension PyValue {
    /// The Python type name used in error messages (`'DataFrame' object has no attribute ...`).
    public var typeName: String {
        switch self {
        case .none: "NoneType"
        case .bool: "bool"
        case .int: "int"
        case .float: "float"
        case .string: "str"
        case .bytes(_, let mutable): mutable ? "bytearray" : "bytes"
        case .decimal: "decimal.Decimal"
        case .date: "datetime.date"
        case .datetime: "datetime.datetime"
        case .time: "datetime.time"
        case .pyClass: "type"
        case .list: "list"
        case .tuple: "tuple"
        case .dict: "dict"
        case .module(.sparkSessionClass), .module(.windowClass), .module(.storageLevelClass): "type"
        case .module: "module"
        case .builtin: "builtin_function_or_method"
        case .session: "SparkSession"
        case .builder: "Builder"
        case .conf: "RuntimeConfig"
        case .catalog: "Catalog"
        case .namedTuple(let t): t.typeName
        case .reader: "DataFrameReader"
        case .dataFrame: "DataFrame"
        case .grouped: "GroupedData"
        case .column: "Column"
        case .row: "Row"
        case .windowSpec: "WindowSpec"
        case .na: "DataFrameNaFunctions"
        case .stat: "DataFrameStatFunctions"
        case .writer: "DataFrameWriter"
        case .structType: "StructType"
        case .structField: "StructField"
        case .dataType(let type): SparkTypeClass.of(type).rawValue
        case .sparkTypeClass: "type"
        case .boundMethod: "method"
        case .storageLevel: "StorageLevel"
        case .function, .pythonUDF: "function"
        case .udfRegistration: "UDFRegistration"
        case .exception(let e): e.exceptionType
        case .temporaryDirectory: "TemporaryDirectory"
        case .regexPattern: "re.Pattern"
        case .regexMatch: "re.Match"
        case .dictSubclass(let kind, _): kind.typeName
        case .namedTupleClass: "type"
        case .observation: "Observation"
        case .variantVal: "VariantVal"
        }
    }

    /// Python truthiness.
    public var isTruthy: Bool {
        switch self {
        case .none: false
        case .bool(let b): b
        case .int(let i): i != 0
        case .float(let d): d != 0
        case .decimal(let d): d.coefficient != 0
        case .string(let s): !s.isEmpty
        case .list(let items), .tuple(let items): !items.isEmpty
        case .dict(let items), .dictSubclass(_, let items): !items.isEmpty
        default: true
        }
    }
}
