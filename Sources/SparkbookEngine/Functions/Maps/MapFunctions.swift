/// Spark's map functions over `map<k,v>` values. Their rules run per row on `Value.map` (the entries of one
/// row are a few values; the column itself stays offsets + typed key and value columns between operators).
enum MapFunctions {
    static let all: [any ScalarFunction] = [
        // `create_map(k1, v1, ...)`, named `map(...)` as Spark names it: never null; a repeated key is Spark's
        // DUPLICATED_MAP_KEY (spark.sql.mapKeyDedupPolicy=EXCEPTION).
        MapConstructor(base: RowFunction("map", arity: 0...510, nullIntolerant: false, signature: { types, _ in
            guard types.count % 2 == 0 else {
                throw SparkError(.analysis, errorClass: "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                                 message: "The `map` requires 2n (n > 0) parameters but the actual number is \(types.count).",
                                 sqlState: "42605")
            }
            let keys = stride(from: 0, to: types.count, by: 2).map { types[$0] }
            let values = stride(from: 1, to: types.count, by: 2).map { types[$0] }
            // `map()` is `map<void,void>`, as Spark 4 types an empty collection.
            let key = keys.dropFirst().reduce(keys.first ?? .null) { TypeCoercion.commonType($0, $1) ?? .string }
            let value = values.dropFirst().reduce(values.first ?? .null) { TypeCoercion.commonType($0, $1) ?? .string }
            return FunctionSignature(inputs: types.indices.map { $0 % 2 == 0 ? key : value },
                                     result: .map(key: key, value: value, valueContainsNull: true))
        }) { v, context in
            try build(keys: stride(from: 0, to: v.count, by: 2).map { v[$0] }, values: stride(from: 1, to: v.count, by: 2).map { v[$0] }, context)
        }),
        NullabilityRule(nullIntolerant: RowFunction("map_keys", arity: 1...1, signature: { types, _ in
            let (key, _, _) = try mapArgument(types[0], "map_keys")
            return FunctionSignature(inputs: types, result: .array(element: key, containsNull: true))
        }) { v, _ in .array(v[0].mapEntries?.keys ?? []) }),
        NullabilityRule(nullIntolerant: RowFunction("map_values", arity: 1...1, signature: { types, _ in
            let (_, value, _) = try mapArgument(types[0], "map_values")
            return FunctionSignature(inputs: types, result: .array(element: value, containsNull: true))
        }) { v, _ in .array(v[0].mapEntries?.values ?? []) }),
        NullabilityRule(nullIntolerant: RowFunction("map_contains_key", arity: 2...2, signature: { types, _ in
            let (key, _, _) = try mapArgument(types[0], "map_contains_key")
            let common = TypeCoercion.commonType(key, types[1]) ?? key
            return FunctionSignature(inputs: [.map(key: common, value: types[0].mapTypes!.value, valueContainsNull: types[0].mapTypes!.valueContainsNull), common], result: .boolean)
        }) { v, _ in .boolean(v[0].mapLookup(v[1]) != nil) }),
        NullabilityRule(nullIntolerant: RowFunction("map_from_arrays", arity: 2...2, signature: { types, _ in
            guard let key = types[0].arrayElement, let value = types[1].arrayElement else {
                throw ArgumentTypeMismatch(argument: types[0].isArray ? 1 : 0, .parameter(required: "\"ARRAY\""),
                                           actual: types[types[0].isArray ? 1 : 0])
            }
            return FunctionSignature(inputs: types, result: .map(key: key, value: value, valueContainsNull: true))
        }) { v, context in
            let keys = v[0].arrayElements ?? [], values = v[1].arrayElements ?? []
            guard keys.count == values.count else {
                throw SparkError(.execution, errorClass: "INVALID_MAP_ARGUMENTS",
                                 message: "The key array and value array of MapData must have the same length.")
            }
            return try build(keys: keys, values: values, context)
        }),
    ]

    /// `map(k1, v1, ...)` (Spark's `CreateMap`): never null; its values may be null only where a value argument may be.
    struct MapConstructor: NullabilityAwareFunction {
        let base: RowFunction
        var name: String { base.name }
        var arity: ClosedRange<Int> { base.arity }

        func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
            try base.signature(argumentTypes, context: context)
        }

        func signature(_ argumentTypes: [DataType], argumentsNullable: [Bool], context: FunctionContext) throws
            -> FunctionSignature {
            let signature = try base.signature(argumentTypes, context: context)
            guard case .map(let key, let value, _) = signature.result else { return signature }
            let valuesNullable = stride(from: 1, to: argumentsNullable.count, by: 2).contains { argumentsNullable[$0] }
            return FunctionSignature(inputs: signature.inputs, result: .map(key: key, value: value, valueContainsNull: valuesNullable))
        }

        func resultNullable(argumentsNullable: [Bool], argumentTypes: [DataType]) -> Bool { false }

        func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                      context: FunctionContext) throws -> ColumnVector {
            try base.evaluate(arguments, rowCount: rowCount, signature: signature, context: context)
        }

        func generatedName(_ arguments: [String]) -> String { base.generatedName(arguments) }
    }

    /// A map from entries, refusing a null key; a repeated key is Spark's DUPLICATED_MAP_KEY, or with
    /// `spark.sql.mapKeyDedupPolicy=LAST_WIN` keeps its first place and takes the last value.
    static func build(keys: [Value], values: [Value], _ context: FunctionContext) throws -> Value {
        var seen: [Value: Int] = [:]
        var outKeys: [Value] = [], outValues: [Value] = []
        outKeys.reserveCapacity(keys.count); outValues.reserveCapacity(values.count)
        for (key, value) in zip(keys, values) {
            if key.isNull {
                throw SparkError(.execution, errorClass: "NULL_MAP_KEY", message: "Cannot use null as map key.", sqlState: "2200E")
            }
            if let index = seen[key] {
                guard context.mapKeyLastWins else {
                    throw SparkError(.execution, errorClass: "DUPLICATED_MAP_KEY",
                                     message: "Duplicate map key \(ValueCast.text(key)) was found, please check the input data. If you want to remove the duplicated keys, you can set \"spark.sql.mapKeyDedupPolicy\" to \"LAST_WIN\" so that the key inserted at last takes precedence.",
                                     sqlState: "23505")
                }
                outValues[index] = value
                continue
            }
            seen[key] = outKeys.count
            outKeys.append(key); outValues.append(value)
        }
        return .map(keys: outKeys, values: outValues)
    }

    static func mapArgument(_ type: DataType, _ function: String) throws -> (DataType, DataType, Bool) {
        guard let types = type.mapTypes else {
            throw ArgumentTypeMismatch(argument: 0, .parameter(required: "\"MAP\""), actual: type)
        }
        return types
    }
}
