/// Appends values of one type to a growing column, then hands over the finished `ColumnVector`.
///
/// Typed `append` overloads let parsers write straight into buffers; `append(_ value:)` is for the edges.
public struct ColumnBuilder: Sendable {
    public let type: DataType
    private var int32s: [Int32] = []
    private var int64s: [Int64] = []
    private var doubles: [Double] = []
    private var booleans: [Bool] = []
    private var strings = StringBuffer()
    private var int128s: [Int128] = []
    private var arrays: [[Value]] = []
    /// A struct column's builders, one per field.
    private var children: [ColumnBuilder] = []
    /// A map column's entry offsets (its keys and values are `children[0]` and `children[1]`).
    private var mapOffsets: [Int32] = []
    /// Kept from the first null on (all valid before it), so a column without nulls costs no bit per row.
    private var validity = ValidityMask()
    private var hasNull = false
    public private(set) var count = 0

    public init(type: DataType, capacity: Int = 0) {
        self.type = type
        switch type {
        case .integer, .date, .byte, .short, .yearMonthInterval: int32s.reserveCapacity(capacity)
        case .long, .timestamp, .timestampNTZ, .dayTimeInterval, .time: int64s.reserveCapacity(capacity)
        case .double, .float: doubles.reserveCapacity(capacity)
        case .boolean: booleans.reserveCapacity(capacity)
        case .string, .binary, .variant: strings.reserveCapacity(rows: capacity, bytes: capacity * 8)
        case .decimal, .calendarInterval: int128s.reserveCapacity(capacity)
        case .null: break
        case .array: arrays.reserveCapacity(capacity)
        case .structure(let s): children = s.fields.map { ColumnBuilder(type: $0.dataType, capacity: capacity) }
        case .map(let k, let v, _):
            children = [ColumnBuilder(type: k, capacity: capacity), ColumnBuilder(type: v, capacity: capacity)]
            mapOffsets = [0]
        }
    }

    public mutating func appendNull() {
        switch type {
        case .integer, .date, .byte, .short, .yearMonthInterval: int32s.append(0)
        case .long, .timestamp, .timestampNTZ, .dayTimeInterval, .time: int64s.append(0)
        case .double, .float: doubles.append(0)
        case .boolean: booleans.append(false)
        case .string, .binary, .variant: strings.appendEmpty()
        case .decimal, .calendarInterval: int128s.append(0)
        case .null: break
        case .array: arrays.append([])
        case .structure: for i in children.indices { children[i].appendNull() }
        case .map: mapOffsets.append(mapOffsets.last ?? 0)
        }
        if !hasNull {
            validity = ValidityMask(allValid: count)
            hasNull = true
        }
        validity.append(false)
        count += 1
    }

    public mutating func append(int32 v: Int32) { appendValid { $0.int32s.append(v) } }
    public mutating func append(int64 v: Int64) { appendValid { $0.int64s.append(v) } }
    public mutating func append(double v: Double) { appendValid { $0.doubles.append(v) } }
    public mutating func append(boolean v: Bool) { appendValid { $0.booleans.append(v) } }
    public mutating func append<C: Collection>(utf8 bytes: C) where C.Element == UInt8 {
        appendValid { $0.strings.append(bytes: bytes) }
    }
    public mutating func append(string v: String) { appendValid { $0.strings.append(v) } }
    /// An unscaled decimal already at the column's scale.
    public mutating func append(unscaled v: Int128) { appendValid { $0.int128s.append(v) } }

    mutating func appendValid(_ write: (inout ColumnBuilder) -> Void) {
        write(&self)
        if hasNull { validity.append(true) }
        count += 1
    }

    /// Appends a scalar, converting between numeric types where Spark would implicitly cast.
    public mutating func append(_ value: Value) {
        switch (type, value) {
        case (_, .null): appendNull()
        case (.integer, .integer(let v)), (.date, .date(let v)): append(int32: v)
        case (.integer, .long(let v)): append(int32: Int32(truncatingIfNeeded: v))
        case (.byte, .byte(let v)): append(int32: Int32(v))
        case (.short, .short(let v)): append(int32: Int32(v))
        case (.float, _) where value.doubleValue != nil: append(double: Double(Float(value.doubleValue!)))
        case (.long, _) where value.int64Value != nil: append(int64: value.int64Value!)
        case (.timestamp, .timestamp(let v)), (.timestampNTZ, .timestampNTZ(let v)), (.dayTimeInterval, .dayTimeInterval(let v)),
             (.time, .time(let v)):
            append(int64: v)
        case (.yearMonthInterval, .yearMonthInterval(let v)): append(int32: v)
        case (.calendarInterval, .calendarInterval(let v)): append(unscaled: v.packed)
        case (.double, _) where value.doubleValue != nil: append(double: value.doubleValue!)
        case (.boolean, .boolean(let v)): append(boolean: v)
        case (.string, .string(let v)): append(string: v)
        case (.binary, .binary(let v)): append(utf8: v)
        case (.variant, .variant(let v)): append(utf8: v.storageBytes)
        case (.decimal(let p, let s), _):
            if let d = DecimalCast.decimal(from: value, precision: p, scale: s) { append(unscaled: d.unscaled) } else { appendNull() }
        case (.array, .array(let v)): appendValid { $0.arrays.append(v) }
        case (.structure, .structure(_, let v)) where v.count == children.count:
            appendValid { for i in $0.children.indices { $0.children[i].append(v[i]) } }
        case (.map, .map(let keys, let values)):
            appendValid {
                for (k, v) in zip(keys, values) { $0.children[0].append(k); $0.children[1].append(v) }
                $0.mapOffsets.append(Int32($0.children[0].count))
            }
        default: appendNull()
        }
    }

    public func finish() -> ColumnVector {
        let storage: ColumnVector.Storage
        switch type {
        case .integer, .date, .byte, .short, .yearMonthInterval: storage = .int32(int32s)
        case .long, .timestamp, .timestampNTZ, .dayTimeInterval, .time: storage = .int64(int64s)
        case .double, .float: storage = .float64(doubles)
        case .boolean: storage = .boolean(booleans)
        case .string, .binary, .variant: storage = .string(strings)
        case .decimal, .calendarInterval: storage = .int128(int128s)
        case .null: storage = .null(count: count)
        case .array: storage = .array(arrays)
        case .structure: storage = .structure(children.map { $0.finish() }, count: count)
        case .map: storage = .map(offsets: mapOffsets, keys: children[0].finish(), values: children[1].finish())
        }
        return ColumnVector(dataType: type, storage: storage, validity: hasNull ? validity : nil)
    }
}
