import SparkbookDataFrame
import SparkbookEngine
import SparkbookSyntax

/// Expressions: names, literals, attribute access, calls, operators, containers and comprehensions.
extension Interpreter {
    func evaluate(_ expr: Expr) async throws -> PyValue {
        switch expr.kind {
        case .name(let name):
            return try lookup(name, span: expr.span)
        case .integer(let i): return .int(i)
        case .float(let d): return .float(d)
        case .string(let s): return .string(s)
        case .boolean(let b): return .bool(b)
        case .none: return .none
        case .bytes(let b): return .bytes(b, mutable: false)
        case .ellipsis, .set, .setComprehension, .starred:
            throw unsupported(expr)
        case .formattedString(let parts):
            var text = ""
            for part in parts {
                switch part {
                case .literal(let s): text += s
                case .interpolation(let field):
                    let value = try await evaluate(field.expression)
                    text += try Formatting.format(value, conversion: field.conversion, spec: field.formatSpec,
                                                  span: field.span)
                }
            }
            return .string(text)
        case .attribute(let baseExpr, let name):
            let base = try await evaluate(baseExpr)
            // `observation.get` runs the observed metrics' aggregate (an action).
            if case .observation(let o) = base, name == "get" { return try await withSpan(expr.span) { try await o.get() } }
            // Point at the attribute name itself, where a typo would be.
            let nameSpan = SourceSpan(start: max(expr.span.start, expr.span.end - name.utf8.count), end: expr.span.end)
            return try withSpan(nameSpan) { try Members.attribute(name, of: base, context: context) }
        case .call(let calleeExpr, let arguments):
            let callee: PyValue
            switch try await callMutator(calleeExpr, arguments, span: expr.span) {
            case .mutated(let result): return result
            case .receiver(let base, let name):
                let nameSpan = SourceSpan(start: max(calleeExpr.span.start, calleeExpr.span.end - name.utf8.count), end: calleeExpr.span.end)
                callee = try withSpan(nameSpan) { try Members.attribute(name, of: base, context: context) }
            case nil: callee = try await evaluate(calleeExpr)
            }
            let args = try await evaluateArguments(arguments, callee: callee)
            // A method's own place (`config(...)` in a builder chain), where values it sets are blamed.
            var methodSpan = expr.span
            if case .attribute(_, let name) = calleeExpr.kind {
                methodSpan = SourceSpan(start: max(expr.span.start, calleeExpr.span.end - name.utf8.count), end: expr.span.end)
            }
            let result = try await withSpan(expr.span) { try await call(callee, args, span: expr.span, methodSpan: methodSpan) }
            rebindInPlaceMutation(calleeExpr, result)
            return result
        case .subscripted(let baseExpr, let indexExpr):
            let base = try await evaluate(baseExpr)
            if case .slice(let lower, let upper, let step) = indexExpr.unparenthesized.kind {
                guard step == nil else { throw unsupported(indexExpr) }
                var lo: Int?, hi: Int?
                if let lower { lo = try await evaluate(lower).int("start", in: "slice") }
                if let upper { hi = try await evaluate(upper).int("stop", in: "slice") }
                return try Subscripts.slice(base, lower: lo, upper: hi, span: expr.span)
            }
            let index = try await evaluate(indexExpr)
            if case .dictSubclass(.defaultDict(let factory), var items) = base, !factory.isNone,
               !items.contains(where: { Operators.equal($0.key, index) }) {
                // A defaultdict's missing key is set to the factory's value, as Python's `__missing__` does.
                let value = try await call(factory, CallArguments(functionName: Members.functionName(factory)), span: expr.span)
                items.put(index, value)
                try await store(base.withDictItems(items), at: baseExpr)
                return value
            }
            return try Subscripts.get(base, index, span: expr.span)
        case .slice:
            throw unsupported(expr)
        case .list(let items):
            return .list(try await evaluateAll(items))
        case .tuple(let items):
            return .tuple(try await evaluateAll(items))
        case .dict(let entries):
            var items: [PyValue.DictItem] = []
            for entry in entries {
                switch entry {
                case .pair(let keyExpr, let valueExpr):
                    items.put(try await evaluate(keyExpr), try await evaluate(valueExpr))
                case .unpacked(let other):
                    guard case .dict(let more) = try await evaluate(other) else {
                        throw ScriptError.type("'**' needs a dict", span: other.span)
                    }
                    for item in more { items.put(item.key, item.value) }
                }
            }
            return .dict(items)
        case .unary(let op, let operandExpr):
            let operand = try await evaluate(operandExpr)
            return try Operators.unary(op, operand, span: expr.span)
        case .binary(let op, let lhs, let rhs):
            let l = try await evaluate(lhs), r = try await evaluate(rhs)
            return try withSpan(expr.span) { try Operators.binary(op, l, r, span: expr.span) }
        case .compare(let first, let links):
            var left = try await evaluate(first)
            var result: PyValue = .bool(true)
            for link in links {
                let right = try await evaluate(link.operand)
                result = try Operators.compare(link.op, left, right, span: expr.span)
                if case .column = result { if links.count > 1 { throw unsupported(expr) }; return result }
                if !result.isTruthy { return result }
                left = right
            }
            return result
        case .logical(let op, let lhs, let rhs):
            let l = try await evaluate(lhs)
            if case .column = l {
                throw ScriptError("PySparkValueError",
                                  "[CANNOT_CONVERT_COLUMN_INTO_BOOL] Cannot convert column into bool: please use '&' for 'and', '|' for 'or', '~' for 'not' when building DataFrame boolean expressions.",
                                  span: expr.span)
            }
            switch op {
            case .and: return l.isTruthy ? try await evaluate(rhs) : l
            case .or: return l.isTruthy ? l : try await evaluate(rhs)
            }
        case .conditional(let condition, let body, let orElse):
            return try await evaluate(condition).isTruthy ? try await evaluate(body) : try await evaluate(orElse)
        case .listComprehension(let element, let clauses), .generator(let element, let clauses):
            var out: [PyValue] = []
            try await comprehend(clauses[...]) { out.append(try await self.evaluate(element)) }
            return .list(out)
        case .dictComprehension(let key, let value, let clauses):
            var items: [PyValue.DictItem] = []
            try await comprehend(clauses[...]) {
                items.put(try await self.evaluate(key), try await self.evaluate(value))
            }
            return .dict(items)
        case .parenthesized(let inner):
            return try await evaluate(inner)
        case .lambda(let parameters, let body):
            return try await makeLambda(parameters, body: body, span: expr.span)
        }
    }

    private func evaluateAll(_ exprs: [Expr]) async throws -> [PyValue] {
        var out: [PyValue] = []
        for e in exprs {
            if case .starred(let inner) = e.kind {
                out += try iterate(try await evaluate(inner), span: e.span)
            } else {
                out.append(try await evaluate(e))
            }
        }
        return out
    }

    private func comprehend(_ clauses: ArraySlice<ComprehensionClause>, _ body: () async throws -> Void) async throws {
        guard let clause = clauses.first else { return try await body() }
        for item in try iterate(try await evaluate(clause.iterable), span: clause.iterable.span) {
            try await assign(item, to: clause.target)
            var keep = true
            for condition in clause.conditions where keep { keep = try await evaluate(condition).isTruthy }
            if keep { try await comprehend(clauses.dropFirst(), body) }
        }
    }

    /// A module-level name: the cell's globals, the predefined `spark`, Python's exception classes.
    func lookupGlobal(_ name: String, span: SourceSpan) throws -> PyValue {
        if let value = globals[name] { return value }
        if let cls = ExceptionClasses.builtin(name) { return .pyClass(cls) }
        if name == "spark" { return .session(try withSpan(span) { try predefinedSpark() }) }
        if var refusal = UnavailableAPI.refusal(name) {
            refusal.span = span
            throw refusal
        }
        let hint = Self.importHints[name] ?? Array(globals.keys).bestMatch(for: name).map { "did you mean '\($0)'?" }
        throw ScriptError("NameError", "name '\(name)' is not defined", span: span, suggestion: hint)
    }

    /// The session a cell's `spark` names: the global when a cell bound it, else the one Databricks and pyspark
    /// shells predefine, created on first use (so does Sparkbook, lazily).
    func predefinedSpark() throws -> SparkSession {
        if case .session(let session)? = globals["spark"] { return session }
        let session = try SparkSession.builder(context: context).getOrCreate()
        globals["spark"] = .session(session)
        return session
    }

    /// `df.cache()`, `df.persist()` and `df.unpersist()` change `df` itself in PySpark; the DataFrame here is a
    /// value, so the variable the method was called on is rebound to the result.
    func rebindInPlaceMutation(_ calleeExpr: Expr, _ result: PyValue) {
        guard case .attribute(let base, let method) = calleeExpr.kind, ["cache", "persist", "unpersist"].contains(method),
              case .name(let variable) = base.unparenthesized.kind, case .dataFrame? = try? lookup(variable, span: base.span),
              case .dataFrame = result else { return }
        setName(variable, result)
    }

    /// Names a PySpark notebook usually imports, with the import that defines them.
    static let importHints: [String: String] = [
        "F": "add `from pyspark.sql import functions as F`",
        "SparkSession": "add `from pyspark.sql import SparkSession`",
        "functions": "add `from pyspark.sql import functions`",
    ]

    func evaluateArguments(_ arguments: [Argument], callee: PyValue) async throws -> CallArguments {
        var args = CallArguments(functionName: Members.functionName(callee))
        for argument in arguments {
            switch argument.kind {
            case .positional(let e): args.positional.append(try await evaluate(e))
            case .keyword(let name, let e): args.keywords.append((name, try await evaluate(e)))
            case .unpacked(let e): args.positional += try iterate(try await evaluate(e), span: e.span)
            case .unpackedMapping(let e):
                guard case .dict(let items) = try await evaluate(e) else {
                    throw ScriptError.type("argument after ** must be a mapping", span: e.span)
                }
                for item in items {
                    guard case .string(let key) = item.key else { throw ScriptError.type("keywords must be strings", span: e.span) }
                    args.keywords.append((key, item.value))
                }
            }
        }
        return args
    }

    func call(_ callee: PyValue, _ args: CallArguments, span: SourceSpan, methodSpan: SourceSpan? = nil) async throws -> PyValue {
        switch callee {
        case .builtin(let name):
            return try await Builtins.call(name, args, interpreter: self)
        case .function(let function):
            return try await callFunction(function, args, span: span)
        case .pythonUDF(let udf):
            do { return try PythonUDFBinding.call(udf, args, span: span, interpreter: self) } catch let error as SparkError { throw ScriptError(error, span: span) }
        case .pyClass(let cls) where ExceptionClasses.isException(cls):
            guard args.keywords.isEmpty else { throw ScriptError.type("\(cls.name)() takes no keyword arguments", span: span) }
            return .exception(ScriptError(raising: cls.name, arguments: args.positional))
        case .boundMethod(let receiver, let name):
            return try await Members.call(name, on: receiver, args, span: methodSpan ?? span, interpreter: self)
        case .sparkTypeClass(let cls):
            return try cls.construct(args)
        case .namedTupleClass(let name, let fields):
            let v = try args.bind(fields, required: fields.count)
            return .namedTuple(NamedTuple(name, names: fields, values: v.map { $0 ?? .none }))
        case .pyClass(let cls) where cls == PyClass.row:
            return try Builtins.row(args)
        case .pyClass(let cls) where cls == Observation.pyClass:
            let v = try args.bind(["name"])
            let name: String = if let given = v[0], !given.isNone { try given.string("name", in: "Observation") } else { "" }
            return .observation(Observation(name: name))
        case .pyClass(let cls) where cls.module == nil && PyClass.builtinTypes.contains(cls.name):
            return try await Builtins.call(cls.name, args, interpreter: self)
        case .pyClass(let cls) where cls == DecimalModule.decimal:
            return try DecimalModule.construct(args)
        case .pyClass(let cls) where cls == DateTimeModule.date || cls == DateTimeModule.datetime:
            return try DateTimeModule.construct(cls, args)
        case .pyClass(let cls) where cls == DateTimeModule.time:
            return try DateTimeModule.constructTime(args)
        default:
            throw ScriptError.type("'\(callee.typeName)' object is not callable", span: span)
        }
    }

    /// Gives errors raised without a place (by the API layers) the span of the expression that raised them.
    func withSpan<T>(_ span: SourceSpan, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch var error as ScriptError {
            if error.span == nil { error.span = span }
            throw error
        } catch let error as SparkError {
            throw ScriptError(error, span: span)
        } catch let error as SessionConfigurationError {
            throw scriptError(error, sessionStart: span)
        }
    }

    func withSpan<T>(_ span: SourceSpan, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch var error as ScriptError {
            if error.span == nil { error.span = span }
            throw error
        } catch let error as SparkError {
            throw ScriptError(error, span: span)
        } catch let error as SessionConfigurationError {
            throw scriptError(error, sessionStart: span)
        }
    }

    func unsupported(_ expr: Expr) -> ScriptError {
        let text = file.map { $0.text(of: expr.span) } ?? "this expression"
        return ScriptError("NotImplementedError", "`\(text)` is not supported in Sparkbook", span: expr.span)
    }
}

extension Array where Element == String {
    /// The closest name, when it is close enough to be a typo.
    func bestMatch(for name: String) -> String? {
        NameSuggester.best(for: name, among: self.sorted())
    }
}
