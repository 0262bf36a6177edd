/// Resolves names in an expression against a schema and types every node with Spark's rules.
public struct ExpressionBinder: Sendable {
    public let schema: StructType

    public init(schema: StructType) {
        self.schema = schema
    }

    public func bind(_ expression: Expression) throws -> BoundExpression {
        switch expression {
        case .column(let name):
            guard let index = schema.index(of: name) else {
                throw SparkError.unresolvedColumn(name, candidates: schema.names)
            }
            return .column(index: index, type: schema[index].dataType)
        case .star:
            throw SparkError(.analysis, errorClass: "INVALID_USAGE_OF_STAR_OR_REGEX",
                             message: "Invalid usage of '*' in expression.", sqlState: "42000")
        case .literal(let value):
            return .literal(value, type: value.dataType)
        case .alias(let inner, _):
            return try bind(inner)
        case .aggregate(let function, _):
            throw SparkError(.analysis, errorClass: "UNSUPPORTED_EXPR_FOR_OPERATOR",
                             message: "Aggregate function `\(function.rawValue)` is not allowed here; use it in `agg(...)` or `select` of an aggregation.",
                             sqlState: "42K0E")
        case .unary(let op, let inner):
            let operand = try bind(inner)
            switch op {
            case .negate:
                guard operand.dataType.isNumeric || operand.dataType == .null else {
                    throw typeMismatch("(- \(inner.generatedName))", "numeric", operand.dataType)
                }
                return .unary(op, operand, type: operand.dataType)
            case .not:
                return .unary(op, try coerce(operand, to: .boolean, in: expression), type: .boolean)
            case .isNull, .isNotNull:
                return .unary(op, operand, type: .boolean)
            }
        case .binary(let op, let lhs, let rhs):
            return try bindBinary(op, try bind(lhs), try bind(rhs), expression)
        case .cast(let inner, let type):
            return .cast(try bind(inner), type)
        }
    }

    private func bindBinary(_ op: BinaryOperator, _ l: BoundExpression, _ r: BoundExpression,
                            _ source: Expression) throws -> BoundExpression {
        switch op {
        case .and, .or:
            return .binary(op, try coerce(l, to: .boolean, in: source), try coerce(r, to: .boolean, in: source),
                           type: .boolean)
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            let common = TypeCoercion.commonType(l.dataType, r.dataType) ?? .string
            return .binary(op, TypeCoercion.cast(l, to: common), TypeCoercion.cast(r, to: common), type: .boolean)
        case .divide:
            // Spark's `/` always divides as double (decimal for decimals).
            return .binary(op, TypeCoercion.cast(try numeric(l, source), to: .double),
                           TypeCoercion.cast(try numeric(r, source), to: .double), type: .double)
        case .add, .subtract, .multiply, .modulo:
            let left = try numeric(l, source), right = try numeric(r, source)
            let type = TypeCoercion.commonType(left.dataType, right.dataType) ?? .double
            return .binary(op, TypeCoercion.cast(left, to: type), TypeCoercion.cast(right, to: type), type: type)
        }
    }

    /// Numeric operands stay as they are; strings are cast to double as Spark's non-ANSI coercion does.
    private func numeric(_ e: BoundExpression, _ source: Expression) throws -> BoundExpression {
        switch e.dataType {
        case .integer, .long, .double, .null: return e
        case .string: return .cast(e, .double)
        default: throw typeMismatch(source.generatedName, "numeric", e.dataType)
        }
    }

    private func coerce(_ e: BoundExpression, to type: DataType, in source: Expression) throws -> BoundExpression {
        if e.dataType == type || e.dataType == .null { return TypeCoercion.cast(e, to: type) }
        throw typeMismatch(source.generatedName, type.simpleString.uppercased(), e.dataType)
    }

    private func typeMismatch(_ sql: String, _ required: String, _ actual: DataType) -> SparkError {
        SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                   message: "Cannot resolve \"\(sql)\" due to data type mismatch: the input requires \(required) type, "
                       + "however it has type \"\(actual.simpleString.uppercased())\".",
                   sqlState: "42K09")
    }
}
