import SparkbookDataFrame

/// `type(x)`, `isinstance(x, cls)` and `Row(...)`: classes as values.
extension Builtins {
    static func type(_ args: CallArguments) throws -> PyValue {
        guard args.positional.count == 1, args.keywords.isEmpty else {
            throw ScriptError("NotImplementedError", "type() with three arguments (creating a class) is not supported in Sparkbook")
        }
        return .pyClass(PyClass.of(args.positional[0]))
    }

    static func isinstance(_ args: CallArguments) throws -> PyValue {
        let v = try args.bind(["obj", "class_or_tuple"], required: 2)
        let candidates: [PyValue] = if case .tuple(let items) = v[1]! { items } else { [v[1]!] }
        let own = PyClass.of(v[0]!)
        for candidate in candidates {
            guard let cls = PyClass.named(by: candidate) else {
                throw ScriptError.type("isinstance() arg 2 must be a type, a tuple of types, or a union")
            }
            if own.isSubclass(of: cls) { return .bool(true) }
            // An instance of a data type class: `isinstance(field.dataType, IntegerType)`.
            if case .dataType(let type) = v[0]!, case .sparkTypeClass(let typeClass) = candidate, SparkTypeClass.of(type) == typeClass {
                return .bool(true)
            }
        }
        return .bool(false)
    }

    /// `Row(name="Ann", age=3)`: fields in the order given, as PySpark 3+ keeps them.
    static func row(_ args: CallArguments) throws -> PyValue {
        guard args.positional.isEmpty else {
            throw ScriptError("NotImplementedError", "Row with positional fields (a Row class) is not supported in Sparkbook; use Row(name=value, ...)")
        }
        return .row(Row(names: args.keywords.map(\.name), values: try args.keywords.map { try $0.value.sparkValue() }))
    }
}
