/// Spark's array functions that add, remove, find or pick elements: `array_append`, `array_prepend`,
/// `array_insert`, `array_remove`, `array_compact`, `array_position`, `array_repeat`, `array_size`, `get`,
/// `try_element_at`, `slice`, `flatten`, `array_join`, `array_max`, `array_min`. ANSI semantics, as Spark 4 runs
/// by default: a bad index is an error, except in the functions whose point is to tolerate it (`get`, `try_*`).
enum ArrayElementFunctions {
    static let all: [any ScalarFunction] = [
        pend("array_append") { $0 + [$1] },
        pend("array_prepend") { [$1] + $0 },
        // `array_insert(xs, pos, x)`: 1-based; -1 puts `x` after the last element (Spark 4's default of
        // `legacy.negativeIndexInArrayInsert`); a position past either end pads with nulls.
        NullabilityRule(RowFunction("array_insert", arity: 3...3, nullIntolerant: false, signature: { types, _ in
            let element = try ArrayFunctions.elementType(types[0])
            // Only an INT position: Spark refuses a BIGINT here, unlike `slice` and `get`.
            guard [.integer, .short, .byte, .null].contains(types[1]) else {
                throw ArgumentTypeMismatch(argument: 1, .parameter(required: "\"INT\""), actual: types[1])
            }
            let common = try commonElement("array_insert", element, types[2], argument: 2)
            return FunctionSignature(inputs: [.array(element: common, containsNull: true), .integer, common],
                                     result: .array(element: common, containsNull: true))
        }) { v, _ in
            guard let elements = v[0].arrayElements, let position = v[1].int64Value else { return .null }
            return .array(try insert(v[2], at: Int(position), into: elements))
        }) { nullable, _ in nullable[0] || nullable[1] },
        NullabilityRule(nullIntolerant: RowFunction("array_remove", arity: 2...2, signature: { types, _ in
            let element = try ArrayFunctions.elementType(types[0])
            let common = try commonElement("array_remove", element, types[1], argument: 1)
            return FunctionSignature(inputs: [arrayOf(common, like: types[0]), common], result: arrayOf(common, like: types[0]))
        }) { v, _ in .array((v[0].arrayElements ?? []).filter { $0.isNull || ValueOrdering.compare($0, v[1]) != 0 }) }),
        NullabilityRule(nullIntolerant: RowFunction("array_compact", arity: 1...1, signature: { types, _ in
            let element = try ArrayFunctions.elementType(types[0])
            return FunctionSignature(inputs: [types[0]], result: .array(element: element, containsNull: false))
        }) { v, _ in .array((v[0].arrayElements ?? []).filter { !$0.isNull }) }),
        // 1-based position of the first equal element, 0 when there is none; a bigint.
        NullabilityRule(nullIntolerant: RowFunction("array_position", arity: 2...2, signature: { types, _ in
            let element = try ArrayFunctions.elementType(types[0])
            let common = try commonElement("array_position", element, types[1], argument: 1)
            return FunctionSignature(inputs: [arrayOf(common, like: types[0]), common], result: .long)
        }) { v, _ in
            let index = (v[0].arrayElements ?? []).firstIndex { ValueOrdering.compare($0, v[1]) == 0 }
            return .long(index.map { Int64($0 + 1) } ?? 0)
        }),
        // `array_repeat(x, n)`: a null `x` repeats as null elements; a negative count is an empty array.
        NullabilityRule(RowFunction("array_repeat", arity: 2...2, nullIntolerant: false, signature: { types, _ in
            guard [.integer, .short, .byte, .null].contains(types[1]) else {
                throw ArgumentTypeMismatch(argument: 1, .parameter(required: "\"INT\""), actual: types[1])
            }
            return FunctionSignature(inputs: [types[0], .integer], result: .array(element: types[0], containsNull: true))
        }) { v, _ in
            guard let count = v[1].int64Value else { return .null }
            try ValueAllocation.checkArrayLength(count)
            return .array(Array(repeating: v[0], count: max(0, Int(count))))
        }) { nullable, _ in nullable[1] },
        NullabilityRule(nullIntolerant: RowFunction("array_size", arity: 1...1, signature: { types, _ in
            try FunctionSignature(inputs: [ArrayFunctions.arrayArgument(types[0])], result: .integer)
        }) { v, _ in .integer(Int32(v[0].arrayElements?.count ?? 0)) }),
        // `get(xs, i)`: zero-based, null outside the array.
        RowFunction("get", arity: 2...2, signature: { types, _ in
            let element = try ArrayFunctions.elementType(types[0])
            try integralIndex(types[1], argument: 1)
            return FunctionSignature(inputs: [types[0], .integer], result: element)
        }) { v, _ in
            let elements = v[0].arrayElements ?? []
            let index = Int(v[1].int64Value ?? -1)
            return elements.indices.contains(index) ? elements[index] : .null
        },
        // `try_element_at(xs, i)`: `element_at` with null for an index outside the array (0 is still an error).
        RowFunction("try_element_at", arity: 2...2, signature: { types, _ in
            if let (key, value, _) = types[0].mapTypes { return FunctionSignature(inputs: [types[0], key], result: value) }
            let element = try ArrayFunctions.elementType(types[0], orMap: true)
            try integralIndex(types[1], argument: 1)
            return FunctionSignature(inputs: [types[0], .integer], result: element)
        }) { v, _ in
            if v[0].mapEntries != nil { return v[0].mapLookup(v[1]) ?? .null }
            let elements = v[0].arrayElements ?? []
            let index = Int(v[1].int64Value ?? 0)
            guard index != 0 else { throw ArrayElementFunctions.indexZero }
            guard abs(index) <= elements.count else { return .null }
            return elements[index > 0 ? index - 1 : elements.count + index]
        },
        NullabilityRule(nullIntolerant: RowFunction("slice", arity: 3...3, signature: { types, _ in
            _ = try ArrayFunctions.elementType(types[0])
            try integralIndex(types[1], argument: 1)
            try integralIndex(types[2], argument: 2)
            return FunctionSignature(inputs: [types[0], .integer, .integer], result: types[0])
        }) { v, _ in .array(try slice(v[0].arrayElements ?? [], start: Int(v[1].int64Value ?? 0), length: Int(v[2].int64Value ?? 0))) }),
        // `flatten(xss)`: null when any inner array is null.
        RowFunction("flatten", arity: 1...1, signature: { types, _ in
            guard case .array(let inner, _) = types[0], case .array(let element, let containsNull) = inner else {
                throw ArgumentTypeMismatch(argument: 0, .parameter(required: "\"ARRAY\" of \"ARRAY\""), actual: types[0])
            }
            return FunctionSignature(inputs: [types[0]], result: .array(element: element, containsNull: containsNull))
        }) { v, _ in
            var out: [Value] = []
            for inner in v[0].arrayElements ?? [] {
                guard let elements = inner.arrayElements else { return .null }
                out += elements
            }
            return .array(out)
        },
        // `array_join(xs, sep[, nullReplacement])`: null elements are skipped unless a replacement is given.
        NullabilityRule(nullIntolerant: RowFunction("array_join", arity: 2...3, signature: { types, _ in
            _ = try ArrayFunctions.elementType(types[0])
            return FunctionSignature(inputs: [.array(element: .string, containsNull: true), .string, .string].prefix(types.count).map { $0 },
                                     result: .string)
        }) { v, _ in
            let replacement = v.count > 2 ? v[2].string : nil
            let parts = (v[0].arrayElements ?? []).compactMap { $0.isNull ? replacement : $0.string }
            return .string(parts.joined(separator: v[1].string))
        }),
        extreme("array_max", order: 1),
        extreme("array_min", order: -1),
    ]

    /// `array_append`/`array_prepend`: the element may be null (it is added as null); a null array is null.
    static func pend(_ name: String, _ combine: @escaping @Sendable ([Value], Value) -> [Value]) -> any ScalarFunction {
        NullabilityRule(RowFunction(name, arity: 2...2, nullIntolerant: false, signature: { types, _ in
            let element = try ArrayFunctions.elementType(types[0])
            let common = try commonElement(name, element, types[1], argument: 1)
            return FunctionSignature(inputs: [.array(element: common, containsNull: true), common],
                                     result: .array(element: common, containsNull: true))
        }) { v, _ in
            guard let elements = v[0].arrayElements else { return .null }
            return .array(combine(elements, v[1]))
        }) { nullable, _ in nullable[0] }
    }

    /// `array_max`/`array_min`: nulls skipped, null for an empty array.
    static func extreme(_ name: String, order: Int) -> any ScalarFunction {
        RowFunction(name, arity: 1...1, signature: { types, _ in
            let element = try ArrayFunctions.elementType(types[0])
            return FunctionSignature(inputs: [types[0]], result: element)
        }) { v, _ in
            var best = Value.null
            for x in v[0].arrayElements ?? [] where !x.isNull {
                if best.isNull || (ValueOrdering.compare(x, best) ?? 0) * order > 0 { best = x }
            }
            return best
        }
    }

    static func insert(_ value: Value, at position: Int, into elements: [Value]) throws -> [Value] {
        guard position != 0 else { throw indexZero }
        var out = elements
        if position > 0 {
            let index = position - 1
            if index > out.count { out += Array(repeating: .null, count: index - out.count) }
            out.insert(value, at: index)
        } else {
            // -1 is after the last element; past the front, nulls pad between `value` and the array.
            let fromEnd = -position
            if fromEnd > out.count {
                return [value] + Array(repeating: .null, count: fromEnd - out.count - 1) + out
            }
            out.insert(value, at: out.count - fromEnd + 1)
        }
        return out
    }

    static let indexZero = SparkError(.execution, errorClass: "INVALID_INDEX_OF_ZERO",
                                      message: "The index 0 is invalid. An index shall be either < 0 or > 0 (the first element has index 1).",
                                      sqlState: "22003")

    static func slice(_ elements: [Value], start: Int, length: Int) throws -> [Value] {
        guard start != 0 else {
            throw SparkError(.execution, errorClass: "INVALID_PARAMETER_VALUE.START",
                             message: "The value of parameter(s) `start` in `slice` is invalid: Expects a positive or a negative value for `start`, but got 0.",
                             sqlState: "22023")
        }
        guard length >= 0 else {
            throw SparkError(.execution, errorClass: "INVALID_PARAMETER_VALUE.LENGTH",
                             message: "The value of parameter(s) `length` in `slice` is invalid: Expects `length` greater than or equal to 0, but got \(length).",
                             sqlState: "22023")
        }
        let from = start > 0 ? start - 1 : elements.count + start
        guard from >= 0, from < elements.count else { return [] }
        return Array(elements[from..<min(elements.count, from + length)])
    }

    /// The element type an array and a value share, or Spark's mismatch naming both.
    static func commonElement(_ function: String, _ element: DataType, _ value: DataType, argument: Int) throws -> DataType {
        if value == .null { return element }
        if element == .null { return value }
        guard let common = TypeCoercion.commonType(element, value) else {
            throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.ARRAY_FUNCTION_DIFF_TYPES",
                             message: "Cannot resolve \"\(function)\" due to data type mismatch: Input to `\(function)` should have been \"ARRAY\" followed by a value with same element type, but it's [\"ARRAY<\(element.simpleString.uppercased())>\", \"\(value.simpleString.uppercased())\"].",
                             sqlState: "42K09")
        }
        return common
    }

    static func arrayOf(_ element: DataType, like type: DataType) -> DataType {
        if case .array(_, let containsNull) = type { return .array(element: element, containsNull: containsNull) }
        return .array(element: element, containsNull: true)
    }

    /// An index or length argument: integral types only (a string or a double is Spark's type error).
    static func integralIndex(_ type: DataType, argument: Int) throws {
        guard [.integer, .short, .byte, .long, .null].contains(type) else {
            throw ArgumentTypeMismatch(argument: argument, .parameter(required: "\"INT\""), actual: type)
        }
    }
}
