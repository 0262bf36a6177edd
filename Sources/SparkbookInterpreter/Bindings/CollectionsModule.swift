import SparkbookSyntax

/// Python's `collections` basics: `Counter`, `defaultdict`, `OrderedDict` (dicts that differ in what a missing
/// key gives and how they print) and `namedtuple` (a class of named tuples). Their items are a dict's items
/// (`PyValue.dictSubclass`), so a dict's methods, `len`, `in` and iteration treat them as the dict they are.
enum CollectionsModule {
    static let names = ["Counter", "OrderedDict", "defaultdict", "namedtuple"]

    static func call(_ name: String, _ args: CallArguments, interpreter: Interpreter) async throws -> PyValue {
        switch name {
        case "Counter":
            guard args.positional.count <= 1 else { throw ScriptError.type("expected at most 1 argument, got \(args.positional.count)") }
            var items: [PyValue.DictItem] = []
            if let source = args.positional.first { items = try counted(source, into: items, interpreter: interpreter) }
            for keyword in args.keywords { items.put(.string(keyword.name), keyword.value) }
            return .dictSubclass(.counter, items)
        case "OrderedDict":
            guard case .dict(let items) = try await Builtins.call("dict", args, interpreter: interpreter) else { return .none }
            return .dictSubclass(.ordered, items)
        case "defaultdict":
            var rest = args
            let factory = rest.positional.isEmpty ? PyValue.none : rest.positional.removeFirst()
            switch factory {
            case .none, .builtin, .function, .pyClass, .boundMethod, .namedTupleClass: break
            default: throw ScriptError.type("first argument must be callable or None")
            }
            guard case .dict(let items) = try await Builtins.call("dict", rest, interpreter: interpreter) else { return .none }
            return .dictSubclass(.defaultDict(factory: factory), items)
        case "namedtuple":
            let v = try args.bind(["typename", "field_names", "rename", "defaults", "module"], required: 2)
            let typeName = try v[0]!.string("typename", in: name)
            let fields: [String]
            switch v[1]! {
            case .string(let s): fields = s.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            case let other: fields = try interpreter.iterate(other, span: .point(0)).map { try $0.string("field_names", in: name) }
            }
            return .namedTupleClass(typeName, fields)
        default:
            throw Members.missingAttribute(name, of: .module(.collections))
        }
    }

    /// A Counter's counts plus those of `source`: an iterable's items counted, or a mapping's counts added.
    static func counted(_ source: PyValue, into items: [PyValue.DictItem], interpreter: Interpreter) throws -> [PyValue.DictItem] {
        var items = items
        func add(_ key: PyValue, _ n: PyValue) throws {
            let current = items.first { Operators.equal($0.key, key) }?.value ?? .int(0)
            items.put(key, try Operators.binary(.add, current, n, span: .point(0)))
        }
        switch source {
        case .dict(let pairs), .dictSubclass(_, let pairs): for pair in pairs { try add(pair.key, pair.value) }
        default: for item in try interpreter.iterate(source, span: .point(0)) { try add(item, .int(1)) }
        }
        return items
    }

    /// `Counter.most_common(n)`: (item, count) pairs by descending count, ties in first-seen order.
    static func mostCommon(_ items: [PyValue.DictItem], _ n: Int?) throws -> PyValue {
        var failure: Error?
        let order = items.indices.sorted { a, b in
            do {
                let o = try Operators.ordering(items[a].value, items[b].value, .less, .point(0))
                return o == 0 ? a < b : o > 0
            } catch { failure = error; return false }
        }
        if let failure { throw failure }
        return .list(order.prefix(n ?? order.count).map { .tuple([items[$0].key, items[$0].value]) })
    }

    static func repr(_ kind: PyValue.DictSubclass, _ items: [PyValue.DictItem]) -> String {
        let plain = PyValue.dict(items).repr
        switch kind {
        case .counter:
            guard !items.isEmpty, case .list(let pairs)? = try? mostCommon(items, nil) else { return "Counter()" }
            return "Counter({" + pairs.map { pair -> String in
                guard case .tuple(let kv) = pair else { return "" }
                return "\(kv[0].repr): \(kv[1].repr)"
            }.joined(separator: ", ") + "})"
        case .ordered:
            // Python 3.11's form, as the PySpark the parity suite records with prints it.
            guard !items.isEmpty else { return "OrderedDict()" }
            return "OrderedDict([" + items.map { "(\($0.key.repr), \($0.value.repr))" }.joined(separator: ", ") + "])"
        case .defaultDict(let factory):
            // `int`, `list`: the built-in classes print as classes.
            var factoryRepr = factory.repr
            if case .builtin(let name) = factory, PyClass.builtinTypes.contains(name) { factoryRepr = PyClass(name).repr }
            return "defaultdict(\(factoryRepr), \(plain))"
        }
    }
}

extension PyValue {
    /// The dict subclasses of `collections`.
    public enum DictSubclass: Sendable {
        case counter
        case ordered
        /// What a missing key is set to: the factory called with no argument (None: a KeyError).
        case defaultDict(factory: PyValue)

        var typeName: String {
            switch self {
            case .counter: "Counter"
            case .ordered: "OrderedDict"
            case .defaultDict: "defaultdict"
            }
        }
    }

    /// A dict or a dict subclass as the plain dict it holds.
    var asPlainDict: PyValue {
        if case .dictSubclass(_, let items) = self { return .dict(items) }
        return self
    }

    /// The same kind of dict (a subclass keeps its kind) holding other items.
    func withDictItems(_ items: [DictItem]) -> PyValue {
        if case .dictSubclass(let kind, _) = self { return .dictSubclass(kind, items) }
        return .dict(items)
    }
}
