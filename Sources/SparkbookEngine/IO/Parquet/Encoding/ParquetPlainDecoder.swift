/// PLAIN: values back to back in little-endian, byte arrays with a 4-byte length before each, booleans one
/// bit each. Also BYTE_STREAM_SPLIT, which stores the same fixed-width values byte plane by byte plane.
enum ParquetPlainDecoder {
    /// Microseconds between the Julian day number's epoch and the Unix epoch (day 2440588).
    static let julianDayOfUnixEpoch: Int64 = 2_440_588

    static func decode(_ cursor: inout ParquetByteCursor, type: ParquetPhysicalType, typeLength: Int,
                       count: Int) throws -> ParquetValues {
        switch type {
        case .boolean:
            let raw = try cursor.take((count + 7) / 8, "\(count) booleans")
            return .boolean((0..<count).map { raw[$0 >> 3] & (1 << UInt8($0 & 7)) != 0 })
        case .int32:
            return .int32(try fixed(&cursor, count, Int32.self))
        case .int64:
            return .int64(try fixed(&cursor, count, Int64.self))
        case .float:
            return .float(try fixed(&cursor, count, UInt32.self).map { Float(bitPattern: $0) })
        case .double:
            return .double(try fixed(&cursor, count, UInt64.self).map { Double(bitPattern: $0) })
        case .int96:
            let raw = try cursor.take(count * 12, "\(count) INT96 values")
            return .int96Micros((0..<count).map { i in
                let nanos = raw.loadUnaligned(fromByteOffset: i * 12, as: Int64.self).littleEndian
                let day = Int64(raw.loadUnaligned(fromByteOffset: i * 12 + 8, as: Int32.self).littleEndian)
                return (day - julianDayOfUnixEpoch) * 86_400_000_000 + nanos / 1000
            })
        case .byteArray:
            var buffer = StringBuffer()
            buffer.reserveCapacity(rows: count, bytes: max(0, cursor.remaining - 4 * count))
            for _ in 0..<count {
                let length = Int(try cursor.uint32LE())
                buffer.append(bytes: try cursor.take(length, "a byte array of \(length) bytes"))
            }
            return .bytes(buffer)
        case .fixedLenByteArray:
            guard typeLength > 0 else { throw ParquetError("FIXED_LEN_BYTE_ARRAY column without a type length") }
            let raw = try cursor.take(count * typeLength, "\(count) fixed-length values")
            var buffer = StringBuffer()
            buffer.reserveCapacity(rows: count, bytes: raw.count)
            for i in 0..<count { buffer.append(bytes: raw[(i * typeLength)..<((i + 1) * typeLength)]) }
            return .bytes(buffer)
        }
    }

    private static func fixed<T: FixedWidthInteger>(_ cursor: inout ParquetByteCursor, _ count: Int, _: T.Type) throws -> [T] {
        let raw = try cursor.take(count * MemoryLayout<T>.size, "\(count) values")
        return [T](unsafeUninitializedCapacity: count) { out, initialized in
            for i in 0..<count { out[i] = raw.loadUnaligned(fromByteOffset: i * MemoryLayout<T>.size, as: T.self).littleEndian }
            initialized = count
        }
    }

    /// BYTE_STREAM_SPLIT for FLOAT, DOUBLE, INT32, INT64 and fixed-length values: byte k of every value, then
    /// byte k+1.
    static func decodeByteStreamSplit(_ cursor: inout ParquetByteCursor, type: ParquetPhysicalType, typeLength: Int,
                                      count: Int) throws -> ParquetValues {
        let width: Int
        switch type {
        case .float, .int32: width = 4
        case .double, .int64: width = 8
        case .fixedLenByteArray: width = typeLength
        default: throw ParquetError("BYTE_STREAM_SPLIT is not defined for \(type)")
        }
        let raw = try cursor.take(count * width, "\(count) byte-stream-split values")
        var joined = [UInt8](repeating: 0, count: count * width)
        for k in 0..<width {
            for i in 0..<count { joined[i * width + k] = raw[k * count + i] }
        }
        return try joined.withUnsafeBytes { bytes in
            var c = ParquetByteCursor(bytes)
            return try decode(&c, type: type, typeLength: typeLength, count: count)
        }
    }
}
