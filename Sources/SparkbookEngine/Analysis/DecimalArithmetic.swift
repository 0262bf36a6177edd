/// Decimal `+ - * / %` as Spark 4 computes them under ANSI: the exact result, rounded half-up to the
/// result type's scale (`DecimalPrecision`); a result with too many integral digits is an error, as is a
/// zero divisor.
public enum DecimalArithmetic {
    /// Digits Spark keeps of an exact product or quotient before fitting it to the result type
    /// (`MathContext(39, DOWN)` and scale 39 for division); only visible in the out-of-range message.
    static let intermediateDigits = 39

    /// `l op r` into `decimal(precision, scale)`; any null operand gives null.
    public static func apply(_ op: BinaryOperator, _ l: Value, _ r: Value, precision: Int, scale: Int) throws -> Value {
        if l.isNull || r.isNull { return .null }
        guard let (a, sa) = DecimalCast.exact(l), let (b, sb) = DecimalCast.exact(r) else { return .null }
        let (exact, exactScale): (WideInteger, Int)
        switch op {
        case .add, .subtract:
            let common = max(sa, sb)
            let x = a * .power10(common - sa), y = b * .power10(common - sb)
            (exact, exactScale) = (op == .add ? x + y : x - y, common)
        case .multiply:
            (exact, exactScale) = DecimalValue.truncated(a * b, scale: sa + sb, toDigits: intermediateDigits)
        case .divide:
            guard !b.isZero else { throw divideByZero() }
            // Quotient at one digit more than the result keeps, so the half-up rounding below is exact.
            let target = scale + 1
            let shift = target - sa + sb
            let numerator = shift >= 0 ? a * .power10(shift) : a
            let divisor = shift >= 0 ? b : b * .power10(-shift)
            (exact, exactScale) = (numerator.quotientAndRemainder(dividingBy: divisor).quotient, target)
            if let d = fitted(exact, exactScale, precision, scale, op) { return d }
            throw DecimalCast.outOfRange(quotientText(a, sa, b, sb), precision: precision, scale: scale)
        case .modulo:
            guard !b.isZero else { throw remainderByZero() }
            let common = max(sa, sb)
            let x = a * .power10(common - sa), y = b * .power10(common - sb)
            (exact, exactScale) = (x.quotientAndRemainder(dividingBy: y).remainder, common)
        default:
            return ValueArithmetic.apply(op, l, r)
        }
        if let d = fitted(exact, exactScale, precision, scale, op) { return d }
        throw DecimalCast.outOfRange(DecimalValue.plainText(exact, scale: exactScale), precision: precision, scale: scale)
    }

    private static func fitted(_ value: WideInteger, _ from: Int, _ precision: Int, _ scale: Int, _ op: BinaryOperator) -> Value? {
        DecimalValue.fitting(value, fromScale: from, precision: precision, scale: scale).map(Value.decimal)
    }

    /// The quotient as Spark shows it in an overflow message: truncated at scale 39.
    private static func quotientText(_ a: WideInteger, _ sa: Int, _ b: WideInteger, _ sb: Int) -> String {
        let shift = intermediateDigits - sa + sb
        let numerator = shift >= 0 ? a * .power10(shift) : a
        let divisor = shift >= 0 ? b : b * .power10(-shift)
        return DecimalValue.plainText(numerator.quotientAndRemainder(dividingBy: divisor).quotient, scale: intermediateDigits)
    }

    /// `-d`, same type (the negation of a decimal always fits).
    public static func negate(_ d: DecimalValue) -> Value {
        .decimal(DecimalValue(unscaled: -d.unscaled, precision: d.precision, scale: d.scale))
    }

    /// Exact order of two numbers at least one of which is a decimal and neither a double.
    static func compare(_ l: Value, _ r: Value) -> Int? {
        guard let (a, sa) = DecimalCast.exact(l), let (b, sb) = DecimalCast.exact(r) else { return nil }
        let common = max(sa, sb)
        let difference = a * .power10(common - sa) - b * .power10(common - sb)
        return difference.isZero ? 0 : (difference.negative ? -1 : 1)
    }

    static func divideByZero() -> SparkError {
        SparkError(.execution, errorClass: "DIVIDE_BY_ZERO",
                   message: "Division by zero. Use `try_divide` to tolerate divisor being 0 and return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
                   sqlState: "22012")
    }

    static func remainderByZero() -> SparkError {
        SparkError(.execution, errorClass: "REMAINDER_BY_ZERO",
                   message: "Remainder by zero. Use `try_mod` to tolerate divisor being 0 and return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
                   sqlState: "22012")
    }
}
