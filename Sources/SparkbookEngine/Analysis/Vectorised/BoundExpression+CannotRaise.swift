extension BoundExpression {
    /// Whether no row can make the expression raise: column references, literals, comparisons, logic, null
    /// tests, `+ - *` and negation on doubles and floats, casts that widen a number. `VectorLogic` computes such
    /// a right side of `AND`/`OR` for every row, any other only where the left does not decide. Function calls
    /// count as raising (most can).
    var cannotRaise: Bool {
        switch self {
        case .column, .literal:
            return true
        case .unary(.negate, let e, let type):
            return (type == .double || type == .float) && e.cannotRaise
        case .unary(_, let e, _):
            return e.cannotRaise
        case .binary(.add, let l, let r, let type), .binary(.subtract, let l, let r, let type),
             .binary(.multiply, let l, let r, let type):
            return (type == .double || type == .float) && l.cannotRaise && r.cannotRaise
        case .binary(.divide, _, _, _), .binary(.modulo, _, _, _):
            return false
        case .binary(_, let l, let r, _):
            return l.cannotRaise && r.cannotRaise
        case .cast(let e, let type):
            return Self.widens(e.dataType, to: type) && e.cannotRaise
        case .function:
            return false
        }
    }

    /// Casts between numbers that keep every value: integral to a wider integral, any number but a decimal to
    /// `double` or `float`.
    private static func widens(_ from: DataType, to: DataType) -> Bool {
        if from == to { return true }
        if let a = ValueCast.integralBounds(from), let b = ValueCast.integralBounds(to) {
            return b.lowerBound <= a.lowerBound && a.upperBound <= b.upperBound
        }
        let numeric: Set<DataType> = [.byte, .short, .integer, .long, .float, .double]
        return (to == .double || to == .float) && numeric.contains(from)
    }
}
