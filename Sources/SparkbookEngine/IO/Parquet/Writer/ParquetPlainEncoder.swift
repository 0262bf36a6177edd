/// PLAIN encoding of a leaf's non-null values (rows `range` of a column of its Spark type) into the physical
/// type its schema element says, as Spark's writer converts them (INT96 timestamps, decimals by precision).
enum ParquetPlainEncoder {
    static func encode(_ column: ColumnVector, rows: Range<Int>, element: ParquetSchemaElement, into out: inout [UInt8]) {
        func le<T: FixedWidthInteger>(_ v: T) {
            withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
        }
        switch (column.storage, element.type) {
        case (.boolean(let v), .boolean?):
            var byte: UInt8 = 0, bits = 0
            for r in rows {
                if v[r] { byte |= 1 << UInt8(bits) }
                bits += 1
                if bits == 8 { out.append(byte); byte = 0; bits = 0 }
            }
            if bits > 0 { out.append(byte) }
        case (.int32(let v), .int32?):
            for r in rows { le(v[r]) }
        case (.int64(let v), .int64?):
            for r in rows { le(v[r]) }
        case (.int64(let v), .int96?):
            // Nanoseconds of the day, then the Julian day number.
            for r in rows {
                let micros = v[r]
                let day = micros >= 0 ? micros / 86_400_000_000 : (micros - 86_399_999_999) / 86_400_000_000
                let nanos = (micros - day * 86_400_000_000) * 1000
                le(nanos)
                le(Int32(truncatingIfNeeded: day + ParquetPlainDecoder.julianDayOfUnixEpoch))
            }
        case (.float64(let v), .float?):
            for r in rows { le(Float(v[r]).bitPattern) }
        case (.float64(let v), .double?):
            for r in rows { le(v[r].bitPattern) }
        case (.string(let v), .byteArray?):
            for r in rows {
                let range = v.byteRange(r)
                le(UInt32(range.count))
                out.append(contentsOf: v.bytes[range])
            }
        case (.int128(let v), .int32?):
            for r in rows { le(Int32(truncatingIfNeeded: v[r])) }
        case (.int128(let v), .int64?):
            for r in rows { le(Int64(truncatingIfNeeded: v[r])) }
        case (.int128(let v), .fixedLenByteArray?):
            let width = Int(element.typeLength ?? 16)
            for r in rows { out.append(contentsOf: ParquetValueConversion.bigEndianBytes(v[r], width: width)) }
        default:
            preconditionFailure("no Parquet encoding for \(column.dataType) as \(String(describing: element.type))")
        }
    }
}
