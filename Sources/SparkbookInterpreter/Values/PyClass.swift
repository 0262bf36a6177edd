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

    public var repr: String { "<class '\(module.map { "\($0)." } ?? "")\(name)'>" }

    /// The class of a value.
    public static func of(_ value: PyValue) -> PyClass {
        switch value {
        case .dataType, .structType, .structField: PyClass(value.typeName, module: "pyspark.sql.types")
        default: PyClass(value.typeName)
        }
    }
}
