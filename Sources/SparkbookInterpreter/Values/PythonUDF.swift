import SparkbookDataFrame
import SparkbookEngine
import Synchronization

/// A Python UDF as a value (`F.udf(f, T)`, `@udf(T)`, `@pandas_udf(T)`): the cell's function, its declared
/// return type and how it is called (per row, or per batch as pandas Series). Without a function it is the
/// decorator `udf(T)` returns, waiting for the function it decorates.
public final class PythonUDF: @unchecked Sendable {
    public let function: PyFunction?
    public let returnType: DataType
    public let evalType: PythonUDFDefinition.EvalType
    /// The name SQL knows it by, once `spark.udf.register` gave one; else the function's name.
    public let registeredName: String?
    /// `udf(..., useArrow=)`: whether results come back through Arrow's conversion (a value that does not fit the
    /// declared type fails) or as pickled values (it is NULL); nil follows
    /// `spark.sql.execution.pythonUDF.arrow.enabled` (true by default in Spark 4.3) when the UDF is used.
    public let useArrow: Bool?

    init(function: PyFunction?, returnType: DataType, evalType: PythonUDFDefinition.EvalType, registeredName: String? = nil,
         useArrow: Bool? = nil) {
        self.function = function
        self.returnType = returnType
        self.evalType = evalType
        self.registeredName = registeredName
        self.useArrow = useArrow
        serial = Self.made.add(1, ordering: .relaxed).newValue
    }

    /// UDFs made so far in this process: what tells apart two UDFs of one name, since a UDF used once in an
    /// expression (`F.udf(lambda x: ..., T)("x")`) is freed at once and the next may reuse its address.
    private static let made = Atomic<Int>(0)
    private let serial: Int

    var name: String { registeredName ?? function?.name ?? "<lambda>" }

    /// The session registry's key for this UDF: its registered name, else `name#serial` (shown as `name`; see
    /// `FunctionRegistry.shownName`), since several UDFs can share a `__name__`.
    var key: String { registeredName ?? "\(name)#\(serial)" }

    /// `<function f at 0x...>`, as PySpark shows the wrapper it returns.
    var repr: String {
        "<function \(function?.name ?? "udf") at 0x\(String(UInt(bitPattern: ObjectIdentifier(self).hashValue), radix: 16))>"
    }
}
