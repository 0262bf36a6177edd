import SparkbookSyntax

/// `def` and `lambda` as values, and calling them: Python's argument binding, a fresh scope per call, `return`.
extension Interpreter {
    /// `return value` on its way out of the function body.
    struct ReturnSignal: Error { let value: PyValue }

    /// Python's default recursion limit, as `RecursionError` reports it.
    static let recursionLimit = 1000

    func define(_ definition: FunctionDefinition, span: SourceSpan) async throws {
        let defaults = try await evaluateDefaults(definition.parameters)
        var value = PyValue.function(PyFunction(
            name: definition.name, parameters: definition.parameters, defaults: defaults,
            body: .statements(definition.body), closure: scope, file: file, docstring: definition.docstring, sourceSpan: span))
        // Decorators apply bottom-up: `@a @b def f` is `a(b(f))`.
        for decorator in definition.decorators.reversed() {
            let callee = try await evaluate(decorator)
            var args = CallArguments(positional: [value])
            args.functionName = Members.functionName(callee)
            value = try await withSpan(decorator.span) { try await call(callee, args, span: decorator.span) }
        }
        setName(definition.name, value)
    }

    func makeLambda(_ parameters: [Parameter], body: Expr, span: SourceSpan? = nil) async throws -> PyValue {
        .function(PyFunction(name: "<lambda>", parameters: parameters, defaults: try await evaluateDefaults(parameters),
                             body: .expression(body), closure: scope, file: file, docstring: nil, sourceSpan: span))
    }

    private func evaluateDefaults(_ parameters: [Parameter]) async throws -> [String: PyValue] {
        var defaults: [String: PyValue] = [:]
        for p in parameters { if let e = p.defaultValue { defaults[p.name] = try await evaluate(e) } }
        return defaults
    }

    /// Runs a cell-defined function with `args`; errors inside it are shown at the call when it was defined in
    /// another cell (their place is in that cell's text).
    func callFunction(_ function: PyFunction, _ args: CallArguments, span: SourceSpan) async throws -> PyValue {
        guard callDepth < Self.recursionLimit else {
            throw ScriptError("RecursionError", "maximum recursion depth exceeded", span: span)
        }
        let frame = Scope(function: function)
        frame.values = try ParameterBinding.bind(args, to: function)
        let savedScope = scope, savedFile = file
        scope = frame
        file = function.file ?? file
        callDepth += 1
        defer { scope = savedScope; file = savedFile; callDepth -= 1 }
        do {
            switch function.body {
            case .expression(let e):
                return try await evaluate(e)
            case .statements(let body):
                do { try await executeBlock(body) } catch let signal as ReturnSignal { return signal.value }
                return .none
            }
        } catch var error as ScriptError where function.file?.isSameCell(as: savedFile) == false {
            error.span = span
            throw error
        }
    }

    /// The value of a name: the function's locals, then enclosing functions' (closures), then the module's.
    func lookup(_ name: String, span: SourceSpan) throws -> PyValue {
        if let frame = scope, !frame.function.globalNames.contains(name) {
            if let value = frame.values[name] { return value }
            if frame.function.locals.contains(name) {
                throw ScriptError("UnboundLocalError", "cannot access local variable '\(name)' where it is not associated with a value", span: span)
            }
            if let outer = frame.enclosing(defining: name) {
                if let value = outer.values[name] { return value }
                throw ScriptError("NameError", "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope", span: span)
            }
        }
        return try lookupGlobal(name, span: span)
    }

    /// Binds a name where Python would: the function's locals, unless declared `global` or `nonlocal`.
    func setName(_ name: String, _ value: PyValue) {
        guard let frame = scope, !frame.function.globalNames.contains(name) else { globals[name] = value; return }
        if frame.function.nonlocalNames.contains(name), let outer = frame.enclosing(defining: name) {
            outer.values[name] = value
        } else {
            frame.values[name] = value
        }
    }

    /// `del name`; false when the name is not bound.
    func deleteName(_ name: String) -> Bool {
        guard let frame = scope, !frame.function.globalNames.contains(name) else { return globals.removeValue(forKey: name) != nil }
        if frame.function.nonlocalNames.contains(name), let outer = frame.enclosing(defining: name) {
            return outer.values.removeValue(forKey: name) != nil
        }
        return frame.values.removeValue(forKey: name) != nil
    }
}

extension SourceFile {
    func isSameCell(as other: SourceFile?) -> Bool {
        guard let other else { return false }
        return path == other.path && cell == other.cell && text == other.text
    }
}
