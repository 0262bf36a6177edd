import SparkbookSyntax

/// Methods that change a list or dict in place (`xs.append(x)`, `d.update(...)`, `d[k].append(v)`).
///
/// Python's containers are shared objects; here they are values, so the changed container is stored back where
/// the receiver was read from: the variable where it is bound (a global list appended to inside a function stays
/// the global one), or the item of the list or dict it came from. Two names bound to one list (`ys = xs`) are two
/// copies: a change through one is not seen through the other.
extension Interpreter {
    static let listMutators: Set<String> = ["append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse"]
    static let dictMutators: Set<String> = ["update", "setdefault", "pop", "clear", "popitem"]

    enum MutatorCall {
        /// The container was changed and stored back; the method's result.
        case mutated(PyValue)
        /// The receiver, evaluated once, is not a container with that method: call its method as usual.
        case receiver(PyValue, method: String)
    }

    /// `receiver.method(...)` run when it mutates a list or dict; nil when the method name is no mutator's
    /// (nothing evaluated).
    func callMutator(_ calleeExpr: Expr, _ arguments: [Argument], span: SourceSpan) async throws -> MutatorCall? {
        guard case .attribute(let baseExpr, let method) = calleeExpr.kind,
              Self.listMutators.contains(method) || Self.dictMutators.contains(method) else { return nil }
        let base = try await evaluate(baseExpr)
        switch base {
        case .list where Self.listMutators.contains(method), .dict where Self.dictMutators.contains(method),
             .dictSubclass where Self.dictMutators.contains(method): break
        default: return .receiver(base, method: method)
        }
        let args = try await evaluateArguments(arguments, callee: .boundMethod(receiver: base, name: method))
        let (changed, result) = try await withSpan(span) { try await mutate(base, method, args) }
        try await store(changed, at: baseExpr)
        return .mutated(result)
    }

    /// Stores a changed container back where `place` read it from; a place that is not a variable or an item
    /// (a call's result) keeps nothing, as the object would then have no other reference.
    func store(_ value: PyValue, at place: Expr) async throws {
        switch place.unparenthesized.kind {
        case .name(let name):
            rebindWhereBound(name, value)
        case .subscripted(let baseExpr, let indexExpr):
            guard case .slice = indexExpr.unparenthesized.kind else {
                let base = try await evaluate(baseExpr)
                let index = try await evaluate(indexExpr)
                try await store(try Subscripts.assign(value, into: base, at: index, span: place.span), at: baseExpr)
                return
            }
        case .call(let callee, let arguments):
            // `d.setdefault(k, []).append(v)`, `d.get(k).append(v)`: the item of `d` at `k` is what changed.
            guard case .attribute(let dictExpr, let method) = callee.kind, method == "setdefault" || method == "get",
                  case .positional(let keyExpr)? = arguments.first?.kind else { return }
            let dict = try await evaluate(dictExpr)
            let key = try await evaluate(keyExpr)
            guard case .dict(let items) = dict.asPlainDict, items.contains(where: { Operators.equal($0.key, key) }) else { return }
            try await store(try Subscripts.assign(value, into: dict, at: key, span: place.span), at: dictExpr)
        default:
            break
        }
    }

    /// Rebinds a name in the scope that holds it: the function's locals, an enclosing function's, or the globals.
    func rebindWhereBound(_ name: String, _ value: PyValue) {
        if let frame = scope, !frame.function.globalNames.contains(name) {
            if frame.values[name] != nil || frame.function.locals.contains(name) { frame.values[name] = value; return }
            if let outer = frame.enclosing(defining: name) { outer.values[name] = value; return }
        }
        globals[name] = value
    }

    private func mutate(_ base: PyValue, _ method: String, _ args: CallArguments) async throws -> (PyValue, PyValue) {
        if case .dictSubclass(let kind, let items) = base {
            // `Counter.update` adds counts; every other change is the dict's, and the kind stays.
            if case .counter = kind, method == "update" {
                var counts = items
                for source in args.positional { counts = try CollectionsModule.counted(source, into: counts, interpreter: self) }
                for keyword in args.keywords { counts = try CollectionsModule.counted(.dict([.init(key: .string(keyword.name), value: keyword.value)]), into: counts, interpreter: self) }
                return (.dictSubclass(kind, counts), .none)
            }
            let (changed, result) = try await mutate(.dict(items), method, args)
            guard case .dict(let after) = changed else { return (base, result) }
            return (.dictSubclass(kind, after), result)
        }
        switch base {
        case .list(var items):
            switch method {
            case "append":
                let v = try args.bind(["object"], required: 1)
                items.append(v[0]!)
            case "extend":
                let v = try args.bind(["iterable"], required: 1)
                items += try iterate(v[0]!, span: .point(0))
            case "insert":
                let v = try args.bind(["index", "object"], required: 2)
                let i = try v[0]!.int("index", in: method)
                let at = i < 0 ? max(0, items.count + i) : min(i, items.count)
                items.insert(v[1]!, at: at)
            case "pop":
                let v = try args.bind(["index"])
                guard !items.isEmpty else { throw ScriptError("IndexError", "pop from empty list") }
                let i = try v[0]?.int("index", in: method) ?? -1
                let at = i < 0 ? items.count + i : i
                guard items.indices.contains(at) else { throw ScriptError("IndexError", "pop index out of range") }
                let item = items.remove(at: at)
                return (.list(items), item)
            case "remove":
                let v = try args.bind(["value"], required: 1)
                guard let i = items.firstIndex(where: { Operators.equal($0, v[0]!) }) else {
                    throw ScriptError.value("list.remove(x): x not in list")
                }
                items.remove(at: i)
            case "clear":
                try args.noArguments()
                items = []
            case "reverse":
                try args.noArguments()
                items.reverse()
            default: // sort
                guard args.positional.isEmpty else { throw ScriptError.type("sort() takes no positional arguments") }
                var call = args
                call.positional = [.list(items)]
                guard case .list(let sorted) = try await Builtins.sorted(call, interpreter: self) else { return (base, .none) }
                items = sorted
            }
            return (.list(items), .none)
        case .dict(var items):
            switch method {
            case "update":
                guard args.positional.count <= 1 else {
                    throw ScriptError.type("update expected at most 1 argument, got \(args.positional.count)")
                }
                if let other = args.positional.first {
                    switch other {
                    case .dict(let pairs): for pair in pairs { items.put(pair.key, pair.value) }
                    default:
                        for pair in try iterate(other, span: .point(0)) {
                            let kv = try iterate(pair, span: .point(0))
                            guard kv.count == 2 else {
                                throw ScriptError.value("dictionary update sequence element has length \(kv.count); 2 is required")
                            }
                            items.put(kv[0], kv[1])
                        }
                    }
                }
                for keyword in args.keywords { items.put(.string(keyword.name), keyword.value) }
                return (.dict(items), .none)
            case "setdefault":
                let v = try args.bind(["key", "default"], required: 1)
                if let found = items.first(where: { Operators.equal($0.key, v[0]!) }) { return (base, found.value) }
                items.put(v[0]!, v[1] ?? .none)
                return (.dict(items), v[1] ?? .none)
            case "pop":
                let v = try args.bind(["key", "default"], required: 1)
                guard let i = items.firstIndex(where: { Operators.equal($0.key, v[0]!) }) else {
                    if let fallback = v[1] { return (base, fallback) }
                    throw ScriptError("KeyError", v[0]!.repr)
                }
                let item = items.remove(at: i)
                return (.dict(items), item.value)
            case "popitem":
                try args.noArguments()
                guard let last = items.popLast() else { throw ScriptError("KeyError", "'popitem(): dictionary is empty'") }
                return (.dict(items), .tuple([last.key, last.value]))
            default: // clear
                try args.noArguments()
                return (.dict([]), .none)
            }
        default:
            return (base, .none)
        }
    }
}
