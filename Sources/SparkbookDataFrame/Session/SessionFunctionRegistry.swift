import SparkbookEngine
import Synchronization

/// One session's scalar functions: what the launch registered (built-ins and plugins), plus the functions the
/// session's cells register (`spark.udf.register`). Spark keeps these per session; the planner of each query
/// takes the registry as it is when the query is analysed.
public final class SessionFunctionRegistry: Sendable {
    private let functions: Mutex<FunctionRegistry>

    public init(_ initial: FunctionRegistry) {
        functions = Mutex(initial)
    }

    public var registry: FunctionRegistry { functions.withLock { $0 } }

    public func register(_ function: any ScalarFunction) {
        functions.withLock { $0.register(function) }
    }
}
