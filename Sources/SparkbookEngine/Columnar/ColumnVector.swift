/// One column of a record batch: a typed buffer plus an optional validity mask.
///
/// Integers, dates, bytes and shorts share `Int32` storage, strings and binary a `StringBuffer`, longs and timestamps `Int64`, doubles and floats
/// `Double` (a float column holds exact `Float` values); the `dataType` says which.
/// Decimals keep their unscaled integers in `Int128` (the scale is in the `dataType`).
public struct ColumnVector: Sendable {
    public enum Storage: Sendable {
        case int32([Int32])
        case int64([Int64])
        case float64([Double])
        case boolean([Bool])
        case string(StringBuffer)
        case int128([Int128])
        /// A column of a type with no values (`NULL` literal): every row is null.
        case null(count: Int)
        /// Array values, one element list per row (empty for a null row); arrays are off the hot path.
        case array([[Value]])
        /// A struct column: one child column per field (a null struct's children hold nulls), `count` rows.
        case structure([ColumnVector], count: Int)
        /// A map column: row `i`'s entries are `offsets[i] ..< offsets[i + 1]` of the key and value columns.
        indirect case map(offsets: [Int32], keys: ColumnVector, values: ColumnVector)
    }

    public let dataType: DataType
    public var storage: Storage
    /// `nil` when no row is null.
    public var validity: ValidityMask?

    public init(dataType: DataType, storage: Storage, validity: ValidityMask? = nil) {
        self.dataType = dataType
        self.storage = storage
        self.validity = validity
    }

    public var count: Int {
        switch storage {
        case .int32(let v): v.count
        case .int64(let v): v.count
        case .float64(let v): v.count
        case .boolean(let v): v.count
        case .string(let v): v.count
        case .int128(let v): v.count
        case .null(let n): n
        case .array(let v): v.count
        case .structure(_, let n): n
        case .map(let offsets, _, _): offsets.count - 1
        }
    }

    @inlinable
    public func isNull(_ row: Int) -> Bool {
        if case .null = storage { return true }
        guard let validity else { return false }
        return !validity.isValid(row)
    }

    /// The value at `row` as a scalar; for the edges of the engine, not inner loops.
    public func value(at row: Int) -> Value {
        if isNull(row) { return .null }
        switch (storage, dataType) {
        case (.int32(let v), .date): return .date(v[row])
        case (.int32(let v), .byte): return .byte(Int8(truncatingIfNeeded: v[row]))
        case (.int32(let v), .short): return .short(Int16(truncatingIfNeeded: v[row]))
        case (.float64(let v), .float): return .float(Float(v[row]))
        case (.int32(let v), .yearMonthInterval): return .yearMonthInterval(v[row])
        case (.int32(let v), _): return .integer(v[row])
        case (.int64(let v), .timestamp): return .timestamp(v[row])
        case (.int64(let v), .timestampNTZ): return .timestampNTZ(v[row])
        case (.int64(let v), .dayTimeInterval): return .dayTimeInterval(v[row])
        case (.int64(let v), .time): return .time(v[row])
        case (.int64(let v), _): return .long(v[row])
        case (.float64(let v), _): return .double(v[row])
        case (.boolean(let v), _): return .boolean(v[row])
        case (.string(let v), .binary): return .binary(Array(v.bytes[v.byteRange(row)]))
        case (.string(let v), .variant): return .variant(Variant(storage: v.bytes[v.byteRange(row)]))
        case (.string(let v), _): return .string(v.string(at: row))
        case (.int128(let v), .decimal(let p, let s)): return .decimal(DecimalValue(unscaled: v[row], precision: p, scale: s))
        case (.int128(let v), .calendarInterval): return .calendarInterval(CalendarInterval(packed: v[row]))
        case (.int128, _): return .null
        case (.null, _): return .null
        case (.array(let v), _): return .array(v[row])
        case (.structure(let children, _), _):
            return .structure(names: dataType.structFields?.names ?? [], values: children.map { $0.value(at: row) })
        case (.map(let offsets, let keys, let values), _):
            let range = Int(offsets[row])..<Int(offsets[row + 1])
            return .map(keys: range.map { keys.value(at: $0) }, values: range.map { values.value(at: $0) })
        }
    }

    /// A column of `count` copies of one value (a literal), typed as `type`.
    public static func constant(_ value: Value, type: DataType, count: Int) -> ColumnVector {
        var builder = ColumnBuilder(type: type, capacity: 1)
        builder.append(value)
        let one = builder.finish()
        return count == 1 ? one : one.repeated(count)
    }

    /// The rows at `indices`, in that order (used by limit, filter and shuffle partitioning).
    public func gather(_ indices: [Int]) -> ColumnVector {
        var mask: ValidityMask?
        if let validity {
            var m = ValidityMask()
            m.reserveCapacity(indices.count)
            for i in indices { m.append(validity.isValid(i)) }
            mask = m
        }
        let gathered: Storage
        switch storage {
        case .int32(let v): gathered = .int32(indices.map { v[$0] })
        case .int64(let v): gathered = .int64(indices.map { v[$0] })
        case .float64(let v): gathered = .float64(indices.map { v[$0] })
        case .boolean(let v): gathered = .boolean(indices.map { v[$0] })
        case .int128(let v): gathered = .int128(indices.map { v[$0] })
        case .null: gathered = .null(count: indices.count)
        case .array(let v): gathered = .array(indices.map { v[$0] })
        case .structure(let children, _): gathered = .structure(children.map { $0.gather(indices) }, count: indices.count)
        case .map(let offsets, let keys, let values): gathered = Self.gatherMap(offsets, keys, values, indices.map(Int32.init))
        case .string(let v): gathered = .string(v.gathered(indices))
        }
        return ColumnVector(dataType: dataType, storage: gathered, validity: mask)
    }

    /// A map column's rows at `rows` (-1: an empty row, a padded null's): the entries' positions gathered from
    /// the key and value columns in one pass each.
    static func gatherMap(_ offsets: [Int32], _ keys: ColumnVector, _ values: ColumnVector, _ rows: [Int32]) -> Storage {
        var newOffsets: [Int32] = [0]
        newOffsets.reserveCapacity(rows.count + 1)
        var entries: [Int] = []
        for row in rows {
            if row >= 0 { entries.append(contentsOf: Int(offsets[Int(row)])..<Int(offsets[Int(row) + 1])) }
            newOffsets.append(Int32(entries.count))
        }
        return .map(offsets: newOffsets, keys: keys.gather(entries), values: values.gather(entries))
    }

    /// The first `n` rows.
    public func prefix(_ n: Int) -> ColumnVector {
        n >= count ? self : gather(Array(0..<n))
    }
}
