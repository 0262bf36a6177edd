/// An expression resolved against an input schema: column references are ordinals, every node has a type.
public indirect enum BoundExpression: Sendable, Hashable {
    case column(index: Int, type: DataType)
    case literal(Value, type: DataType)
    case unary(UnaryOperator, BoundExpression, type: DataType)
    case binary(BinaryOperator, BoundExpression, BoundExpression, type: DataType)
    case cast(BoundExpression, DataType)
    /// A scalar function call with its arguments already cast to the function's input types.
    case function(BoundFunction, [BoundExpression])

    public var dataType: DataType {
        switch self {
        case .column(_, let t), .literal(_, let t), .unary(_, _, let t), .binary(_, _, _, let t): t
        case .cast(_, let t): t
        case .function(let f, _): f.signature.result
        }
    }

    /// The expression with every column ordinal shifted by `offset` (to address the right side of a join row).
    public func shifted(by offset: Int) -> BoundExpression {
        switch self {
        case .column(let i, let t): .column(index: i + offset, type: t)
        case .literal: self
        case .unary(let op, let e, let t): .unary(op, e.shifted(by: offset), type: t)
        case .binary(let op, let l, let r, let t): .binary(op, l.shifted(by: offset), r.shifted(by: offset), type: t)
        case .cast(let e, let t): .cast(e.shifted(by: offset), t)
        case .function(let f, let args): .function(f, args.map { $0.shifted(by: offset) })
        }
    }

    /// The column ordinals the expression reads.
    public var columnIndices: Set<Int> {
        switch self {
        case .column(let i, _): [i]
        case .literal: []
        case .unary(_, let e, _), .cast(let e, _): e.columnIndices
        case .binary(_, let l, let r, _): l.columnIndices.union(r.columnIndices)
        case .function(_, let args): args.reduce(into: Set<Int>()) { $0.formUnion($1.columnIndices) }
        }
    }

    /// Whether the result can be null (literals and `IS NULL` tests never are).
    public var nullable: Bool { nullable(column: { _ in true }) }

    /// Spark's nullability rules under ANSI mode: arithmetic other than `/` and `%`, comparisons, `AND`/`OR`,
    /// negation and casts Spark does not force nullable are null only when an operand is (`range(5).id * 2` is
    /// not nullable); functions say so themselves (`NullabilityAwareFunction`).
    func nullable(column: (Int) -> Bool) -> Bool {
        switch self {
        case .column(let i, _): return column(i)
        case .literal(let v, _): return v.isNull
        case .unary(.isNull, _, _), .unary(.isNotNull, _, _): return false
        case .unary(_, let inner, _): return inner.nullable(column: column)
        case .binary(.divide, _, _, _), .binary(.modulo, _, _, _): return true
        case .binary(_, let l, let r, _): return l.nullable(column: column) || r.nullable(column: column)
        case .cast(let inner, let to):
            return inner.nullable(column: column) || CastNullability.forcesNull(from: inner.dataType, to: to)
        case .function(let f, let args) where f.function is ZonedCast:
            return args[0].nullable(column: column)
                || CastNullability.forcesNull(from: args[0].dataType, to: f.signature.result)
        case .function(let f, let args):
            return (f.function as? any NullabilityAwareFunction)?.resultNullable(
                argumentsNullable: args.map { $0.nullable(column: column) }, argumentTypes: args.map(\.dataType)) ?? true
        }
    }
}
