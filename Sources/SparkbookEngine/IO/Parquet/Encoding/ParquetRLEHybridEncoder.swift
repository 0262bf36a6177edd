/// Writes the RLE / bit-packing hybrid: a run of 8 or more equal values as an RLE run, anything else in
/// bit-packed groups of 8 (the shape parquet-mr writes, so other readers see familiar runs).
struct ParquetRLEHybridEncoder {
    let bitWidth: Int
    private(set) var bytes: [UInt8] = []

    init(bitWidth: Int) {
        self.bitWidth = bitWidth
    }

    private mutating func varint(_ value: UInt64) { ParquetByteCursor.appendVarint(value, to: &bytes) }

    private mutating func rleRun(_ value: Int32, count: Int) {
        varint(UInt64(count) << 1)
        let byteWidth = (bitWidth + 7) / 8
        let v = UInt32(bitPattern: value)
        for i in 0..<byteWidth { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(i)))) }
    }

    /// One bit-packed run of the values (padded with zeros to a multiple of 8).
    private mutating func packedRun(_ values: ArraySlice<Int32>) {
        let groups = (values.count + 7) / 8
        varint(UInt64(groups) << 1 | 1)
        var buffer: UInt64 = 0, bits = 0
        for i in 0..<(groups * 8) {
            let v = i < values.count ? UInt64(UInt32(bitPattern: values[values.startIndex + i])) : 0
            buffer |= v << UInt64(bits)
            bits += bitWidth
            while bits >= 8 {
                bytes.append(UInt8(truncatingIfNeeded: buffer))
                buffer >>= 8
                bits -= 8
            }
        }
        if bits > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
    }

    mutating func encode(_ values: [Int32]) {
        guard bitWidth > 0, !values.isEmpty else {
            if !values.isEmpty && bitWidth == 0 { varint(UInt64(values.count) << 1) }
            return
        }
        var i = 0
        var literalStart = 0
        while i < values.count {
            var j = i + 1
            while j < values.count && values[j] == values[i] { j += 1 }
            let run = j - i
            // A long run becomes RLE once the literals before it fill whole groups of 8.
            if run >= 8 {
                var start = i
                let pending = start - literalStart
                if pending % 8 != 0 {
                    let fill = 8 - pending % 8
                    start += min(fill, run)
                }
                if j - start >= 8 {
                    if start > literalStart { packedRun(values[literalStart..<start]) }
                    rleRun(values[start], count: j - start)
                    literalStart = j
                }
            }
            i = j
        }
        if literalStart < values.count { packedRun(values[literalStart...]) }
    }

    /// The bits needed for values up to `maxValue`.
    static func bitWidth(forMax maxValue: Int) -> Int {
        maxValue <= 0 ? 0 : (Int.bitWidth - maxValue.leadingZeroBitCount)
    }
}
