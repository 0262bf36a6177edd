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

/// Ascending or descending, and where nulls go (Spark: nulls first when ascending, last when descending).
public struct SortDirection: Sendable, Hashable {
    public let ascending: Bool
    public let nullsFirst: Bool

    public init(ascending: Bool, nullsFirst: Bool? = nil) {
        self.ascending = ascending
        self.nullsFirst = nullsFirst ?? ascending
    }

    public static let ascending = SortDirection(ascending: true)
    public static let descending = SortDirection(ascending: false)

    /// `ASC NULLS FIRST`, as Spark prints a sort order.
    public var sql: String {
        (ascending ? "ASC" : "DESC") + (nullsFirst ? " NULLS FIRST" : " NULLS LAST")
    }
}

/// The aggregate functions the engine evaluates with partial and final steps around a shuffle.
public enum AggregateFunction: String, Sendable, Hashable, CaseIterable {
    case count, sum, avg, min, max
    case countDistinct = "count_distinct"
    case approxCountDistinct = "approx_count_distinct"
    case first, last, stddev
    /// `first(x, ignorenulls=True)` / `last(...)`: the first (last) non-null value; Spark names them `first(x)`.
    case firstIgnoreNulls = "first_ignore_nulls"
    case lastIgnoreNulls = "last_ignore_nulls"
    case stddevPop = "stddev_pop"
    case variance
    case variancePop = "var_pop"
    /// Spellings Spark keeps in generated names (`stddev_samp(x)`, `std(x)`, `var_samp(x)`).
    case stddevSamp = "stddev_samp"
    case std
    case varianceSamp = "var_samp"
    case collectList = "collect_list"
    case collectSet = "collect_set"
    /// `median(x)`: Spark's exact `Percentile` at 0.5 over every value of the group.
    case median
    /// `percentile(x, p)` over `PercentileArgument.argument(x, p)`.
    case percentile
    /// Two-argument statistics over `AggregatePair.argument(x, y)`: Spark's `Corr`, `CovSample`, `CovPopulation`.
    case corr
    case covarSamp = "covar_samp"
    case covarPop = "covar_pop"

    /// Functions whose state cannot be merged from typed partial columns; the planner shuffles raw rows to
    /// them and aggregates in one step on the reduce side (Spark's complete mode).
    public var needsCompleteMode: Bool {
        switch self {
        case .countDistinct, .approxCountDistinct, .first, .last, .firstIgnoreNulls, .lastIgnoreNulls: true
        default: false
        }
    }

    /// Whether the function reads two columns (`corr(x, y)`), packed by `AggregatePair`.
    public var takesPair: Bool {
        switch self {
        case .corr, .covarSamp, .covarPop: true
        default: false
        }
    }

    /// The function this one computes: spellings that only name a function differently map to it.
    public var semantics: AggregateFunction {
        switch self {
        case .stddevSamp, .std: .stddev
        case .varianceSamp: .variance
        default: self
        }
    }

    /// The name Spark prints in generated column names and plans (`first` whether or not nulls are ignored).
    public var sqlName: String {
        switch self {
        case .firstIgnoreNulls: "first"
        case .lastIgnoreNulls: "last"
        default: rawValue
        }
    }

    /// The function a dict `agg({"x": name})` or SQL call names, if any (internal spellings excluded).
    public init?(sqlName: String) {
        guard let f = AggregateFunction(rawValue: sqlName), f.sqlName == sqlName else { return nil }
        self = f
    }
}

public enum UnaryOperator: Sendable, Hashable {
    case negate, not, isNull, isNotNull
}

public enum BinaryOperator: Sendable, Hashable {
    case add, subtract, multiply, divide, modulo
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    case and, or

    /// The symbol Spark uses in generated column names (`(a + b)`, `(a = 1)`, `(a AND b)`).
    public var sparkSymbol: String {
        switch self {
        case .add: "+"
        case .subtract: "-"
        case .multiply: "*"
        case .divide: "/"
        case .modulo: "%"
        case .equal: "="
        case .notEqual: "!="
        case .less: "<"
        case .lessOrEqual: "<="
        case .greater: ">"
        case .greaterOrEqual: ">="
        case .and: "AND"
        case .or: "OR"
        }
    }

    public var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: true
        default: false
        }
    }
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
