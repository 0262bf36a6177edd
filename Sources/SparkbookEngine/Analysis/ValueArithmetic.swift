/// Scalar arithmetic, comparison and logic with Spark's null semantics (any null operand gives null).
public enum ValueArithmetic {
    public static func apply(_ op: BinaryOperator, _ l: Value, _ r: Value) -> Value {
        switch op {
        case .and, .or:
            // Three-valued logic: either side false decides AND, either side true decides OR, even beside a null.
            let decisive = op == .or
            if case .boolean(decisive) = l { return .boolean(decisive) }
            if case .boolean(decisive) = r { return .boolean(decisive) }
            guard case .boolean = l, case .boolean = r else { return .null }
            return .boolean(!decisive)
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let order = ValueOrdering.compare(l, r) else { return .null }
            return .boolean(holds(op, order))
        case .add, .subtract, .multiply, .divide, .modulo:
            return arithmetic(op, l, r)
        }
    }

    /// Whether a comparison holds for an order (negative, zero, positive), as `ValueOrdering.compare` gives it.
    static func holds(_ op: BinaryOperator, _ order: Int) -> Bool {
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
        case (.byte(let a), .byte(let b)):
            return integral(op, Int64(a), Int64(b)).map { .byte(Int8(truncatingIfNeeded: $0)) } ?? .null
        case (.short(let a), .short(let b)):
            return integral(op, Int64(a), Int64(b)).map { .short(Int16(truncatingIfNeeded: $0)) } ?? .null
        case (.float(let a), .float(let b)):
            // Float arithmetic stays in single precision, as the JVM computes it.
            switch op {
            case .add: return .float(a + b)
            case .subtract: return .float(a - b)
            case .multiply: return .float(a * b)
            case .divide: return b == 0 ? .null : .float(a / b)
            default: return b == 0 ? .null : .float(a.truncatingRemainder(dividingBy: b))
            }
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
        case .divide: b == 0 ? nil : a.dividedReportingOverflow(by: b).partialValue
        // `Long.MIN_VALUE % -1` is 0 on the JVM; Swift's `%` would trap.
        default: b == 0 ? nil : a.remainderReportingOverflow(dividingBy: b).partialValue
        }
    }

    /// ANSI arithmetic (Spark 4's default): division by zero and integral overflow are errors, not null.
    public static func checked(_ op: BinaryOperator, _ l: Value, _ r: Value) throws -> Value {
        switch op {
        case .add, .subtract, .multiply, .divide, .modulo:
            if l.isNull || r.isNull { return .null }
            if op == .divide, r.doubleValue == 0 { throw divideByZero }
            if op == .modulo, r.doubleValue == 0 {
                throw SparkError(.execution, errorClass: "REMAINDER_BY_ZERO",
                                 message: "Remainder by zero. Use `try_mod` to tolerate divisor being 0 and return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
                                 sqlState: "22012")
            }
            switch (l, r) {
            case (.integer(let a), .integer(let b)):
                let wide = integral(op, Int64(a), Int64(b)) ?? 0
                guard let narrow = Int32(exactly: wide) else { throw overflow(op == .add ? "add" : op == .subtract ? "subtract" : "multiply") }
                return .integer(narrow)
            case (.byte(let a), .byte(let b)):
                let wide = integral(op, Int64(a), Int64(b)) ?? 0
                guard let narrow = Int8(exactly: wide) else { throw narrowOverflow(op, Int64(a), Int64(b)) }
                return .byte(narrow)
            case (.short(let a), .short(let b)):
                let wide = integral(op, Int64(a), Int64(b)) ?? 0
                guard let narrow = Int16(exactly: wide) else { throw narrowOverflow(op, Int64(a), Int64(b)) }
                return .short(narrow)
            case (.long, .long), (.long, .integer), (.integer, .long):
                let a = l.int64Value!, b = r.int64Value!
                let (value, overflowed): (Int64, Bool) = switch op {
                case .add: a.addingReportingOverflow(b)
                case .subtract: a.subtractingReportingOverflow(b)
                case .multiply: a.multipliedReportingOverflow(by: b)
                default: (integral(op, a, b) ?? 0, false)
                }
                if overflowed { throw overflow(op == .add ? "add" : op == .subtract ? "subtract" : "multiply") }
                return .long(value)
            default:
                return apply(op, l, r)
            }
        default:
            return apply(op, l, r)
        }
    }

    static let divideByZero = SparkError(.execution, errorClass: "DIVIDE_BY_ZERO",
        message: "Division by zero. Use `try_divide` to tolerate divisor being 0 and return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
        sqlState: "22012")

    /// `tinyint` and `smallint` overflow names both operands, each printed as a `smallint` literal (`100S`),
    /// as Spark 4's exact byte and short arithmetic reports it.
    static func narrowOverflow(_ op: BinaryOperator, _ a: Int64, _ b: Int64) -> SparkError {
        let (symbol, function) = switch op {
        case .add: ("+", "try_add")
        case .subtract: ("-", "try_subtract")
        default: ("*", "try_multiply")
        }
        return SparkError(.execution, errorClass: "BINARY_ARITHMETIC_OVERFLOW",
                          message: "\(a)S \(symbol) \(b)S caused overflow. Use `\(function)` to ignore overflow problem and return NULL.",
                          sqlState: "22003")
    }

    /// Spark 4.x's text for `int` and `bigint` says only "overflow".
    /// Unary minus (`-col`, `negative(x)`): ANSI overflow for the minimum of an integral type, exact decimals.
    static func negate(_ value: Value) throws -> Value {
        switch value {
        case .integer(let x):
            guard x != .min else { throw overflow("negate") }
            return .integer(-x)
        case .long(let x):
            guard x != .min else { throw overflow("negate") }
            return .long(-x)
        case .byte(let x):
            guard x != .min else { throw overflow("negate") }
            return .byte(-x)
        case .short(let x):
            guard x != .min else { throw overflow("negate") }
            return .short(-x)
        case .double(let x): return .double(-x)
        case .float(let x): return .float(-x)
        case .decimal(let x): return DecimalArithmetic.negate(x)
        default: return .null
        }
    }

    static func overflow(_ operation: String) -> SparkError {
        SparkError(.execution, errorClass: "ARITHMETIC_OVERFLOW",
                   message: "overflow. Use 'try_\(operation)' to tolerate overflow and return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
                   sqlState: "22003")
    }
}
