import SparkbookDataFrame
import SparkbookEngine
import SparkbookSyntax

/// `try`/`except`/`else`/`finally` and `raise`: every error a cell can meet (Python's, PySpark's, the engine's)
/// is caught as the class PySpark would raise, and an uncaught one still stops the cell with its place.
extension Interpreter {
    func executeTry(body: [Statement], handlers: [ExceptHandler], orElse: [Statement]?, finally: [Statement]?) async throws {
        var pending: (any Error)?
        do {
            var handled = false
            do {
                try await executeBlock(body)
            } catch let caught where Self.isPythonError(caught) {
                let error = pythonError(caught)
                guard let handler = try await firstHandler(for: error, among: handlers) else { throw caught }
                if let name = handler.name { setName(name, .exception(error)) }
                handling.append(error)
                defer { handling.removeLast() }
                try await executeBlock(handler.body)
                // Python unbinds the name at the end of the handler.
                if let name = handler.name { _ = deleteName(name) }
                handled = true
            }
            if !handled, let orElse { try await executeBlock(orElse) }
        } catch {
            pending = error
        }
        // `finally` runs on the way out of anything: an error, `return`, `break`; its own exit wins.
        try await runFinally(finally)
        if let pending { throw pending }
    }

    private func runFinally(_ finally: [Statement]?) async throws {
        if let finally { try await executeBlock(finally) }
    }

    private func firstHandler(for error: ScriptError, among handlers: [ExceptHandler]) async throws -> ExceptHandler? {
        let raised = error.exceptionType
        for handler in handlers {
            guard let typeExpr = handler.type else { return handler }
            let spec = try await evaluate(typeExpr)
            let classes: [PyValue] = if case .tuple(let items) = spec { items } else { [spec] }
            for candidate in classes {
                guard case .pyClass(let cls) = candidate, ExceptionClasses.isException(cls) else {
                    throw ScriptError.type("catching classes that do not inherit from BaseException is not allowed", span: typeExpr.span)
                }
                if ExceptionClasses.isSubclass(raised, of: cls.name) { return handler }
            }
        }
        return nil
    }

    /// `raise`, `raise error`, `raise error from cause`.
    func raise(_ errorExpr: Expr?, cause: Expr?, span: SourceSpan) async throws -> Never {
        guard let errorExpr else {
            guard let current = handling.last else {
                throw ScriptError("RuntimeError", "No active exception to reraise", span: span)
            }
            throw current
        }
        var error = try exception(from: try await evaluate(errorExpr), span: errorExpr.span)
        if let cause { _ = try exception(from: try await evaluate(cause), span: cause.span) }
        error.span = span
        throw error
    }

    /// An exception instance from what follows `raise`: an instance, or a class called without arguments.
    func exception(from value: PyValue, span: SourceSpan) throws -> ScriptError {
        switch value {
        case .exception(let error): return error
        case .pyClass(let cls) where ExceptionClasses.isException(cls): return ScriptError(raising: cls.name, arguments: [])
        default: throw ScriptError.type("exceptions must derive from BaseException", span: span)
        }
    }

    /// Whether an error is one a cell can catch: not the interpreter's own control flow.
    static func isPythonError(_ error: any Error) -> Bool {
        !(error is LoopSignal || error is ReturnSignal || error is CancellationError)
    }

    /// Any error as the Python exception a cell sees.
    func pythonError(_ error: any Error) -> ScriptError {
        switch error {
        case let e as ScriptError: return e
        case let e as SparkError: return ScriptError(e, span: nil)
        case let e as SessionConfigurationError: return scriptError(e, sessionStart: nil)
        case let d as Diagnostic:
            return ScriptError(d.code == DiagnosticCode.unsupported ? "NotImplementedError" : "SyntaxError", d.message, span: d.span)
        default: return ScriptError("Exception", String(describing: error))
        }
    }
}
