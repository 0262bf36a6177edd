import Foundation

/// `= != < <= > >=` over typed buffers of one type (the binder casts both sides to their common type), giving a
/// boolean column null where either side is, ordered exactly as `ValueOrdering` orders scalars: integers,
/// dates, timestamps and intervals as numbers, `false` before `true`, decimals of one type by their unscaled
/// values, doubles with NaN equal to NaN and above every other value (and -0.0 equal to 0.0), strings and
/// binary byte by byte. Comparisons never raise. Nil: no kernel for the type (arrays, structs, variants).
enum VectorComparison {
    static func apply(_ op: BinaryOperator, _ l: VectorValue, _ r: VectorValue, count: Int) -> ColumnVector? {
        let type = l.dataType
        guard r.dataType == type else { return nil }
        if l.isNullScalar || r.isNullScalar { return ColumnVector.constant(.null, type: .boolean, count: count) }
        let validity = ValidityMask.intersection(l.validity, r.validity)
        var values: [Bool]
        switch type {
        case .integer, .date, .byte, .short, .yearMonthInterval:
            guard let a = l.int32s, let b = r.int32s else { return nil }
            values = ordered(op, a, b, count: count)
        case .long, .timestamp, .timestampNTZ, .dayTimeInterval, .time:
            guard let a = l.int64s, let b = r.int64s else { return nil }
            values = ordered(op, a, b, count: count)
        case .decimal:
            guard let a = l.int128s, let b = r.int128s else { return nil }
            values = ordered(op, a, b, count: count)
        case .boolean:
            guard let a = l.booleans, let b = r.booleans else { return nil }
            values = ordered(op, a.converted { $0 ? 1 : 0 as UInt8 }, b.converted { $0 ? 1 : 0 as UInt8 }, count: count)
        case .double, .float:
            guard let a = l.doubles, let b = r.doubles else { return nil }
            values = fractional(op, a, b, count: count)
        case .string, .binary:
            guard let a = texts(l), let b = texts(r) else { return nil }
            values = text(op, a, b, count: count, bytewise: type == .binary)
        default:
            return nil
        }
        values.clearNulls(validity)
        return ColumnVector(dataType: .boolean, storage: .boolean(values), validity: validity)
    }

    private static func ordered<T: Comparable>(_ op: BinaryOperator, _ a: Lane<T>, _ b: Lane<T>, count: Int) -> [Bool] {
        switch op {
        case .equal: Lane.map(a, b, count: count) { $0 == $1 }
        case .notEqual: Lane.map(a, b, count: count) { $0 != $1 }
        case .less: Lane.map(a, b, count: count) { $0 < $1 }
        case .lessOrEqual: Lane.map(a, b, count: count) { $0 <= $1 }
        case .greater: Lane.map(a, b, count: count) { $0 > $1 }
        default: Lane.map(a, b, count: count) { $0 >= $1 }
        }
    }

    /// Spark's double order: NaN equals NaN and is above everything else; IEEE `<` is false for any NaN, so
    /// each operator adds the NaN case it misses.
    private static func fractional(_ op: BinaryOperator, _ a: Lane<Double>, _ b: Lane<Double>, count: Int) -> [Bool] {
        switch op {
        case .equal: Lane.map(a, b, count: count) { $0 == $1 || ($0.isNaN && $1.isNaN) }
        case .notEqual: Lane.map(a, b, count: count) { !($0 == $1 || ($0.isNaN && $1.isNaN)) }
        case .less: Lane.map(a, b, count: count) { $0 < $1 || ($1.isNaN && !$0.isNaN) }
        case .lessOrEqual: Lane.map(a, b, count: count) { $0 <= $1 || $1.isNaN }
        case .greater: Lane.map(a, b, count: count) { $1 < $0 || ($0.isNaN && !$1.isNaN) }
        default: Lane.map(a, b, count: count) { $1 <= $0 || $0.isNaN }
        }
    }

    /// A text operand: its buffer, and whether a row is shared by all (a literal's single string).
    private struct Texts {
        let buffer: StringBuffer
        let shared: Bool
        /// Whether every byte is ASCII, where byte order and `String` equality agree.
        let ascii: Bool
    }

    private static func texts(_ v: VectorValue) -> Texts? {
        switch v {
        case .column(let c): if case .string(let s) = c.storage { return Texts(buffer: s, shared: false, ascii: isASCII(s.bytes)) }
        case .scalar(let one): if case .string(let s) = one.storage { return Texts(buffer: s, shared: true, ascii: isASCII(s.bytes)) }
        }
        return nil
    }

    private static func isASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var high: UInt8 = 0
            for byte in b { high |= byte }
            return high < 0x80
        }
    }

    /// Byte order (`memcmp`, then the shorter first). For strings, rows with a non-ASCII byte are ordered by
    /// `ValueOrdering` itself, whose equality is `String`'s (canonically equivalent strings are equal).
    private static func text(_ op: BinaryOperator, _ a: Texts, _ b: Texts, count: Int, bytewise: Bool) -> [Bool] {
        let plain = bytewise || (a.ascii && b.ascii)
        precondition((a.shared || a.buffer.count >= count) && (b.shared || b.buffer.count >= count),
                     "a column shorter than its batch")
        return a.buffer.bytes.withUnsafeBufferPointer { x in
            b.buffer.bytes.withUnsafeBufferPointer { y in
                a.buffer.offsets.withUnsafeBufferPointer { xo in
                    b.buffer.offsets.withUnsafeBufferPointer { yo in
                        (0..<count).map { row in
                            let i = a.shared ? 0 : row, j = b.shared ? 0 : row
                            let xs = Int(xo[i]), xn = Int(xo[i + 1]) - xs, ys = Int(yo[j]), yn = Int(yo[j + 1]) - ys
                            var order = compare(x, xs, xn, y, ys, yn)
                            if order != 0, !plain, !isASCII(x, xs, xn) || !isASCII(y, ys, yn) {
                                order = ValueOrdering.compare(.string(a.buffer.string(at: i)), .string(b.buffer.string(at: j))) ?? 0
                            }
                            return ValueArithmetic.holds(op, order)
                        }
                    }
                }
            }
        }
    }

    private static func compare(_ x: UnsafeBufferPointer<UInt8>, _ xs: Int, _ xn: Int,
                                _ y: UnsafeBufferPointer<UInt8>, _ ys: Int, _ yn: Int) -> Int {
        let n = min(xn, yn)
        if n > 0 {
            let c = memcmp(x.baseAddress! + xs, y.baseAddress! + ys, n)
            if c != 0 { return c < 0 ? -1 : 1 }
        }
        return xn == yn ? 0 : (xn < yn ? -1 : 1)
    }

    private static func isASCII(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ n: Int) -> Bool {
        var high: UInt8 = 0
        for k in start..<(start + n) { high |= b[k] }
        return high < 0x80
    }
}
