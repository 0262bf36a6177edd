import SparkbookDataFrame
import SparkbookEngine

/// A Python UDF as a value (`F.udf(f, T)`, `@udf(T)`, `@pandas_udf(T)`): the cell's function, its declared
/// return type and how it is called (per row, or per batch as pandas Series). Without a function it is the
/// decorator `udf(T)` returns, waiting for the function it decorates.
public final class PythonUDF: @unchecked Sendable {
    public let function: PyFunction?
    public let returnType: DataType
    public let evalType: PythonUDFDefinition.EvalType
    /// The name SQL knows it by, once `spark.udf.register` gave one; else the function's name.
    public let registeredName: String?

    init(function: PyFunction?, returnType: DataType, evalType: PythonUDFDefinition.EvalType, registeredName: String? = nil) {
        self.function = function
        self.returnType = returnType
        self.evalType = evalType
        self.registeredName = registeredName
    }

    var name: String { registeredName ?? function?.name ?? "<lambda>" }

    /// The session registry's key for this UDF: its registered name, else `name#id` (shown as `name`; see
    /// `FunctionRegistry.shownName`), since several UDFs can share a `__name__`.
    var key: String {
        registeredName ?? "\(name)#\(String(UInt(bitPattern: ObjectIdentifier(self).hashValue), radix: 16))"
    }

    /// `<function f at 0x...>`, as PySpark shows the wrapper it returns.
    var repr: String {
        "<function \(function?.name ?? "udf") at 0x\(String(UInt(bitPattern: ObjectIdentifier(self).hashValue), radix: 16))>"
    }
}
