/// A Python class as a value: what `type(x)` returns, what `isinstance(x, int)` takes, and how PySpark's
/// error messages name a value's type (`<class 'int'>`).
public struct PyClass: Sendable, Hashable {
    /// The class's own name (`int`, `Decimal`, `DataFrame`), its `__name__`.
    public let name: String
    /// The defining module for classes outside `builtins` (`decimal`, `datetime`).
    public let module: String?

    public init(_ name: String, module: String? = nil) {
        self.name = name
        self.module = module
    }

    public var repr: String { "<class '\(qualifiedName)'>" }

    /// `pyspark.sql.readwriter.DataFrameWriter`: the module and the name, as object reprs print them.
    public var qualifiedName: String { "\(module.map { "\($0)." } ?? "")\(name)" }

    /// PySpark's `Row` (a tuple subclass in `pyspark.sql.types`).
    static let row = PyClass("Row", module: "pyspark.sql.types")

    /// The built-in classes that are also conversion functions (`int`, `str`, ...).
    static let builtinTypes: Set<String> = ["int", "str", "float", "bool", "list", "tuple", "dict"]

    /// The class of a value.
    public static func of(_ value: PyValue) -> PyClass {
        switch value {
        case .dataType, .structType, .structField: PyClass(value.typeName, module: "pyspark.sql.types")
        case .row: row
        case .dataFrame: PyClass("DataFrame", module: "pyspark.sql.classic.dataframe")
        case .column: PyClass("Column", module: "pyspark.sql.classic.column")
        case .session: PyClass("SparkSession", module: "pyspark.sql.session")
        case .builder: PyClass("Builder", module: "pyspark.sql.session.SparkSession")
        case .conf: PyClass("RuntimeConfig", module: "pyspark.sql.conf")
        case .catalog: PyClass("Catalog", module: "pyspark.sql.catalog")
        case .reader: PyClass("DataFrameReader", module: "pyspark.sql.readwriter")
        case .writer: PyClass("DataFrameWriter", module: "pyspark.sql.readwriter")
        case .na: PyClass("DataFrameNaFunctions", module: "pyspark.sql.classic.dataframe")
        case .stat: PyClass("DataFrameStatFunctions", module: "pyspark.sql.classic.dataframe")
        case .grouped: PyClass("GroupedData", module: "pyspark.sql.group")
        case .windowSpec: PyClass("WindowSpec", module: "pyspark.sql.window")
        case .exception(let e): ExceptionClasses.pyClass(e.exceptionType)
        case .dictSubclass(let kind, _): PyClass(kind.typeName, module: "collections")
        case .observation: Observation.pyClass
        case .namedTuple(let t): PyClass(t.typeName, module: "__main__")
        default:
            // `decimal.Decimal`, `datetime.date`: the type name carries the module.
            if let dot = value.typeName.lastIndex(of: ".") {
                PyClass(String(value.typeName[value.typeName.index(after: dot)...]), module: String(value.typeName[..<dot]))
            } else {
                PyClass(value.typeName)
            }
        }
    }

    /// A class given as a value (`int`, `Row`, `IntegerType`, `type(x)`), or nil for anything else.
    static func named(by value: PyValue) -> PyClass? {
        switch value {
        case .pyClass(let cls): cls
        case .builtin(let name) where builtinTypes.contains(name): PyClass(name)
        case .sparkTypeClass(let cls): PyClass(cls.rawValue, module: "pyspark.sql.types")
        default: nil
        }
    }

    /// Whether a value of this class is an instance of `other`: the same class or a Python base class of it
    /// (`bool` is an `int`, `Row` a `tuple`, `datetime` a `date`).
    func isSubclass(of other: PyClass) -> Bool {
        if self == other { return true }
        if ExceptionClasses.isException(self), ExceptionClasses.isException(other) {
            return ExceptionClasses.isSubclass(name, of: other.name)
        }
        switch (self, other) {
        case (PyClass("bool"), PyClass("int")), (Self.row, PyClass("tuple")),
             (PyClass("datetime", module: "datetime"), PyClass("date", module: "datetime")):
            return true
        default:
            return false
        }
    }
}
