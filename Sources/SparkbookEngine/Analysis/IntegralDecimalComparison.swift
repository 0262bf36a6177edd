/// Spark's analyzer rewrites an ordering comparison between an integral expression and a decimal literal into
/// one against a whole BIGINT literal (`i > 0.5` becomes `i > 0`, `i >= 0.5` becomes `i >= 1`), or into `true` /
/// `false` when the literal lies beyond BIGINT's range. Equality comparisons are left as they are, as in Spark.
extension ExpressionBinder {
    /// `integral op decimal-literal` (either way round) as Spark's analyzer rewrites it, or nil for any other
    /// comparison.
    func integralDecimalComparison(_ op: BinaryOperator, _ lhs: Expression, _ rhs: Expression) -> Expression? {
        guard op.isOrdering else { return nil }
        if case .literal(.decimal(let d)) = rhs, isIntegral(lhs) { return Self.compare(lhs, op, d, literalOnLeft: false) }
        if case .literal(.decimal(let d)) = lhs, isIntegral(rhs) { return Self.compare(rhs, op, d, literalOnLeft: true) }
        return nil
    }

    private func isIntegral(_ expression: Expression) -> Bool {
        [.byte, .short, .integer, .long].contains(typeIfBound(expression))
    }

    /// `integral op d` (or `d op integral`) with `d` replaced by its floor or ceiling, whichever keeps the
    /// comparison's answer for every whole number.
    static func compare(_ integral: Expression, _ op: BinaryOperator, _ d: DecimalValue,
                        literalOnLeft: Bool) -> Expression {
        // Seen from the integral side: `0.5 < i` is `i > 0.5`.
        let seen = literalOnLeft ? op.mirrored : op
        let (floor, ceiling) = wholeBounds(d)
        let below = floor < Int128(Int64.min), above = ceiling > Int128(Int64.max)
        if below || above {
            // Beyond BIGINT every whole number is on one side of the literal.
            let integralIsGreater = below
            let answer = switch seen {
            case .greater, .greaterOrEqual: integralIsGreater
            default: !integralIsGreater
            }
            return .literal(.boolean(answer))
        }
        let bound = switch seen {
        case .greater, .lessOrEqual: floor
        default: ceiling
        }
        let literal = Expression.literal(.long(Int64(bound)))
        return literalOnLeft ? .binary(op, literal, integral) : .binary(op, integral, literal)
    }

    /// The floor and ceiling of a decimal as whole numbers.
    static func wholeBounds(_ d: DecimalValue) -> (floor: Int128, ceiling: Int128) {
        let unit = DecimalValue.power10(d.scale)
        let quotient = d.unscaled / unit, remainder = d.unscaled % unit
        return (remainder < 0 ? quotient - 1 : quotient, remainder > 0 ? quotient + 1 : quotient)
    }
}

extension BinaryOperator {
    /// `<`, `<=`, `>`, `>=`: the comparisons Spark's integral-and-decimal-literal rule rewrites.
    var isOrdering: Bool {
        switch self {
        case .less, .lessOrEqual, .greater, .greaterOrEqual: true
        default: false
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    var mirrored: BinaryOperator {
        switch self {
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        default: self
        }
    }
}
