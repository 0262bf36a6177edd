/// Spark's array functions: `size`, `array_contains`, `element_at`, `col[i]`, `sort_array`, `array_sort`
/// (the constructor `array(...)` is `ArrayConstructor`, `split` is `SplitFunction`). ANSI mode semantics, as
/// Spark 4 runs by default: a bad index is an error, not null.
public enum ArrayFunctions {
    static let all: [any ScalarFunction] = [
        ArrayConstructor(), NullabilityRule(nullIntolerant: SplitFunction.make()),
        // `size(NULL)` is NULL under ANSI mode (the legacy -1 applies only with ANSI off).
        NullabilityRule(nullIntolerant: RowFunction("size", arity: 1...1, signature: { types, _ in
            if types[0].mapTypes != nil { return FunctionSignature(inputs: types, result: .integer) }
            return try FunctionSignature(inputs: [arrayArgument(types[0], orMap: true)], result: .integer)
        }) { v, _ in .integer(Int32(v[0].arrayElements?.count ?? v[0].mapEntries?.keys.count ?? 0)) }),
        // Null also when the array may hold a null element and no element matches.
        NullabilityRule(RowFunction("array_contains", arity: 2...2, signature: { types, _ in
            let element = try elementType(types[0])
            guard types[1] != .null else {
                throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.NULL_TYPE",
                                 message: "Cannot resolve \"array_contains\" due to data type mismatch: Null typed values cannot be used as arguments of `array_contains`.",
                                 sqlState: "42K09")
            }
            let common = TypeCoercion.commonType(element, types[1]) ?? element
            return FunctionSignature(inputs: [.array(element: common, containsNull: true), common], result: .boolean)
        }) { v, _ in
            let elements = v[0].arrayElements ?? []
            if elements.contains(where: { ValueOrdering.compare($0, v[1]) == 0 }) { return .boolean(true) }
            // No match but a null element: Spark cannot say, so the answer is null.
            return elements.contains(where: \.isNull) ? .null : .boolean(false)
        }) { nullable, types in
            nullable.contains(true) || types[0] == .null || { if case .array(_, true) = types[0] { true } else { false } }()
        },
        RowFunction("element_at", arity: 2...2, signature: { types, _ in
            if let (key, value, _) = types[0].mapTypes { return FunctionSignature(inputs: [types[0], key], result: value) }
            let element = try elementType(types[0], orMap: true)
            return FunctionSignature(inputs: [types[0], .integer], result: element)
        }) { v, _ in
            if v[0].mapEntries != nil { return v[0].mapLookup(v[1]) ?? .null }
            let elements = v[0].arrayElements ?? []
            let index = Int(v[1].int64Value ?? 0)
            guard index != 0 else {
                throw SparkError(.execution, errorClass: "INVALID_INDEX_OF_ZERO",
                                 message: "The index 0 is invalid. An index shall be either < 0 or > 0 (the first element has index 1).",
                                 sqlState: "22003")
            }
            guard abs(index) <= elements.count else {
                throw SparkError(.execution, errorClass: "INVALID_ARRAY_INDEX_IN_ELEMENT_AT",
                                 message: "The index \(index) is out of bounds. The array has \(elements.count) elements. Use `try_element_at` to tolerate accessing element at invalid index and return NULL instead.",
                                 sqlState: "22003")
            }
            return elements[index > 0 ? index - 1 : elements.count + index]
        },
        // `col[i]` and `col.getItem(i)`: zero-based, named `col[i]`.
        RowFunction(itemAccess, arity: 2...2, namer: { "\($0[0])[\($0[1])]" }, signature: { types, _ in
            if let (key, value, _) = types[0].mapTypes { return FunctionSignature(inputs: [types[0], key], result: value) }
            guard let element = types[0].arrayElement else {
                throw ArgumentTypeMismatch(argument: 0, .extractBase, actual: types[0])
            }
            return FunctionSignature(inputs: [types[0], .integer], result: element)
        }) { v, _ in
            if v[0].mapEntries != nil { return v[0].mapLookup(v[1]) ?? .null }
            let elements = v[0].arrayElements ?? []
            let index = Int(v[1].int64Value ?? 0)
            guard elements.indices.contains(index) else {
                throw SparkError(.execution, errorClass: "INVALID_ARRAY_INDEX",
                                 message: "The index \(index) is out of bounds. The array has \(elements.count) elements. Use the SQL function `get()` to tolerate accessing element at invalid index and return NULL instead.",
                                 sqlState: "22003")
            }
            return elements[index]
        },
        NullabilityRule(nullIntolerant: RowFunction("sort_array", arity: 1...2, namer: { $0.count == 1 ? "sort_array(\($0[0]), true)" : "sort_array(\($0.joined(separator: ", ")))" },
                    signature: { types, _ in
            _ = try elementType(types[0])
            return FunctionSignature(inputs: [types[0], .boolean], result: types[0])
        }) { v, _ in
            let ascending = v.count < 2 || v[1] != .boolean(false)
            // Nulls first when ascending, last when descending.
            return .array(sorted(v[0].arrayElements ?? [], ascending: ascending, nullsFirst: ascending))
        }),
        NullabilityRule(nullIntolerant: RowFunction("array_sort", arity: 1...1, namer: { $0.count == 1 ? "array_sort(\($0[0]), \(defaultComparatorName))" : "array_sort(\($0.joined(separator: ", ")))" },
                    signature: { types, _ in
            _ = try elementType(types[0])
            return FunctionSignature(inputs: [types[0]], result: types[0])
        }) { v, _ in .array(sorted(v[0].arrayElements ?? [], ascending: true, nullsFirst: false)) }),
    ]

    /// The internal name of `col[i]`; not a Spark SQL function, so it cannot clash with one.
    public static let itemAccess = "__array_item"

    /// How Spark names `array_sort`'s default comparator in a generated column name.
    static let defaultComparatorName = "lambdafunction((IF(((namedlambdavariable() IS NULL) AND (namedlambdavariable() IS NULL)), 0, (IF((namedlambdavariable() IS NULL), 1, (IF((namedlambdavariable() IS NULL), -1, (IF((namedlambdavariable() < namedlambdavariable()), -1, (IF((namedlambdavariable() > namedlambdavariable()), 1, 0)))))))))), namedlambdavariable(), namedlambdavariable())"

    static func sorted(_ elements: [Value], ascending: Bool, nullsFirst: Bool) -> [Value] {
        let nulls = elements.filter(\.isNull)
        let values = elements.filter { !$0.isNull }.sorted { a, b in
            let order = ValueOrdering.compare(a, b) ?? 0
            return ascending ? order < 0 : order > 0
        }
        return nullsFirst ? nulls + values : values + nulls
    }

    /// The element type of the first argument, or Spark's mismatch for it (`orMap`: where Spark also takes
    /// maps, which its message then names).
    static func elementType(_ type: DataType, orMap: Bool = false) throws -> DataType {
        if let element = type.arrayElement { return element }
        throw ArgumentTypeMismatch(argument: 0, .parameter(required: orMap ? "(\"ARRAY\" or \"MAP\")" : "\"ARRAY\""),
                                   actual: type)
    }

    static func arrayArgument(_ type: DataType, orMap: Bool = false) throws -> DataType {
        _ = try elementType(type, orMap: orMap)
        return type
    }
}
