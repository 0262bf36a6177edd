/// How a variant sits in a column: one byte string per row in the `StringBuffer` that strings and binary use,
/// the metadata's length and the value's start first (4 bytes each, little-endian), then the metadata, then the
/// value bytes. A nested value keeps its enclosing bytes, so storing an element of an object never re-encodes.
extension Variant {
    public var storageBytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(8 + metadata.count + value.count)
        VariantBuilder.append(metadata.count, 4, to: &out)
        VariantBuilder.append(position, 4, to: &out)
        out += metadata
        out += value
        return out
    }

    /// The variant stored as `storageBytes`; malformed bytes read as a variant null.
    public init<Bytes: RandomAccessCollection>(storage bytes: Bytes) where Bytes.Element == UInt8, Bytes.Index == Int {
        func read(_ at: Int) -> Int {
            var r = 0
            for i in 0..<4 { r |= Int(bytes[bytes.startIndex + at + i]) << (8 * i) }
            return r
        }
        guard bytes.count >= 8, case let metadataCount = read(0), 8 + metadataCount <= bytes.count else {
            self.init(value: [0], metadata: [1, 0, 0])
            return
        }
        let start = bytes.startIndex
        self.init(value: Array(bytes[(start + 8 + metadataCount)...]),
                  metadata: Array(bytes[(start + 8)..<(start + 8 + metadataCount)]), position: read(4))
    }
}
