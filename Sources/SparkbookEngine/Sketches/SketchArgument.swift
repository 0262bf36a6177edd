/// The argument of a sketch aggregate (`hll_sketch_agg(x, 12)`, `tuple_sketch_agg_double(key, value, 12, sum)`):
/// the input columns and the literal parameters in one expression, so the aggregate call keeps one input. Its
/// value is the columns' values as an array; it prints as Spark names the call's arguments, parameters included
/// (Spark fills the defaults in, and the column name shows them).
public enum SketchArgument {
    static let functionName = "__sketch_argument"

    static let function = RowFunction(functionName, arity: 2...8, nullIntolerant: false, nullability: .never,
                                      namer: { Array($0.dropFirst()).joined(separator: ", ") }, signature: { types, _ in
        FunctionSignature(inputs: types, result: .array(element: types.count > 1 ? types[1] : .null, containsNull: true))
    }) { values, _ in
        let columns = Int(values[0].int64Value ?? 1)
        return .array(Array(values[1...columns]))
    }

    /// `columns` then `parameters` (literals), with the count of columns leading.
    public static func argument(_ columns: [Expression], _ parameters: [Expression]) -> Expression {
        .function(functionName, [.literal(.integer(Int32(columns.count)))] + columns + parameters)
    }

    /// The input columns' types and the parameters' literal values of a bound argument.
    static func parts(of input: BoundExpression?) -> (columnTypes: [DataType], parameters: [Value])? {
        guard case .function(let f, let args)? = input, f.function.name == functionName,
              let count = literal(args[0])?.int64Value, args.count > Int(count) else { return nil }
        let columns = args[1...Int(count)].map(\.dataType)
        let parameters = args[(Int(count) + 1)...].map { literal($0) ?? .null }
        return (Array(columns), Array(parameters))
    }

    private static func literal(_ e: BoundExpression) -> Value? {
        var e = e
        if case .cast(let inner, _) = e { e = inner }
        if case .literal(let value, _) = e { return value }
        return nil
    }
}
