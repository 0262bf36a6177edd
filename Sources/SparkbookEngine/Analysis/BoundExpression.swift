/// An expression resolved against an input schema: column references are ordinals, every node has a type.
public indirect enum BoundExpression: Sendable, Hashable {
    case column(index: Int, type: DataType)
    case literal(Value, type: DataType)
    case unary(UnaryOperator, BoundExpression, type: DataType)
    case binary(BinaryOperator, BoundExpression, BoundExpression, type: DataType)
    case cast(BoundExpression, DataType)

    public var dataType: DataType {
        switch self {
        case .column(_, let t), .literal(_, let t), .unary(_, _, let t), .binary(_, _, _, let t): t
        case .cast(_, let t): t
        }
    }

    /// Whether the result can be null (literals and `IS NULL` tests never are).
    public var nullable: Bool {
        switch self {
        case .literal(let v, _): v.isNull
        case .unary(.isNull, _, _), .unary(.isNotNull, _, _): false
        default: true
        }
    }
}
