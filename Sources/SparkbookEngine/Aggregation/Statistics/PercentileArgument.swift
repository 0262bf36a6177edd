/// The argument of `percentile(x, p)`: the column, with the percentage riding along as a literal so the
/// aggregate call keeps one input. Its value is `x`; it prints as Spark names the call, `percentile(x, p, 1)`
/// (the frequency, 1 by default). An array of percentages (`percentile(x, array(0.25, 0.75))`) gives an array.
public enum PercentileArgument {
    static let functionName = "__percentile_argument"

    static let function = RowFunction(functionName, arity: 2...2, nullIntolerant: true,
                                      namer: { "\($0[0]), \($0[1]), 1" }, signature: { types, _ in
        FunctionSignature(inputs: [types[0], types[1].isArray ? .array(element: .double, containsNull: false) : .double],
                          result: types[0])
    }) { values, _ in values[0] }

    public static func argument(_ x: Expression, percentage: Expression) -> Expression {
        .function(functionName, [x, percentage])
    }

    /// The column and percentage of a bound argument, when the percentage is a literal.
    static func parts(of input: BoundExpression) -> (column: BoundExpression, percentage: Double)? {
        guard case .function(let f, let args) = input, f.function.name == functionName, args.count == 2 else {
            return nil
        }
        var p = args[1]
        if case .cast(let inner, _) = p { p = inner }
        guard case .literal(let value, _) = p, let percentage = value.doubleValue else { return nil }
        return (args[0], percentage)
    }

    /// The percentages of a `percentile` call given an array of them; nil for one percentage.
    static func percentages(of input: BoundExpression?) -> [Double]? {
        guard case .function(let f, let args)? = input, f.function.name == functionName, args.count == 2 else { return nil }
        var p = args[1]
        if case .cast(let inner, _) = p { p = inner }
        guard case .literal(let value, _) = p, let elements = value.arrayElements else { return nil }
        return elements.map { $0.doubleValue ?? 0 }
    }

    /// The percentage a `median` or `percentile` call computes.
    static func percentage(of call: AggregateCall) -> Double {
        call.function == .median ? 0.5 : call.input.flatMap { parts(of: $0)?.percentage } ?? 0.5
    }
}
