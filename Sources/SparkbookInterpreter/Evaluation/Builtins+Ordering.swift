import SparkbookSyntax

/// `sorted`, `min` and `max` with `key=` (any callable a cell can name: `len`, `str.lower`, ...) and a stable
/// `reverse=`, as Python has them.
extension Builtins {
    static func sorted(_ args: CallArguments, interpreter: Interpreter) async throws -> PyValue {
        let v = try args.bind(["iterable", "key", "reverse"], required: 1)
        let items = try interpreter.iterate(v[0]!, span: .point(0))
        let keys = try await keys(of: items, v[1], interpreter: interpreter)
        let reverse = v[2]?.isTruthy ?? false
        var failure: Error?
        // Ties keep their original order in both directions (Python's sort is stable, reverse included).
        let order = items.indices.sorted { a, b in
            do {
                let o = try Operators.ordering(keys[a], keys[b], .less, .point(0))
                return o == 0 ? a < b : (reverse ? o > 0 : o < 0)
            } catch { failure = error; return false }
        }
        if let failure { throw failure }
        return .list(order.map { items[$0] })
    }

    static func extreme(_ name: String, _ args: CallArguments, interpreter: Interpreter) async throws -> PyValue {
        let key = args.keywords.first { $0.name == "key" }?.value
        let fallback = args.keywords.first { $0.name == "default" }?.value
        if let unknown = args.keywords.first(where: { $0.name != "key" && $0.name != "default" }) {
            throw ScriptError.type("'\(unknown.name)' is an invalid keyword argument for \(name)()")
        }
        let items = args.positional.count == 1 ? try interpreter.iterate(args.positional[0], span: .point(0)) : args.positional
        guard !items.isEmpty else {
            if let fallback { return fallback }
            throw ScriptError.value("\(name)() arg is an empty sequence")
        }
        let keys = try await keys(of: items, key, interpreter: interpreter)
        var best = 0
        for i in items.indices.dropFirst() {
            let order = try Operators.ordering(keys[i], keys[best], .less, .point(0))
            if name == "min" ? order < 0 : order > 0 { best = i }
        }
        return items[best]
    }

    private static func keys(of items: [PyValue], _ key: PyValue?, interpreter: Interpreter) async throws -> [PyValue] {
        guard let key, !(key.isNone) else { return items }
        var keys: [PyValue] = []
        for item in items {
            var call = CallArguments(positional: [item])
            call.functionName = Members.functionName(key)
            keys.append(try await interpreter.call(key, call, span: .point(0)))
        }
        return keys
    }
}

extension PyValue {
    var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}
