/// Parquet's RLE / bit-packing hybrid: the encoding of definition and repetition levels, dictionary indices
/// and booleans (RLE). Runs are either one value repeated (RLE) or groups of 8 values packed LSB first.
struct ParquetRLEHybridDecoder {
    private var cursor: ParquetByteCursor
    private let bitWidth: Int

    init(_ bytes: UnsafeRawBufferPointer, bitWidth: Int) {
        cursor = ParquetByteCursor(bytes)
        self.bitWidth = bitWidth
    }

    /// Decodes `count` values into `out` (appending).
    mutating func decode(count: Int, into out: inout [Int32]) throws {
        guard bitWidth > 0 else {
            out.append(contentsOf: repeatElement(0, count: count))
            return
        }
        guard bitWidth <= 32 else { throw ParquetError("RLE bit width \(bitWidth) is over 32") }
        var left = count
        let byteWidth = (bitWidth + 7) / 8
        while left > 0 {
            guard cursor.remaining > 0 else {
                throw ParquetError("RLE data ends with \(left) of \(count) values still to read")
            }
            let header = try cursor.varint()
            if header & 1 == 0 {
                let run = Int(header >> 1)
                var value: UInt32 = 0
                let raw = try cursor.take(byteWidth, "an RLE run value")
                for i in 0..<byteWidth { value |= UInt32(raw[i]) << (8 * UInt32(i)) }
                let n = min(run, left)
                out.append(contentsOf: repeatElement(Int32(bitPattern: value), count: n))
                left -= n
            } else {
                let groups = Int(header >> 1)
                let values = groups * 8
                // The last run may hold padding past the end of the page's values.
                let available = min(groups * bitWidth, cursor.remaining)
                let packed = try cursor.take(available, "a bit-packed run")
                let n = min(values, left)
                Self.unpack(packed, bitWidth: bitWidth, count: n, into: &out)
                left -= n
            }
        }
    }

    /// Unpacks `count` values of `bitWidth` bits, LSB first.
    static func unpack(_ packed: UnsafeRawBufferPointer, bitWidth: Int, count: Int, into out: inout [Int32]) {
        let mask: UInt64 = bitWidth == 64 ? ~0 : (1 << UInt64(bitWidth)) - 1
        var buffer: UInt64 = 0, bits = 0, at = 0
        out.reserveCapacity(out.count + count)
        for _ in 0..<count {
            while bits < bitWidth {
                let b: UInt64 = at < packed.count ? UInt64(packed[at]) : 0
                buffer |= b << UInt64(bits)
                bits += 8
                at += 1
            }
            out.append(Int32(truncatingIfNeeded: buffer & mask))
            buffer >>= UInt64(bitWidth)
            bits -= bitWidth
        }
    }
}
