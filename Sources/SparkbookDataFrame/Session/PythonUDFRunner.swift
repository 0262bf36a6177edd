import SparkbookEngine

/// A Python function a cell made into a UDF (`F.udf`, `@udf`, `spark.udf.register`, `@pandas_udf`), as the
/// Python worker needs it: its source as the cell has it, where it is (for tracebacks), the globals it may read.
public struct PythonUDFDefinition: Sendable, Equatable {
    public enum Kind: String, Sendable { case function = "def", lambda }
    /// How the worker calls it and converts its results: per row with pickled results (PySpark's default), per
    /// row through Arrow (`useArrow=True`), or per batch of pandas Series.
    public enum EvalType: String, Sendable { case batched, arrow, pandas }

    /// The name it is called by (the function's `__name__`, or the name `spark.udf.register` gave).
    public var name: String
    /// The function's own name in its source (`f`; `<lambda>` for a lambda).
    public var functionName: String
    public var source: String
    public var kind: Kind
    public var returnType: DataType
    public var evalType: EvalType
    /// The file and line of the source's first line, as a traceback shows them.
    public var file: String
    public var line: Int
    /// The cell's globals the worker can rebuild: a JSON object of plain values, and modules by name.
    public var globalsJSON: String
    public var modules: [String: String]
    /// The sources of the cell functions defined at module level, which the UDF may call.
    public var helpers: [String]

    public init(name: String, functionName: String, source: String, kind: Kind, returnType: DataType, evalType: EvalType,
                file: String, line: Int, globalsJSON: String, modules: [String: String], helpers: [String] = []) {
        self.helpers = helpers
        self.name = name
        self.functionName = functionName
        self.source = source
        self.kind = kind
        self.returnType = returnType
        self.evalType = evalType
        self.file = file
        self.line = line
        self.globalsJSON = globalsJSON
        self.modules = modules
    }
}

/// What runs Python UDFs: the Python worker plugin, when one is installed. It makes the scalar function a
/// session registers for a UDF; the function sends each batch of arguments to a CPython worker.
public protocol PythonUDFRunner: Sendable {
    func function(for udf: PythonUDFDefinition) throws -> any ScalarFunction
}
