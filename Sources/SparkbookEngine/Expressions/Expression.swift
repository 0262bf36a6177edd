/// An unresolved column expression, as the DataFrame API builds it: names are looked up at analysis time.
public indirect enum Expression: Sendable, Hashable {
    /// A column by name (`col("amount")`, `"amount"`).
    case column(String)
    /// A column taken from one DataFrame (`df["id"]`, `df.id`): after a join where the name occurs on both
    /// sides it resolves to the side that came from that DataFrame (`planId`), as Spark tracks plan ids.
    case dataFrameColumn(String, planId: Int)
    /// The column at a position of the input, named `name`: how `drop` and `withColumnRenamed` keep every column
    /// of a frame whose names repeat after a join, where a name would be ambiguous.
    case columnAt(Int, name: String)
    /// `*`: every column, or a row for `count("*")`.
    case star
    case literal(Value)
    case alias(Expression, name: String)
    case aggregate(AggregateFunction, Expression)
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    case cast(Expression, DataType)
    /// A scalar function resolved by name through the `FunctionRegistry` (`upper(name)`, `round(x, 2)`).
    case function(String, [Expression])
    /// A sort key (`col.asc()`, `desc("n")`); only meaningful inside `orderBy`/`sort` and window orderings.
    case sortOrder(Expression, SortDirection)
    /// A window function or an aggregate evaluated over a window (`row_number().over(w)`).
    case window(WindowFunctionCall, WindowSpecification)
}

extension Expression {
    /// Whether the expression contains an aggregate function anywhere.
    public var containsAggregate: Bool {
        switch self {
        case .aggregate: true
        case .column, .dataFrameColumn, .columnAt, .star, .literal: false
        case .alias(let e, _), .unary(_, let e), .cast(let e, _), .sortOrder(let e, _): e.containsAggregate
        case .binary(_, let l, let r): l.containsAggregate || r.containsAggregate
        case .function(_, let args): args.contains { $0.containsAggregate }
        case .window: false
        }
    }

    /// Whether the expression contains a window function anywhere.
    public var containsWindow: Bool {
        switch self {
        case .window: true
        case .aggregate, .column, .dataFrameColumn, .columnAt, .star, .literal: false
        case .alias(let e, _), .unary(_, let e), .cast(let e, _), .sortOrder(let e, _): e.containsWindow
        case .binary(_, let l, let r): l.containsWindow || r.containsWindow
        case .function(_, let args): args.contains { $0.containsWindow }
        }
    }
}
