/// Decimal arithmetic as Python's default context does it: exact, then rounded half-even to 28 digits;
/// division keeps the ideal exponent when exact (`Decimal('10.00') / 2` is `Decimal('5.00')`).
extension PyDecimal {
    public static func + (a: PyDecimal, b: PyDecimal) throws -> PyDecimal {
        let e = min(a.exponent, b.exponent)
        guard let x = scale(a.coefficient, by: a.exponent - e), let y = scale(b.coefficient, by: b.exponent - e) else {
            throw outOfRange()
        }
        let (sum, overflow) = x.addingReportingOverflow(y)
        guard !overflow else { throw outOfRange() }
        // Under ROUND_HALF_EVEN a zero sum is negative only when both operands are negative.
        return PyDecimal(coefficient: sum, exponent: e, negativeZero: a.isSigned && b.isSigned).rounded()
    }

    public static func - (a: PyDecimal, b: PyDecimal) throws -> PyDecimal { try a + (-b) }

    public static prefix func - (a: PyDecimal) -> PyDecimal {
        PyDecimal(coefficient: -a.coefficient, exponent: a.exponent, negativeZero: !a.isSigned)
    }

    public static func * (a: PyDecimal, b: PyDecimal) throws -> PyDecimal {
        let product = a.coefficient.magnitude.multipliedFullWidth(by: b.coefficient.magnitude)
        return try contextRounded(high: product.high, low: product.low, negative: a.isSigned != b.isSigned,
                                  exponent: a.exponent + b.exponent)
    }

    public static func / (a: PyDecimal, b: PyDecimal) throws -> PyDecimal {
        guard b.coefficient != 0 else {
            throw ScriptError(a.coefficient == 0 ? "InvalidOperation" : "DivisionByZero",
                              a.coefficient == 0 ? "[<class 'decimal.DivisionUndefined'>]" : "[<class 'decimal.DivisionByZero'>]")
        }
        let ideal = a.exponent - b.exponent
        let divisor = b.reduced, dividend = a.coefficient.magnitude
        // Scale the dividend so the quotient has about 30 digits: two more than the context keeps.
        let shift = max(0, 30 + digitCount(divisor.coefficient) - digitCount(a.coefficient))
        guard shift <= 38 else { throw outOfRange() }
        let scaled = dividend.multipliedFullWidth(by: power10(shift).magnitude)
        let (q, r) = divisor.coefficient.magnitude.dividingFullWidth(scaled)
        let negative = a.isSigned != b.isSigned
        var exponent = a.exponent - divisor.exponent - shift
        if r == 0 {
            var exact = q
            while exponent < ideal, exact % 10 == 0, exact != 0 { exact /= 10; exponent += 1 }
            if exact == 0 { exponent = ideal }
            return try contextRounded(high: 0, low: exact, negative: negative, exponent: exponent)
        }
        return try contextRounded(high: 0, low: q, negative: negative, exponent: exponent, sticky: true)
    }

    /// -1, 0 or 1, comparing the numbers (not their representations: `Decimal('1.0') == Decimal('1')`).
    public static func order(_ a: PyDecimal, _ b: PyDecimal) -> Int {
        let e = min(a.exponent, b.exponent)
        guard let x = scale(a.coefficient, by: a.exponent - e), let y = scale(b.coefficient, by: b.exponent - e) else {
            let (p, q) = (a.doubleValue, b.doubleValue)
            return p == q ? 0 : (p < q ? -1 : 1)
        }
        return x == y ? 0 : (x < y ? -1 : 1)
    }

    /// The same number without trailing zeros in the coefficient.
    var reduced: PyDecimal {
        var c = coefficient, e = exponent
        while c != 0, c % 10 == 0 { c /= 10; e += 1 }
        return PyDecimal(coefficient: c, exponent: e)
    }

    /// A 256-bit magnitude rounded half-even to the context's 28 digits; `sticky` says digits below it were lost.
    static func contextRounded(high: UInt128, low: UInt128, negative: Bool, exponent: Int, sticky: Bool = false) throws -> PyDecimal {
        var magnitude = low, lost = sticky, exponent = exponent
        if high != 0 {
            // Cut to about 31 digits first (truncating, remembering whether anything was dropped).
            let bits = 256 - high.leadingZeroBitCount
            let cut = max(1, bits * 30103 / 100000 - 30)
            guard cut <= 38 else { throw outOfRange() }
            let (q, r) = power10(cut).magnitude.dividingFullWidth((high, low))
            magnitude = q; lost = lost || r != 0; exponent += cut
        }
        let excess = String(magnitude).count - contextPrecision
        if excess > 0 {
            let divisor = power10(excess).magnitude
            let (q, r) = magnitude.quotientAndRemainder(dividingBy: divisor)
            let rounded = roundHalfEven(quotient: Int128(q), remainder: r, divisor: divisor, negative: false, sticky: lost)
            return PyDecimal(coefficient: negative ? -rounded : rounded, exponent: exponent + excess).rounded()
        }
        guard magnitude <= UInt128(Int128.max) else { throw outOfRange() }
        let value = Int128(magnitude)
        return PyDecimal(coefficient: negative ? -value : value, exponent: exponent, negativeZero: negative)
    }
}
