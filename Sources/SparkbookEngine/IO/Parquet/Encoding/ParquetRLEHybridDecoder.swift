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

    /// Unpacks `count` values of `bitWidth` bits, LSB first: each value is one unaligned 64-bit load shifted and
    /// masked (a width of at most 32 bits plus a shift of at most 7 fits in the word), bytes one by one only
    /// within 8 bytes of the end of the run.
    static func unpack(_ packed: UnsafeRawBufferPointer, bitWidth: Int, count: Int, into out: inout [Int32]) {
        guard count > 0 else { return }
        let mask: UInt64 = (1 << UInt64(bitWidth)) &- 1
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: count))
        let available = packed.count
        out.withUnsafeMutableBufferPointer { buffer in
            let target = buffer.baseAddress! + start
            var i = 0, bit = 0
            if let base = packed.baseAddress {
                while i < count, (bit >> 3) &+ 8 <= available {
                    let word = base.loadUnaligned(fromByteOffset: bit >> 3, as: UInt64.self).littleEndian
                    target[i] = Int32(truncatingIfNeeded: (word >> UInt64(bit & 7)) & mask)
                    i &+= 1
                    bit &+= bitWidth
                }
            }
            while i < count {
                var word: UInt64 = 0
                for b in 0..<8 where (bit >> 3) + b < available {
                    word |= UInt64(packed[(bit >> 3) + b]) << UInt64(8 * b)
                }
                target[i] = Int32(truncatingIfNeeded: (word >> UInt64(bit & 7)) & mask)
                i += 1
                bit += bitWidth
            }
        }
    }
}
