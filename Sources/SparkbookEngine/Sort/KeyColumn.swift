/// One key column seen through its typed buffer, so sorting, grouping and hashing compare rows without a
/// `Value` per row. Orders as `ValueOrdering` does (NaN largest and equal to itself, strings by unsigned UTF-8
/// bytes); equality is `Value`'s (what partition boundaries and peers used before), and hashing is Spark's
/// Murmur3 as `SparkValueHash` applies it to each type.
struct KeyColumn {
    enum Values {
        case int32([Int32])
        case int64([Int64])
        case double([Double])
        case boolean([Bool])
        case string(StringBuffer)
        /// Decimals, arrays, null columns: compared through `Value` (off the hot path).
        case boxed(ColumnVector)
    }

    let values: Values
    let validity: ValidityMask?
    let dataType: DataType
    let allNull: Bool

    init(_ column: ColumnVector) {
        dataType = column.dataType
        validity = column.validity
        allNull = if case .null = column.storage { true } else { false }
        switch column.storage {
        case .int32(let v): values = .int32(v)
        case .int64(let v): values = .int64(v)
        case .float64(let v): values = .double(v)
        case .boolean(let v): values = .boolean(v)
        case .string(let v): values = .string(v)
        case .int128, .null, .array, .structure, .map: values = .boxed(column)
        }
    }

    @inline(__always) func isNull(_ row: Int) -> Bool {
        if allNull { return true }
        guard let validity else { return false }
        return !validity.isValid(row)
    }

    /// Whether two rows hold the same key (two nulls do; two NaNs do, and -0.0 and 0.0, as Spark groups them).
    func equal(_ a: Int, _ b: Int) -> Bool {
        let na = isNull(a), nb = isNull(b)
        if na || nb { return na && nb }
        switch values {
        case .int32(let v): return v[a] == v[b]
        case .int64(let v): return v[a] == v[b]
        case .double(let v): return Self.compareDoubles(v[a], v[b]) == 0
        case .boolean(let v): return v[a] == v[b]
        case .string(let s): return Self.compareBytes(s, a, s, b) == 0
        case .boxed(let c): return c.value(at: a) == c.value(at: b)
        }
    }

    /// Spark's ordering of two non-null rows, ascending.
    func compare(_ a: Int, _ b: Int) -> Int {
        switch values {
        case .int32(let v): return v[a] == v[b] ? 0 : (v[a] < v[b] ? -1 : 1)
        case .int64(let v): return v[a] == v[b] ? 0 : (v[a] < v[b] ? -1 : 1)
        case .double(let v): return Self.compareDoubles(v[a], v[b])
        case .boolean(let v): return v[a] == v[b] ? 0 : (!v[a] ? -1 : 1)
        case .string(let s): return Self.compareBytes(s, a, s, b)
        case .boxed(let c): return ValueOrdering.compare(c.value(at: a), c.value(at: b)) ?? 0
        }
    }

    /// Row `a` of this column against row `b` of `other` (same type), both non-null.
    func compare(_ a: Int, to other: KeyColumn, _ b: Int) -> Int {
        switch (values, other.values) {
        case (.int32(let x), .int32(let y)): return x[a] == y[b] ? 0 : (x[a] < y[b] ? -1 : 1)
        case (.int64(let x), .int64(let y)): return x[a] == y[b] ? 0 : (x[a] < y[b] ? -1 : 1)
        case (.double(let x), .double(let y)): return Self.compareDoubles(x[a], y[b])
        case (.boolean(let x), .boolean(let y)): return x[a] == y[b] ? 0 : (!x[a] ? -1 : 1)
        case (.string(let x), .string(let y)): return Self.compareBytes(x, a, y, b)
        default: return ValueOrdering.compare(value(at: a), other.value(at: b)) ?? 0
        }
    }

    /// Equality of row `a` here and row `b` of `other` for a join (nulls never match). Doubles compare as Spark
    /// compares them after `NormalizeFloatingNumbers`: NaN matches NaN, and -0.0 matches 0.0.
    func joinEqual(_ a: Int, to other: KeyColumn, _ b: Int) -> Bool {
        if isNull(a) || other.isNull(b) { return false }
        switch (values, other.values) {
        case (.int32(let x), .int32(let y)): return x[a] == y[b]
        case (.int64(let x), .int64(let y)): return x[a] == y[b]
        case (.double(let x), .double(let y)): return Self.compareDoubles(x[a], y[b]) == 0
        case (.boolean(let x), .boolean(let y)): return x[a] == y[b]
        case (.string(let x), .string(let y)): return Self.compareBytes(x, a, y, b) == 0
        default: return value(at: a) == other.value(at: b)
        }
    }

    func value(at row: Int) -> Value {
        switch values {
        case .boxed(let c): return c.value(at: row)
        default: return ColumnVector(dataType: dataType, storage: storage, validity: validity).value(at: row)
        }
    }

    private var storage: ColumnVector.Storage {
        switch values {
        case .int32(let v): .int32(v)
        case .int64(let v): .int64(v)
        case .double(let v): .float64(v)
        case .boolean(let v): .boolean(v)
        case .string(let v): .string(v)
        case .boxed(let c): c.storage
        }
    }

    /// Whether `prefix` orders this type completely (no tie needs the full comparison).
    var prefixIsExact: Bool {
        switch values {
        case .int32, .int64, .double, .boolean: true
        case .string, .boxed: false
        }
    }

    /// An order-preserving 64-bit image of a non-null row (ascending): equal keys give equal prefixes, and a
    /// smaller prefix means a smaller key. Strings keep their first 8 bytes; NaN maps above every double.
    @inline(__always) func prefix(_ row: Int) -> UInt64 {
        switch values {
        case .int32(let v): return UInt64(UInt32(bitPattern: v[row]) ^ 0x8000_0000)
        case .int64(let v): return UInt64(bitPattern: v[row]) ^ (1 << 63)
        case .double(let v):
            var d = v[row]
            if d.isNaN { return .max }
            if d == 0 { d = 0 }
            let bits = d.bitPattern
            return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
        case .boolean(let v): return v[row] ? 1 : 0
        case .string(let s):
            let start = Int(s.offsets[row]), end = Int(s.offsets[row + 1])
            var p: UInt64 = 0
            for i in 0..<8 { p = p << 8 | (start + i < end ? UInt64(s.bytes[start + i]) : 0) }
            return p
        case .boxed: return 0
        }
    }

    /// Spark's `Murmur3Hash` of row `row` with `seed` (a null leaves the seed unchanged).
    @inline(__always) func hash(_ row: Int, seed: Int32) -> Int32 {
        if isNull(row) { return seed }
        switch values {
        case .int32(let v): return SparkMurmur3.hashInt(v[row], seed: seed)
        case .int64(let v): return SparkMurmur3.hashLong(v[row], seed: seed)
        case .double(let v):
            return dataType == .double ? SparkValueHash.hashDouble(v[row], seed: seed)
                : SparkValueHash.hash(value(at: row), seed: seed)
        case .boolean(let v): return SparkMurmur3.hashInt(v[row] ? 1 : 0, seed: seed)
        case .string(let s):
            return s.bytes.withUnsafeBufferPointer { all in
                SparkMurmur3.hashBytes(UnsafeBufferPointer(rebasing: all[s.byteRange(row)]), seed: seed)
            }
        case .boxed(let c): return SparkValueHash.hash(c.value(at: row), seed: seed)
        }
    }

    static func compareDoubles(_ a: Double, _ b: Double) -> Int {
        if a.isNaN || b.isNaN { return a.isNaN && b.isNaN ? 0 : (a.isNaN ? 1 : -1) }
        return a == b ? 0 : (a < b ? -1 : 1)
    }

    static func compareBytes(_ x: StringBuffer, _ a: Int, _ y: StringBuffer, _ b: Int) -> Int {
        let xs = Int(x.offsets[a]), xe = Int(x.offsets[a + 1]), ys = Int(y.offsets[b]), ye = Int(y.offsets[b + 1])
        let n = min(xe - xs, ye - ys)
        var i = 0
        while i < n {
            let p = x.bytes[xs + i], q = y.bytes[ys + i]
            if p != q { return p < q ? -1 : 1 }
            i += 1
        }
        let lx = xe - xs, ly = ye - ys
        return lx == ly ? 0 : (lx < ly ? -1 : 1)
    }
}
