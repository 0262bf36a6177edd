/// Spark's array functions that treat arrays as sets: `array_distinct`, `array_union`, `array_intersect`,
/// `array_except`, `arrays_overlap`. Results keep the order in which elements first appear (the first array's,
/// then the second's), hold each value once, and hold null at most once, as Spark's do.
enum ArraySetFunctions {
    static let all: [any ScalarFunction] = [
        NullabilityRule(nullIntolerant: RowFunction("array_distinct", arity: 1...1, signature: { types, _ in
            _ = try ArrayFunctions.elementType(types[0])
            return FunctionSignature(inputs: [types[0]], result: types[0])
        }) { v, _ in .array(distinct(v[0].arrayElements ?? [])) }),
        binary("array_union", containsNull: { $0 || $1 }) { a, b in distinct(a + b) },
        binary("array_intersect", containsNull: { $0 && $1 }) { a, b in
            let other = DistinctValues(b)
            return distinct(a).filter { other.contains($0) }
        },
        binary("array_except", containsNull: { a, _ in a }) { a, b in
            let other = DistinctValues(b)
            return distinct(a).filter { !other.contains($0) }
        },
        // True when a non-null element is in both; otherwise null when both are non-empty and either holds a
        // null (Spark cannot say), else false.
        NullabilityRule(RowFunction("arrays_overlap", arity: 2...2, signature: { types, _ in
            let common = try commonArray("arrays_overlap", types)
            return FunctionSignature(inputs: [common, common], result: .boolean)
        }) { v, _ in
            let a = v[0].arrayElements ?? [], b = v[1].arrayElements ?? []
            let other = DistinctValues(b)
            if a.contains(where: { !$0.isNull && other.contains($0) }) { return .boolean(true) }
            let holdsNull = a.contains(where: \.isNull) || b.contains(where: \.isNull)
            return holdsNull && !a.isEmpty && !b.isEmpty ? .null : .boolean(false)
        }) { nullable, types in
            nullable.contains(true) || types.contains { if case .array(_, true) = $0 { true } else { false } }
        },
    ]

    /// A function of two arrays of one common element type, null when either array is.
    static func binary(_ name: String, containsNull: @escaping @Sendable (Bool, Bool) -> Bool,
                       _ combine: @escaping @Sendable ([Value], [Value]) -> [Value]) -> any ScalarFunction {
        NullabilityRule(nullIntolerant: RowFunction(name, arity: 2...2, signature: { types, _ in
            let common = try commonArray(name, types)
            let nulls = types.map { if case .array(_, let n) = $0 { n } else { true } }
            guard case .array(let element, _) = common else { return FunctionSignature(inputs: types, result: common) }
            return FunctionSignature(inputs: [common, common],
                                     result: .array(element: element, containsNull: containsNull(nulls[0], nulls[1])))
        }) { v, _ in .array(combine(v[0].arrayElements ?? [], v[1].arrayElements ?? [])) })
    }

    /// The array type both arguments widen to, or Spark's mismatch.
    static func commonArray(_ name: String, _ types: [DataType]) throws -> DataType {
        _ = try ArrayFunctions.elementType(types[0])
        guard types[1].isArray, let common = TypeCoercion.commonType(types[0], types[1]) else {
            throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.BINARY_ARRAY_DIFF_TYPES",
                             message: "Cannot resolve \"\(name)\" due to data type mismatch: Input to function `\(name)` should have been two \"ARRAY\" with same element type, but it's [\"\(types[0].simpleString.uppercased())\", \"\(types[1].simpleString.uppercased())\"].",
                             sqlState: "42K09")
        }
        return common
    }

    /// The elements in first-seen order, each value once.
    static func distinct(_ elements: [Value]) -> [Value] {
        var seen = Set<Value>()
        var out: [Value] = []
        for x in elements where seen.insert(SparkEquality.key(x)).inserted { out.append(x) }
        return out
    }

    /// A set of values compared as Spark compares array elements (null equal to null).
    struct DistinctValues {
        let keys: Set<Value>
        init(_ elements: [Value]) { keys = Set(elements.map(SparkEquality.key)) }
        func contains(_ value: Value) -> Bool { keys.contains(SparkEquality.key(value)) }
    }
}

/// The key two values are equal under in Spark's set operations: -0.0 is 0.0 and every NaN is one NaN
/// (Spark's `NormalizeFloatingNumbers`); other values are their own key. NaN, unequal to itself in Swift, keys
/// as a string no number array can hold.
enum SparkEquality {
    static let nan = Value.string("\u{0}NaN")

    static func key(_ value: Value) -> Value {
        switch value {
        case .double(let d) where d.isNaN: nan
        case .double(let d) where d == 0: .double(0)
        case .float(let f) where f.isNaN: nan
        case .float(let f) where f == 0: .float(0)
        case .array(let xs): .array(xs.map(key))
        default: value
        }
    }
}
