/// Spark's functions between maps and their entries: `map_concat`, `map_entries`, `map_from_entries` and
/// `str_to_map`. Each builds its map through `MapFunctions.build`, so a repeated key follows
/// `spark.sql.mapKeyDedupPolicy` (an error, or the last value wins) as every map constructor does.
enum MapEntryFunctions {
    static let all: [any ScalarFunction] = [
        // `map_concat(m1, m2, ...)`: the entries of each in turn; null if any map is.
        NullabilityRule(nullIntolerant: RowFunction("map_concat", arity: 0...Int.max, signature: { types, _ in
            guard let first = types.first else {
                return FunctionSignature(inputs: [], result: .map(key: .string, value: .string, valueContainsNull: true))
            }
            for (i, type) in types.enumerated() where type.mapTypes == nil {
                throw ArgumentTypeMismatch(argument: i, .parameter(required: "\"MAP\""), actual: type)
            }
            var result = first
            for type in types.dropFirst() {
                guard let common = TypeCoercion.commonType(result, type) else {
                    throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.DATA_DIFF_TYPES",
                                     message: "Cannot resolve \"map_concat\" due to data type mismatch: Input to `map_concat` should all be the same type, but it's [\(types.map { "\"\($0.simpleString.uppercased())\"" }.joined(separator: ", "))].",
                                     sqlState: "42K09")
                }
                result = common
            }
            return FunctionSignature(inputs: types.map { _ in result }, result: result)
        }) { v, context in
            var keys: [Value] = [], values: [Value] = []
            for map in v {
                guard let (k, e) = map.mapEntries else { return .null }
                keys += k; values += e
            }
            return try MapFunctions.build(keys: keys, values: values, context)
        }),
        // `map_entries(m)`: an array of `struct<key, value>`, in the map's order.
        NullabilityRule(nullIntolerant: RowFunction("map_entries", arity: 1...1, signature: { types, _ in
            let (key, value, valueContainsNull) = try MapFunctions.mapArgument(types[0], "map_entries")
            let entry = StructType([StructField("key", key, nullable: false), StructField("value", value, nullable: valueContainsNull)])
            return FunctionSignature(inputs: types, result: .array(element: .structure(entry), containsNull: false))
        }) { v, _ in
            guard let (keys, values) = v[0].mapEntries else { return .null }
            return .array(zip(keys, values).map { .structure(names: ["key", "value"], values: [$0, $1]) })
        }),
        // `map_from_entries(array<struct<k, v>>)`: null if an entry is null.
        NullabilityRule(nullIntolerant: RowFunction("map_from_entries", arity: 1...1, signature: { types, _ in
            guard case .array(.structure(let entry), _) = types[0], entry.count == 2 else {
                throw ArgumentTypeMismatch(argument: 0, .parameter(required: "\"ARRAY\" of pair \"STRUCT\""), actual: types[0])
            }
            return FunctionSignature(inputs: types, result: .map(key: entry[0].dataType, value: entry[1].dataType,
                                                                 valueContainsNull: entry[1].nullable))
        }) { v, context in
            var keys: [Value] = [], values: [Value] = []
            for element in v[0].arrayElements ?? [] {
                guard case .structure(_, let pair) = element, pair.count == 2 else { return .null }
                keys.append(pair[0]); values.append(pair[1])
            }
            return try MapFunctions.build(keys: keys, values: values, context)
        }),
        // `str_to_map(text, pairDelim, keyValueDelim)`: both delimiters are regular expressions (Java's split);
        // a pair without the second delimiter maps its key to null.
        NullabilityRule(nullIntolerant: RowFunction("str_to_map", arity: 1...3, signature: { types, _ in
            FunctionSignature(inputs: types.map { _ in .string }, result: .map(key: .string, value: .string, valueContainsNull: true))
        }) { v, context in
            let pairDelimiter = v.count > 1 ? v[1].string : ","
            let keyValueDelimiter = v.count > 2 ? v[2].string : ":"
            var keys: [Value] = [], values: [Value] = []
            for pair in try SplitFunction.split(v[0].string, pattern: pairDelimiter, limit: -1) {
                let parts = try SplitFunction.split(pair, pattern: keyValueDelimiter, limit: 2)
                keys.append(.string(parts[0]))
                values.append(parts.count > 1 ? .string(parts[1]) : .null)
            }
            return try MapFunctions.build(keys: keys, values: values, context)
        }),
    ]
}
