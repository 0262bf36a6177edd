/// One scalar value, used at the edges (literals, collected rows, display); inner loops use column buffers.
public enum Value: Sendable, Hashable {
    case null
    case integer(Int32)
    case long(Int64)
    case double(Double)
    case byte(Int8)
    case short(Int16)
    case float(Float)
    case string(String)
    /// The bytes of a `binary` value.
    case binary([UInt8])
    case boolean(Bool)
    /// Microseconds since the Unix epoch, UTC.
    case timestamp(Int64)
    /// Days since the Unix epoch.
    case date(Int32)
    case decimal(DecimalValue)
    /// A `timestamp_ntz`: microseconds of a wall-clock reading, no zone.
    case timestampNTZ(Int64)
    /// An `interval day to second`: microseconds.
    case dayTimeInterval(Int64)
    /// An `interval year to month`: months.
    case yearMonthInterval(Int32)
    /// A legacy `interval` (CalendarInterval).
    case calendarInterval(CalendarInterval)
    /// A `time(6)`: microseconds since midnight.
    case time(Int64)
    /// The elements of an `array<...>` value (Types/ArrayType.swift).
    case array([Value])
    /// A struct's field values in order, with the field names they were made with (Types/StructValues.swift).
    case structure(names: [String], values: [Value])
    /// A map's entries in order, keys and values side by side (Types/MapValues.swift).
    case map(keys: [Value], values: [Value])
    /// A semi-structured `variant` value (Types/Variant).
    case variant(Variant)

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The natural type of the value; `.null` for an untyped null.
    public var dataType: DataType {
        switch self {
        case .null: .null
        case .integer: .integer
        case .long: .long
        case .double: .double
        case .byte: .byte
        case .short: .short
        case .float: .float
        case .string: .string
        case .binary: .binary
        case .boolean: .boolean
        case .timestamp: .timestamp
        case .date: .date
        case .decimal(let d): d.dataType
        case .timestampNTZ: .timestampNTZ
        case .dayTimeInterval: .dayTimeInterval
        case .yearMonthInterval: .yearMonthInterval
        case .calendarInterval: .calendarInterval
        case .time: .time
        case .array(let elements): Self.arrayType(of: elements)
        case .structure(let names, let values): Self.structType(names: names, values: values)
        case .map(let keys, let values): Self.mapType(keys: keys, values: values)
        case .variant: .variant
        }
    }

    /// Integral values widened to 64 bits, for arithmetic and comparisons.
    public var int64Value: Int64? {
        switch self {
        case .integer(let v): Int64(v)
        case .long(let v): v
        case .byte(let v): Int64(v)
        case .short(let v): Int64(v)
        default: nil
        }
    }

    /// Numeric values as a double, for arithmetic that mixes integral and fractional inputs.
    public var doubleValue: Double? {
        switch self {
        case .integer(let v): Double(v)
        case .long(let v): Double(v)
        case .double(let v): v
        case .byte(let v): Double(v)
        case .short(let v): Double(v)
        case .float(let v): Double(v)
        case .decimal(let d): d.doubleValue
        default: nil
        }
    }
}
