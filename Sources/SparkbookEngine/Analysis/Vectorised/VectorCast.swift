/// The casts between numbers a loop does: integral widening and narrowing, integral to fractional, `float` to
/// `double` and back, fractional to integral (truncated toward zero), each as `ValueCast.ansiCast` computes it.
/// A value that does not fit (an integral out of range, NaN, an infinity) throws `VectorRowRaises`, so the row
/// path raises `CAST_OVERFLOW` from `ValueCast`, the one place it is written. Nil: another pair (text, dates,
/// decimals, booleans), cast row by row.
enum VectorCast {
    static func apply(_ x: VectorValue, to type: DataType, count: Int) throws -> ColumnVector? {
        let from = x.dataType
        if from == type { return x.column(count: count) }
        guard let target = bounds(type), integral(from) || from == .double || from == .float else {
            return fractional(x, to: type, count: count)
        }
        if x.isNullScalar { return ColumnVector.constant(.null, type: type, count: count) }
        let validity = x.validity
        let values: [Int64]
        if integral(from) {
            guard let a = wide(x) else { return nil }
            values = try checked(a, count: count, validity: validity, { $0 }) { !target.contains($0) }
        } else {
            guard let a = x.doubles else { return nil }
            // 2^63 itself does not fit a bigint; every other bound is exact in a double.
            let fits: (Double) -> Bool = { d in
                let t = d.rounded(.towardZero)
                return d.isFinite && t >= Double(target.lowerBound)
                    && (type == .long ? t < 9.223372036854775808e18 : t <= Double(target.upperBound))
            }
            values = try checked(a, count: count, validity: validity, { fits($0) ? Int64($0.rounded(.towardZero)) : 0 }) { !fits($0) }
        }
        var storage = values
        storage.zeroNulls(validity)
        if type == .long { return ColumnVector(dataType: type, storage: .int64(storage), validity: validity) }
        return ColumnVector(dataType: type, storage: .int32(storage.map { Int32(truncatingIfNeeded: $0) }), validity: validity)
    }

    /// Casts to `double` and `float`, which never raise from a number: an integral exactly as `Double(x)`
    /// (a float rounds from that double, as `ValueCast` does), a double to the nearest float.
    private static func fractional(_ x: VectorValue, to type: DataType, count: Int) -> ColumnVector? {
        guard type == .double || type == .float else { return nil }
        if x.isNullScalar { return ColumnVector.constant(.null, type: type, count: count) }
        let doubles: [Double]
        if integral(x.dataType), let a = wide(x) {
            doubles = type == .double ? a.map(count: count) { Double($0) } : a.map(count: count) { Double(Float(Double($0))) }
        } else if x.dataType == .double || x.dataType == .float, let a = x.doubles {
            // A float's double is exact; a double narrows to the nearest float.
            doubles = type == .double ? a.map(count: count) { $0 } : a.map(count: count) { Double(Float($0)) }
        } else {
            return nil
        }
        var values = doubles
        values.zeroNulls(x.validity)
        return ColumnVector(dataType: type, storage: .float64(values), validity: x.validity)
    }

    private static func integral(_ type: DataType) -> Bool {
        ValueCast.integralBounds(type) != nil
    }

    private static func bounds(_ type: DataType) -> ClosedRange<Int64>? {
        ValueCast.integralBounds(type)
    }

    /// An integral operand widened to 64 bits.
    private static func wide(_ x: VectorValue) -> Lane<Int64>? {
        x.int64s ?? x.int32s?.converted { Int64($0) }
    }

    @inline(__always)
    private static func checked<T>(_ a: Lane<T>, count: Int, validity: ValidityMask?, _ f: (T) -> Int64,
                                   fails: (T) -> Bool) throws -> [Int64] {
        let (values, failed) = Lane.map(a, Lane<Bool>.all(false), count: count, validity: validity,
                                        { x, _ in f(x) }, failed: { x, _ in fails(x) })
        if failed { throw VectorRowRaises() }
        return values
    }
}
