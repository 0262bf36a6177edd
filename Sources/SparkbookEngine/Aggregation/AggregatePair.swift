/// The two inputs of `corr(x, y)`, `covar_samp` and `covar_pop`, packed into one aggregate argument: both cast
/// to double (Spark's `ImplicitCastInputTypes`), and null when either is, so the statistic skips the row as
/// Spark's `isNull = x.isNull || y.isNull` does. Named by its arguments, so the call prints as `corr(x, y)`.
public enum AggregatePair {
    static let functionName = "__aggregate_pair"

    static let function = RowFunction(functionName, arity: 2...2, nullIntolerant: true,
                                      namer: { $0.joined(separator: ", ") }, signature: { _, _ in
        FunctionSignature(inputs: [.double, .double], result: .array(element: .double, containsNull: false))
    }) { values, _ in .array(values) }

    public static func argument(_ x: Expression, _ y: Expression) -> Expression {
        .function(functionName, [x, y])
    }

    /// The two plain columns a bound pair reads, through the casts to double, if it reads plain columns.
    static func columns(of input: BoundExpression) -> [(index: Int, type: DataType)]? {
        guard case .function(let f, let args) = input, f.function.name == functionName, args.count == 2 else {
            return nil
        }
        var columns: [(index: Int, type: DataType)] = []
        for arg in args {
            var inner = arg
            if case .cast(let e, .double) = inner { inner = e }
            guard case .column(let index, let type) = inner,
                  type == .integer || type == .long || type == .double else { return nil }
            columns.append((index, type))
        }
        return columns
    }
}
