/// What the vector kernels read and return: a whole column, or one value every row of the batch shares (a
/// literal), kept unexpanded so `id + 1` reads one buffer and a register, not two buffers.
enum VectorValue {
    case column(ColumnVector)
    /// The shared value as a one-row column, so its typed slot is what a column of its type would hold.
    case scalar(ColumnVector)

    init(literal value: Value, type: DataType) {
        var builder = ColumnBuilder(type: type, capacity: 1)
        builder.append(value)
        self = .scalar(builder.finish())
    }

    var dataType: DataType {
        switch self {
        case .column(let c), .scalar(let c): c.dataType
        }
    }

    /// Whether one value stands for every row.
    var isScalar: Bool {
        if case .scalar = self { return true }
        return false
    }

    /// Whether every row is null (a null literal), which makes any arithmetic or comparison on it null.
    var isNullScalar: Bool {
        if case .scalar(let one) = self { return one.isNull(0) }
        return false
    }

    /// The column's nulls; a (non-null) scalar has none.
    var validity: ValidityMask? {
        if case .column(let c) = self { return c.validity }
        return nil
    }

    /// As a column of `count` rows.
    func column(count: Int) -> ColumnVector {
        switch self {
        case .column(let c): c
        case .scalar(let one): one.repeated(count)
        }
    }

    /// One row as a scalar, for the operators no kernel covers.
    func value(at row: Int) -> Value {
        switch self {
        case .column(let c): c.value(at: row)
        case .scalar(let one): one.value(at: 0)
        }
    }

    /// The typed buffer `pick` finds in the storage, per row or shared; nil when the storage is another.
    func lane<T>(_ pick: (ColumnVector.Storage) -> [T]?) -> Lane<T>? {
        switch self {
        case .column(let c): pick(c.storage).map { Lane<T>.each($0) }
        case .scalar(let one): pick(one.storage).map { Lane<T>.all($0[0]) }
        }
    }

    var int32s: Lane<Int32>? {
        lane { storage -> [Int32]? in if case .int32(let v) = storage { return v }; return nil }
    }
    var int64s: Lane<Int64>? {
        lane { storage -> [Int64]? in if case .int64(let v) = storage { return v }; return nil }
    }
    var doubles: Lane<Double>? {
        lane { storage -> [Double]? in if case .float64(let v) = storage { return v }; return nil }
    }
    var booleans: Lane<Bool>? {
        lane { storage -> [Bool]? in if case .boolean(let v) = storage { return v }; return nil }
    }
    var int128s: Lane<Int128>? {
        lane { storage -> [Int128]? in if case .int128(let v) = storage { return v }; return nil }
    }
}

/// An operand of a kernel's loop: a buffer with a value per row, or one value for all rows.
enum Lane<T> {
    case each([T])
    case all(T)

    /// `f` over the rows of both lanes, into a new buffer of `count` values.
    @inline(__always)
    static func map<U, R>(_ a: Lane<T>, _ b: Lane<U>, count: Int, _ f: (T, U) -> R) -> [R] {
        // The loops read through unsafe pointers: a short buffer must trap here, not read past its end.
        precondition(a.covers(count) && b.covers(count), "a column shorter than its batch")
        return [R](unsafeUninitializedCapacity: count) { out, initialized in
            switch (a, b) {
            case (.each(let x), .each(let y)):
                x.withUnsafeBufferPointer { x in
                    y.withUnsafeBufferPointer { y in
                        for i in 0..<count { (out.baseAddress! + i).initialize(to: f(x[i], y[i])) }
                    }
                }
            case (.each(let x), .all(let y)):
                x.withUnsafeBufferPointer { x in
                    for i in 0..<count { (out.baseAddress! + i).initialize(to: f(x[i], y)) }
                }
            case (.all(let x), .each(let y)):
                y.withUnsafeBufferPointer { y in
                    for i in 0..<count { (out.baseAddress! + i).initialize(to: f(x, y[i])) }
                }
            case (.all(let x), .all(let y)):
                let r = f(x, y)
                for i in 0..<count { (out.baseAddress! + i).initialize(to: r) }
            }
            initialized = count
        }
    }

    /// `f` over one lane's rows.
    @inline(__always)
    func map<R>(count: Int, _ f: (T) -> R) -> [R] {
        Lane.map(self, Lane<Bool>.all(false), count: count) { x, _ in f(x) }
    }

    /// Each value converted, a shared one once.
    func converted<R>(_ f: (T) -> R) -> Lane<R> {
        switch self {
        case .each(let v): .each(v.map(f))
        case .all(let x): .all(f(x))
        }
    }

    /// `f` over both lanes' rows, and whether `failed` held for any row with a value (`validity`); rows
    /// without one are computed too (their slots are garbage, never read) but cannot fail.
    @inline(__always)
    static func map<U, R>(_ a: Lane<T>, _ b: Lane<U>, count: Int, validity: ValidityMask?, _ f: (T, U) -> R,
                          failed: (T, U) -> Bool) -> (values: [R], failed: Bool) {
        var any = false
        let values = map(a, b, count: count) { x, y in
            any = any || failed(x, y)
            return f(x, y)
        }
        guard any, let validity else { return (values, any) }
        for row in 0..<count where validity.isValid(row) && failed(a[row], b[row]) { return (values, true) }
        return (values, false)
    }

    /// Whether the lane has a value for each of `count` rows.
    func covers(_ count: Int) -> Bool {
        if case .each(let v) = self { return v.count >= count }
        return true
    }

    subscript(row: Int) -> T {
        switch self {
        case .each(let v): v[row]
        case .all(let x): x
        }
    }
}

extension Array where Element: ExpressibleByIntegerLiteral {
    /// The slots of null rows set to zero, as `ColumnBuilder` leaves them, so a computed column is the same
    /// buffer a row-by-row one would be (spills, Arrow batches and hashes read the slots as they are).
    mutating func zeroNulls(_ validity: ValidityMask?) {
        validity?.forEachNull { self[$0] = 0 }
    }
}

extension Array where Element == Bool {
    /// Null rows' slots set to false, as `ColumnBuilder` leaves them.
    mutating func clearNulls(_ validity: ValidityMask?) {
        validity?.forEachNull { self[$0] = false }
    }
}
