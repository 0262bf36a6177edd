/// Scalar arithmetic, comparison and logic with Spark's null semantics (any null operand gives null).
public enum ValueArithmetic {
    public static func apply(_ op: BinaryOperator, _ l: Value, _ r: Value) -> Value {
        switch op {
        case .and, .or:
            guard case .boolean(let a) = l, case .boolean(let b) = r else { return .null }
            return .boolean(op == .and ? a && b : a || b)
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let order = ValueOrdering.compare(l, r) else { return .null }
            return .boolean(holds(op, order))
        case .add, .subtract, .multiply, .divide, .modulo:
            return arithmetic(op, l, r)
        }
    }

    private static func holds(_ op: BinaryOperator, _ order: Int) -> Bool {
        switch op {
        case .equal: order == 0
        case .notEqual: order != 0
        case .less: order < 0
        case .lessOrEqual: order <= 0
        case .greater: order > 0
        default: order >= 0
        }
    }

    private static func arithmetic(_ op: BinaryOperator, _ l: Value, _ r: Value) -> Value {
        switch (l, r) {
        case (.integer(let a), .integer(let b)):
            return integral(op, Int64(a), Int64(b)).map { .integer(Int32(truncatingIfNeeded: $0)) } ?? .null
        case (.long, .long), (.long, .integer), (.integer, .long):
            return integral(op, l.int64Value!, r.int64Value!).map { .long($0) } ?? .null
        default:
            guard let a = l.doubleValue, let b = r.doubleValue else { return .null }
            switch op {
            case .add: return .double(a + b)
            case .subtract: return .double(a - b)
            case .multiply: return .double(a * b)
            case .divide: return b == 0 ? .null : .double(a / b)
            default: return b == 0 ? .null : .double(a.truncatingRemainder(dividingBy: b))
            }
        }
    }

    private static func integral(_ op: BinaryOperator, _ a: Int64, _ b: Int64) -> Int64? {
        switch op {
        case .add: a &+ b
        case .subtract: a &- b
        case .multiply: a &* b
        case .divide: b == 0 ? nil : a / b
        default: b == 0 ? nil : a % b
        }
    }
}
