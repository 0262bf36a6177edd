/// The inputs of aggregates that read more than one value, packed into the one input expression an aggregate
/// call keeps. `tuple` packs columns of any types into one array value, null-tolerant (`max_by` returns the `x`
/// of the row with the greatest `ord` even when that `x` is null); `withLiterals` lets literal parameters (`k`, a
/// delimiter, percentages, an accuracy) ride along with the input, whose value it is. Both print as their
/// arguments joined by ", ", so calls are named as Spark names them (`max_by(x, y, 2)`, `listagg(s, NULL)`).
public enum AggregateArguments {
    static let tupleName = "__aggregate_tuple"
    static let literalsName = "__aggregate_literals"
    /// Literals Spark leaves out of the call's name (`approx_count_distinct(id)` for a relative SD of 0.1).
    static let unnamedLiteralsName = "__aggregate_unnamed_literals"

    static let tupleFunction = RowFunction(tupleName, arity: 2...8, nullIntolerant: false, nullability: .never,
                                           namer: { $0.joined(separator: ", ") }, signature: { types, _ in
        FunctionSignature(inputs: types, result: .array(element: types[0], containsNull: true))
    }) { values, _ in .array(values) }

    static let literalsFunction = RowFunction(literalsName, arity: 2...8, nullIntolerant: false,
                                              nullability: .rule { $0[0] },
                                              namer: { $0.joined(separator: ", ") }, signature: { types, _ in
        FunctionSignature(inputs: types, result: types[0])
    }) { values, _ in values[0] }

    static let unnamedLiteralsFunction = RowFunction(unnamedLiteralsName, arity: 2...8, nullIntolerant: false,
                                                     nullability: .rule { $0[0] }, namer: { $0[0] }, signature: { types, _ in
        FunctionSignature(inputs: types, result: types[0])
    }) { values, _ in values[0] }

    static let functions = [tupleFunction, literalsFunction, unnamedLiteralsFunction]

    /// `x, ord` as one array value per row.
    public static func tuple(_ columns: [Expression]) -> Expression { .function(tupleName, columns) }

    /// `input` with `literals` riding along.
    public static func withLiterals(_ input: Expression, _ literals: [Expression], named: Bool = true) -> Expression {
        literals.isEmpty ? input : .function(named ? literalsName : unnamedLiteralsName, [input] + literals)
    }

    /// The literal parameters riding along with a bound input (empty when none do).
    static func literals(of input: BoundExpression?) -> [Value] {
        guard case .function(let f, let args)? = input, [literalsName, unnamedLiteralsName].contains(f.function.name) else { return [] }
        return args.dropFirst().map { arg in
            if case .literal(let value, _) = arg { return value }
            // A constant expression (`array(0.1, 0.9)` in SQL): its value over one row of no columns.
            let row = RecordBatch(schema: StructType([]), columns: [], rowCount: 1)
            return (try? arg.evaluate(row).value(at: 0)) ?? .null
        }
    }

    /// The bound input without the literals riding along.
    static func value(of input: BoundExpression?) -> BoundExpression? {
        guard case .function(let f, let args)? = input, [literalsName, unnamedLiteralsName].contains(f.function.name) else { return input }
        return args[0]
    }

    /// The types of the columns a bound input packs (one for an unpacked input).
    static func tupleTypes(of input: BoundExpression?) -> [DataType] {
        guard let input = value(of: input) else { return [] }
        if case .function(let f, let args) = input, f.function.name == tupleName { return args.map(\.dataType) }
        return [input.dataType]
    }
}
