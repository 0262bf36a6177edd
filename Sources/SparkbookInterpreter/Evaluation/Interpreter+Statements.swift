import SparkbookSyntax

/// Statements: assignment, imports, control flow.
extension Interpreter {
    /// Signals for `break` and `continue`, carried out of nested statements.
    enum LoopSignal: Error { case breakLoop, continueLoop }

    func execute(_ statement: Statement) async throws {
        switch statement.kind {
        case .expression(let expr):
            _ = try await evaluate(expr)
        case .assignment(let targets, let valueExpr):
            let value = try await evaluate(valueExpr)
            for target in targets { try await assign(value, to: target) }
        case .augmentedAssignment(let target, let op, let valueExpr):
            let current = try await evaluate(target)
            let operand = try await evaluate(valueExpr)
            try await assign(try Operators.binary(op, current, operand, span: statement.span), to: target)
        case .import(let names):
            for name in names { try importModule(name) }
        case .importFrom(let module, let level, let names):
            try importFrom(module: module, level: level, names: names, span: statement.span)
        case .if(let branches, let orElse):
            for branch in branches where try await evaluate(branch.condition).isTruthy {
                try await executeBlock(branch.body)
                return
            }
            if let orElse { try await executeBlock(orElse) }
        case .for(let target, let iterableExpr, let body, let orElse):
            let items = try iterate(try await evaluate(iterableExpr), span: iterableExpr.span)
            var broke = false
            loop: for item in items {
                try await assign(item, to: target)
                do { try await executeBlock(body) } catch LoopSignal.breakLoop { broke = true; break loop }
                catch LoopSignal.continueLoop { continue loop }
            }
            if !broke, let orElse { try await executeBlock(orElse) }
        case .while(let condition, let body, let orElse):
            var broke = false
            var iterations = 0
            loop: while try await evaluate(condition).isTruthy {
                iterations += 1
                if iterations > 10_000_000 {
                    throw ScriptError("RuntimeError", "while loop ran more than 10,000,000 times", span: statement.span)
                }
                do { try await executeBlock(body) } catch LoopSignal.breakLoop { broke = true; break loop }
                catch LoopSignal.continueLoop { continue loop }
            }
            if !broke, let orElse { try await executeBlock(orElse) }
        case .pass:
            break
        case .break:
            throw LoopSignal.breakLoop
        case .continue:
            throw LoopSignal.continueLoop
        case .delete(let targets):
            for target in targets {
                guard case .name(let name) = target.unparenthesized.kind, deleteName(name) else {
                    throw ScriptError("NameError", "name '\(file.map { $0.text(of: target.span) } ?? "")' is not defined",
                                      span: target.span)
                }
            }
        case .functionDefinition(let definition):
            try await define(definition, span: statement.span)
        case .return(let valueExpr):
            var value = PyValue.none
            if let valueExpr { value = try await evaluate(valueExpr) }
            throw ReturnSignal(value: value)
        case .global, .nonlocal:
            break
        case .try(let body, let handlers, let orElse, let finally):
            try await executeTry(body: body, handlers: handlers, orElse: orElse, finally: finally)
        case .raise(let error, let cause):
            try await raise(error, cause: cause, span: statement.span)
        case .with(let items, let body):
            try await executeWith(items[...], body: body)
        case .assert(let condition, let message):
            if try await !evaluate(condition).isTruthy {
                var text = ""
                if let message { text = try await evaluate(message).str }
                throw ScriptError("AssertionError", text, span: statement.span)
            }
        }
    }

    func executeBlock(_ statements: [Statement]) async throws {
        for statement in statements { try await execute(statement) }
    }

    func assign(_ value: PyValue, to target: Expr) async throws {
        switch target.unparenthesized.kind {
        case .name(let name):
            setName(name, value)
        case .tuple(let targets), .list(let targets):
            let items = try iterate(value, span: target.span)
            guard items.count == targets.count else {
                throw ScriptError.value(items.count > targets.count
                    ? "too many values to unpack (expected \(targets.count))"
                    : "not enough values to unpack (expected \(targets.count), got \(items.count))", span: target.span)
            }
            for (t, item) in zip(targets, items) { try await assign(item, to: t) }
        case .subscripted(let baseExpr, let indexExpr):
            // `xs[i] = v`, `d[k][j] = v`: the changed container goes back where it was read from.
            let base = try await evaluate(baseExpr)
            let index = try await evaluate(indexExpr)
            let changed = try Subscripts.assign(value, into: base, at: index, span: target.span)
            try await store(changed, at: baseExpr)
        default:
            throw ScriptError("SyntaxError", "cannot assign to this expression in Sparkbook", span: target.span)
        }
    }

    /// The items of an iterable value.
    func iterate(_ value: PyValue, span: SourceSpan) throws -> [PyValue] {
        switch value {
        case .list(let items), .tuple(let items): return items
        case .string(let s): return s.map { .string(String($0)) }
        case .dict(let items), .dictSubclass(_, let items): return items.map(\.key)
        case .namedTuple(let t): return t.values
        case .row(let row): return row.values.map(PyValue.from)
        case .structType(let schema): return schema.fields.map(PyValue.structField)
        default: throw ScriptError.type("'\(value.typeName)' object is not iterable", span: span)
        }
    }
}
