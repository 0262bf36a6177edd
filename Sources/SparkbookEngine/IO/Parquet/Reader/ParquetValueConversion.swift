/// Turns a leaf's decoded physical values into a column of its Spark type (the non-null values only, in order),
/// as Spark's vectorized reader converts them: unsigned integers widened, INT64 millis to micros, decimals from
/// their unscaled integers or big-endian bytes.
enum ParquetValueConversion {
    static func column(_ values: ParquetValues, leaf: ParquetLeaf, as type: DataType) throws -> ColumnVector {
        let e = leaf.element
        switch (values, type) {
        case (.boolean(let v), .boolean):
            return ColumnVector(dataType: type, storage: .boolean(v))
        case (.int32(let v), .integer), (.int32(let v), .date), (.int32(let v), .byte), (.int32(let v), .short):
            if case .integer(let width, false)? = e.logicalType, width < 32 {
                return ColumnVector(dataType: type, storage: .int32(v.map { Int32(UInt32(bitPattern: $0) & (width == 8 ? 0xFF : 0xFFFF)) }))
            }
            if e.convertedType == .uint8 || e.convertedType == .uint16 {
                return ColumnVector(dataType: type, storage: .int32(v.map { Int32(UInt32(bitPattern: $0) & (e.convertedType == .uint8 ? 0xFF : 0xFFFF)) }))
            }
            return ColumnVector(dataType: type, storage: .int32(v))
        case (.int32(let v), .long):
            let unsigned = e.convertedType == .uint32 || { if case .integer(32, false)? = e.logicalType { return true }; return false }()
            return ColumnVector(dataType: type, storage: .int64(v.map { unsigned ? Int64(UInt32(bitPattern: $0)) : Int64($0) }))
        case (.int64(let v), .long):
            return ColumnVector(dataType: type, storage: .int64(v))
        case (.int64(let v), .dayTimeInterval):
            return ColumnVector(dataType: type, storage: .int64(v))
        case (.int32(let v), .yearMonthInterval):
            return ColumnVector(dataType: type, storage: .int32(v))
        case (.int64(let v), .timestamp), (.int64(let v), .timestampNTZ):
            let millis: Bool
            if case .timestamp(_, .millis)? = e.logicalType { millis = true } else { millis = e.convertedType == .timestampMillis }
            return ColumnVector(dataType: type, storage: .int64(millis ? v.map { $0 &* 1000 } : v))
        case (.int96Micros(let v), .timestamp):
            return ColumnVector(dataType: type, storage: .int64(v))
        case (.float(let v), .float):
            return ColumnVector(dataType: type, storage: .float64(v.map(Double.init)))
        case (.float(let v), .double):
            return ColumnVector(dataType: type, storage: .float64(v.map(Double.init)))
        case (.double(let v), .double):
            return ColumnVector(dataType: type, storage: .float64(v))
        case (.int32(let v), .decimal):
            return ColumnVector(dataType: type, storage: .int128(v.map { Int128($0) }))
        case (.int64(let v), .decimal(_, let scale)):
            if e.logicalType == .integer(bitWidth: 64, signed: false) || e.convertedType == .uint64 {
                return ColumnVector(dataType: type, storage: .int128(v.map { Int128(UInt64(bitPattern: $0)) }))
            }
            _ = scale
            return ColumnVector(dataType: type, storage: .int128(v.map { Int128($0) }))
        case (.bytes(let v), .decimal):
            return ColumnVector(dataType: type, storage: .int128(try (0..<v.count).map { try bigEndian(v.bytes[v.byteRange($0)]) }))
        case (.bytes(let v), .string), (.bytes(let v), .binary):
            return ColumnVector(dataType: type, storage: .string(v))
        default:
            throw ParquetError("column \(leaf.path.joined(separator: ".")) stored as \(leaf.type) cannot be read as \(type.simpleString)")
        }
    }

    /// A two's-complement big-endian integer of up to 16 bytes (a decimal's unscaled value).
    static func bigEndian(_ bytes: ArraySlice<UInt8>) throws -> Int128 {
        guard bytes.count <= 16 else { throw ParquetError("a decimal of \(bytes.count) bytes is wider than 38 digits") }
        guard let first = bytes.first else { return 0 }
        var value: Int128 = first & 0x80 != 0 ? -1 : 0
        for b in bytes { value = (value << 8) | Int128(b) }
        return value
    }

    /// The big-endian two's-complement bytes of `value`, `width` of them (Spark's FIXED_LEN_BYTE_ARRAY decimals).
    static func bigEndianBytes(_ value: Int128, width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * Int128(width - 1 - $0))) }
    }
}
