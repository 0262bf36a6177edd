/// How decimals meet other types in an expression, as Spark's `DecimalPrecision` rule has it: integral
/// operands widen to the decimal that holds them (an integral literal to just its digits), a double turns the
/// whole operation into double arithmetic, and the result type follows `DecimalPrecision.result`.
enum DecimalCoercion {
    static func isArithmetic(_ op: BinaryOperator) -> Bool {
        switch op {
        case .add, .subtract, .multiply, .divide, .modulo: true
        default: false
        }
    }

    static func involvesDecimal(_ a: DataType, _ b: DataType) -> Bool {
        if case .decimal = a { return true }
        if case .decimal = b { return true }
        return false
    }

    /// The type a comparison (or union, coalesce) of a decimal with another type widens both sides to.
    static func wider(_ a: DataType, _ b: DataType) -> DataType? {
        guard case .decimal(let p1, let s1)? = DecimalPrecision.forIntegral(a),
              case .decimal(let p2, let s2)? = DecimalPrecision.forIntegral(b) else { return nil }
        return DecimalPrecision.wider((p1, s1), (p2, s2))
    }

    /// An arithmetic operator with at least one decimal operand (strings already cast to double).
    static func bindArithmetic(_ op: BinaryOperator, _ l: BoundExpression, _ r: BoundExpression) -> BoundExpression {
        if [l.dataType, r.dataType].contains(where: { $0 == .double || $0 == .float }) {
            return .binary(op, TypeCoercion.cast(l, to: .double), TypeCoercion.cast(r, to: .double), type: .double)
        }
        let left = asDecimal(l), right = asDecimal(r)
        guard case .decimal(let p1, let s1) = left.dataType, case .decimal(let p2, let s2) = right.dataType else {
            // A NULL literal on one side: null of the other side's type.
            let type = l.dataType == .null ? r.dataType : l.dataType
            return .binary(op, TypeCoercion.cast(l, to: type), TypeCoercion.cast(r, to: type), type: type)
        }
        return .binary(op, left, right, type: DecimalPrecision.result(of: op, (p1, s1), (p2, s2)))
    }

    /// An integral operand as a decimal: a literal takes only its own digits, a column its type's.
    private static func asDecimal(_ e: BoundExpression) -> BoundExpression {
        if case .literal(let value, _) = e, let type = DecimalPrecision.forLiteral(value) {
            return .cast(e, type)
        }
        guard let type = DecimalPrecision.forIntegral(e.dataType) else { return e }
        return TypeCoercion.cast(e, to: type)
    }
}
