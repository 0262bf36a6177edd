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
    public var nullable: Bool {
        switch self {
        case .literal(let v, _): v.isNull
        case .unary(.isNull, _, _), .unary(.isNotNull, _, _): false
        case .function(let f, let args):
            (f.function as? any NullabilityAwareFunction)?.resultNullable(
                argumentsNullable: args.map(\.nullable), argumentTypes: args.map(\.dataType)) ?? true
        default: true
        }
    }
}
