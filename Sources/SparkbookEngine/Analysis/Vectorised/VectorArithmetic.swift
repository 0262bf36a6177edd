/// `+ - * / %` and unary minus over typed buffers, for operands of the result's type (the binder casts both
/// sides to it): `int`, `bigint`, `tinyint`, `smallint` (their 32-bit storage), `double` and `float` (single
/// precision, as the JVM computes it). Overflow is found with the `ReportingOverflow` operations in the loop;
/// a row that would raise (overflow, a zero divisor) throws `VectorRowRaises`, so the row path raises Spark's
/// error, from `ValueArithmetic`, the one place it is written. Nil: no kernel for these types (decimals,
/// intervals), the caller goes row by row.
enum VectorArithmetic {
    static func apply(_ op: BinaryOperator, _ l: VectorValue, _ r: VectorValue, type: DataType, count: Int) throws
        -> ColumnVector? {
        guard l.dataType == type, r.dataType == type else { return nil }
        if l.isNullScalar || r.isNullScalar { return ColumnVector.constant(.null, type: type, count: count) }
        let validity = ValidityMask.intersection(l.validity, r.validity)
        switch type {
        case .integer, .byte, .short:
            guard let a = l.int32s, let b = r.int32s,
                  let values = try integral(op, a, b, count: count, validity: validity, bounds: bounds(type)) else { return nil }
            return ColumnVector(dataType: type, storage: .int32(values), validity: validity)
        case .long:
            guard let a = l.int64s, let b = r.int64s,
                  let values = try integral(op, a, b, count: count, validity: validity, bounds: Int64.min...Int64.max) else { return nil }
            return ColumnVector(dataType: type, storage: .int64(values), validity: validity)
        case .double, .float:
            guard let a = l.doubles, let b = r.doubles,
                  let values = try fractional(op, a, b, count: count, validity: validity, single: type == .float)
            else { return nil }
            return ColumnVector(dataType: type, storage: .float64(values), validity: validity)
        default:
            return nil
        }
    }

    /// `-x`: integral minimums raise (`ARITHMETIC_OVERFLOW`), fractions flip their sign.
    static func negate(_ x: VectorValue, type: DataType, count: Int) throws -> ColumnVector? {
        guard x.dataType == type else { return nil }
        if x.isNullScalar { return ColumnVector.constant(.null, type: type, count: count) }
        let validity = x.validity
        switch type {
        case .integer, .byte, .short:
            guard let a = x.int32s else { return nil }
            let least = bounds(type).lowerBound
            var values = try checked(a, .all(0), count: count, validity: validity, { v, _ in 0 &- v }) { v, _ in v == least }
            values.zeroNulls(validity)
            return ColumnVector(dataType: type, storage: .int32(values), validity: validity)
        case .long:
            guard let a = x.int64s else { return nil }
            var values = try checked(a, .all(0), count: count, validity: validity, { v, _ in 0 &- v }) { v, _ in v == .min }
            values.zeroNulls(validity)
            return ColumnVector(dataType: type, storage: .int64(values), validity: validity)
        case .double, .float:
            guard let a = x.doubles else { return nil }
            var values = a.map(count: count) { -$0 }
            values.zeroNulls(validity)
            return ColumnVector(dataType: type, storage: .float64(values), validity: validity)
        default:
            return nil
        }
    }

    /// The values an integral type stored in 32 bits holds.
    private static func bounds(_ type: DataType) -> ClosedRange<Int32> {
        switch type {
        case .byte: Int32(Int8.min)...Int32(Int8.max)
        case .short: Int32(Int16.min)...Int32(Int16.max)
        default: Int32.min...Int32.max
        }
    }

    /// Integral `+ - * %` in `T`; a result outside `bounds` (a `tinyint` or `smallint` computed in 32 bits)
    /// overflows as a reported overflow does. `Long.MIN_VALUE % -1` is 0, as on the JVM.
    private static func integral<T: FixedWidthInteger & SignedInteger>(
        _ op: BinaryOperator, _ a: Lane<T>, _ b: Lane<T>, count: Int, validity: ValidityMask?, bounds: ClosedRange<T>
    ) throws -> [T]? {
        var values: [T]
        switch op {
        case .add:
            values = try checked(a, b, count: count, validity: validity, { $0 &+ $1 }) { x, y in
                let (v, o) = x.addingReportingOverflow(y)
                return o || !bounds.contains(v)
            }
        case .subtract:
            values = try checked(a, b, count: count, validity: validity, { $0 &- $1 }) { x, y in
                let (v, o) = x.subtractingReportingOverflow(y)
                return o || !bounds.contains(v)
            }
        case .multiply:
            values = try checked(a, b, count: count, validity: validity, { $0 &* $1 }) { x, y in
                let (v, o) = x.multipliedReportingOverflow(by: y)
                return o || !bounds.contains(v)
            }
        case .modulo:
            values = try checked(a, b, count: count, validity: validity, { x, y in
                y == 0 ? 0 : x.remainderReportingOverflow(dividingBy: y).partialValue
            }) { _, y in y == 0 }
        default:
            return nil
        }
        values.zeroNulls(validity)
        return values
    }

    /// Fractional arithmetic; `/` and `%` by zero raise (`DIVIDE_BY_ZERO`, `REMAINDER_BY_ZERO`) under ANSI.
    /// `single`: the operands are floats held as doubles, computed in single precision.
    private static func fractional(_ op: BinaryOperator, _ a: Lane<Double>, _ b: Lane<Double>, count: Int,
                                   validity: ValidityMask?, single: Bool) throws -> [Double]? {
        var values: [Double]
        switch (op, single) {
        case (.add, false): values = Lane.map(a, b, count: count) { $0 + $1 }
        case (.subtract, false): values = Lane.map(a, b, count: count) { $0 - $1 }
        case (.multiply, false): values = Lane.map(a, b, count: count) { $0 * $1 }
        case (.divide, false): values = try checked(a, b, count: count, validity: validity, { $0 / $1 }) { $1 == 0 }
        case (.modulo, false):
            values = try checked(a, b, count: count, validity: validity, { $0.truncatingRemainder(dividingBy: $1) }) { $1 == 0 }
        case (.add, true): values = Lane.map(a, b, count: count) { Double(Float($0) + Float($1)) }
        case (.subtract, true): values = Lane.map(a, b, count: count) { Double(Float($0) - Float($1)) }
        case (.multiply, true): values = Lane.map(a, b, count: count) { Double(Float($0) * Float($1)) }
        case (.divide, true):
            values = try checked(a, b, count: count, validity: validity, { Double(Float($0) / Float($1)) }) { $1 == 0 }
        case (.modulo, true):
            values = try checked(a, b, count: count, validity: validity, {
                Double(Float($0).truncatingRemainder(dividingBy: Float($1)))
            }) { $1 == 0 }
        default:
            return nil
        }
        values.zeroNulls(validity)
        return values
    }

    /// `f` over the rows; throws `VectorRowRaises` when `fails` holds for a row with a value.
    @inline(__always)
    private static func checked<T, R>(_ a: Lane<T>, _ b: Lane<T>, count: Int, validity: ValidityMask?,
                                      _ f: (T, T) -> R, fails: (T, T) -> Bool) throws -> [R] {
        let (values, failed) = Lane.map(a, b, count: count, validity: validity, f, failed: fails)
        if failed { throw VectorRowRaises() }
        return values
    }
}
