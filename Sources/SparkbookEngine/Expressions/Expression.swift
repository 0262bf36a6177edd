/// An unresolved column expression, as the DataFrame API builds it: names are looked up at analysis time.
public indirect enum Expression: Sendable, Hashable {
    /// A column by name (`col("amount")`, `"amount"`).
    case column(String)
    /// `*`: every column, or a row for `count("*")`.
    case star
    case literal(Value)
    case alias(Expression, name: String)
    case aggregate(AggregateFunction, Expression)
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    case cast(Expression, DataType)
}

/// The aggregate functions the engine evaluates with partial and final steps around a shuffle.
public enum AggregateFunction: String, Sendable, Hashable, CaseIterable {
    case count, sum, avg, min, max
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
        case .column, .star, .literal: false
        case .alias(let e, _), .unary(_, let e), .cast(let e, _): e.containsAggregate
        case .binary(_, let l, let r): l.containsAggregate || r.containsAggregate
        }
    }
}
