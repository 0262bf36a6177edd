/// `UnsafeRow.hashCode()`: Murmur3 (seed 42) over the row's bytes as Spark lays them out: a null bit set, an
/// 8-byte slot per field (fixed-width values zero-padded, a string's offset and size), then each string's
/// bytes padded to 8. Spark sorts a map task's rows by it before a round-robin exchange.
enum UnsafeRowHash {
    /// The hash of each row, or nil when a column has a type whose layout is not modelled (arrays, wide decimals).
    static func hashes(_ batch: RecordBatch) -> [Int32]? {
        let types = batch.schema.fields.map(\.dataType)
        guard types.allSatisfy(hasFixedSlot) else { return nil }
        let bitSetBytes = (types.count + 63) / 64 * 8
        let fixedBytes = bitSetBytes + 8 * types.count
        return (0..<batch.rowCount).map { row in
            var bytes = [UInt8](repeating: 0, count: fixedBytes)
            for (i, column) in batch.columns.enumerated() {
                let slot = bitSetBytes + 8 * i
                if column.isNull(row) {
                    bytes[i / 8] |= 1 << UInt8(i % 8)
                    continue
                }
                let word: UInt64
                let value = column.value(at: row)
                switch value {
                case .long(let v), .timestamp(let v): word = UInt64(bitPattern: v)
                case .integer(let v), .date(let v): word = UInt64(UInt32(bitPattern: v))
                case .short(let v): word = UInt64(UInt16(bitPattern: v))
                case .byte(let v): word = UInt64(UInt8(bitPattern: v))
                case .boolean(let b): word = b ? 1 : 0
                case .double(let d): word = (d.isNaN ? Double.nan : d).bitPattern
                case .float(let f): word = UInt64((f.isNaN ? Float.nan : f).bitPattern)
                case .decimal(let d): word = UInt64(bitPattern: Int64(truncatingIfNeeded: d.unscaled))
                case .string, .binary:
                    let utf8 = value.binaryBytes ?? Array(value.string.utf8)
                    word = UInt64(bytes.count) << 32 | UInt64(utf8.count)
                    bytes += utf8 + [UInt8](repeating: 0, count: (8 - utf8.count % 8) % 8)
                default: word = 0
                }
                for b in 0..<8 { bytes[slot + b] = UInt8(truncatingIfNeeded: word >> (8 * UInt64(b))) }
            }
            return bytes.withUnsafeBufferPointer { SparkMurmur3.hashBytes($0) }
        }
    }

    private static func hasFixedSlot(_ type: DataType) -> Bool {
        switch type {
        case .array, .structure, .map: false
        case .decimal(let precision, _): precision <= 18
        default: true
        }
    }
}
