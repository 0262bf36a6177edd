import SparkbookDataFrame
import SparkbookSyntax

/// `with` statements over the context managers notebooks use: a `SparkSession` (stopped on exit, as PySpark's
/// `__exit__` does) and `tempfile.TemporaryDirectory()` (removed on exit).
extension Interpreter {
    func executeWith(_ items: ArraySlice<WithItem>, body: [Statement]) async throws {
        guard let item = items.first else { return try await executeBlock(body) }
        let manager = try await evaluate(item.context)
        let entered = try enter(manager, span: item.context.span)
        if let target = item.target { try await assign(entered, to: target) }
        do {
            try await executeWith(items.dropFirst(), body: body)
        } catch {
            try await exit(manager)
            throw error
        }
        try await exit(manager)
    }

    private func enter(_ manager: PyValue, span: SourceSpan) throws -> PyValue {
        switch manager {
        case .session: return manager
        case .temporaryDirectory(let directory): return .string(directory.path)
        default:
            throw ScriptError.type("'\(manager.typeName)' object does not support the context manager protocol", span: span)
        }
    }

    private func exit(_ manager: PyValue) async throws {
        switch manager {
        case .session(let session): _ = try await SessionBinding.call("stop", session, CallArguments(functionName: "stop"))
        case .temporaryDirectory(let directory): directory.cleanup()
        default: break
        }
    }
}
