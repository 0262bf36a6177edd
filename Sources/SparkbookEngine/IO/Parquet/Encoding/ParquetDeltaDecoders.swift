/// The DELTA encodings of Parquet 2: DELTA_BINARY_PACKED (integers as bit-packed deltas in blocks),
/// DELTA_LENGTH_BYTE_ARRAY (lengths delta-packed, then the bytes) and DELTA_BYTE_ARRAY (front coding: the
/// prefix shared with the previous value, then the suffix).
enum ParquetDeltaDecoders {
    /// Decodes a DELTA_BINARY_PACKED stream of `count` values (or all of them, when `count` is nil).
    static func binaryPacked(_ cursor: inout ParquetByteCursor, count wanted: Int?) throws -> [Int64] {
        let blockSize = Int(try cursor.varint())
        let miniblocks = Int(try cursor.varint())
        let total = Int(try cursor.varint())
        var last = try cursor.zigzag()
        guard miniblocks > 0, blockSize > 0, blockSize % miniblocks == 0, (blockSize / miniblocks) % 8 == 0 else {
            throw ParquetError("DELTA_BINARY_PACKED header has block size \(blockSize) and \(miniblocks) miniblocks")
        }
        let perMiniblock = blockSize / miniblocks
        let count = wanted.map { min($0, total) } ?? total
        var out: [Int64] = []
        out.reserveCapacity(count)
        if count > 0 { out.append(last) }
        var unpacked: [Int64] = []
        while out.count < total {
            let minDelta = try cursor.zigzag()
            let widths = try cursor.take(miniblocks, "miniblock bit widths")
            for m in 0..<miniblocks where out.count < total {
                let width = Int(widths[m])
                guard width <= 64 else { throw ParquetError("DELTA_BINARY_PACKED bit width \(width) is over 64") }
                let bytes = width * perMiniblock / 8
                let packed = try cursor.take(min(bytes, cursor.remaining), "a miniblock")
                unpacked.removeAll(keepingCapacity: true)
                unpack64(packed, bitWidth: width, count: perMiniblock, into: &unpacked)
                for delta in unpacked where out.count < total {
                    last = last &+ minDelta &+ delta
                    out.append(last)
                }
            }
        }
        if out.count > count { out.removeSubrange(count...) }
        return out
    }

    static func unpack64(_ packed: UnsafeRawBufferPointer, bitWidth: Int, count: Int, into out: inout [Int64]) {
        guard bitWidth > 0 else { out.append(contentsOf: repeatElement(0, count: count)); return }
        var bitPosition = 0
        for _ in 0..<count {
            var value: UInt64 = 0
            var got = 0
            while got < bitWidth {
                let byteIndex = bitPosition >> 3, bitOffset = bitPosition & 7
                let byte: UInt64 = byteIndex < packed.count ? UInt64(packed[byteIndex]) : 0
                let take = min(8 - bitOffset, bitWidth - got)
                value |= ((byte >> UInt64(bitOffset)) & ((1 << UInt64(take)) - 1)) << UInt64(got)
                got += take
                bitPosition += take
            }
            out.append(Int64(bitPattern: value))
        }
    }

    static func lengthByteArray(_ cursor: inout ParquetByteCursor, count: Int) throws -> StringBuffer {
        let lengths = try binaryPacked(&cursor, count: count)
        var buffer = StringBuffer()
        for length in lengths {
            buffer.append(bytes: try cursor.take(Int(length), "a byte array of \(length) bytes"))
        }
        return buffer
    }

    static func byteArray(_ cursor: inout ParquetByteCursor, count: Int) throws -> StringBuffer {
        let prefixes = try binaryPacked(&cursor, count: count)
        let suffixes = try lengthByteArray(&cursor, count: count)
        var buffer = StringBuffer()
        var previous: [UInt8] = []
        for i in 0..<min(count, prefixes.count) {
            let prefix = Int(prefixes[i])
            guard prefix <= previous.count else { throw ParquetError("DELTA_BYTE_ARRAY prefix \(prefix) is longer than the previous value") }
            var value = Array(previous[0..<prefix])
            value.append(contentsOf: suffixes.bytes[suffixes.byteRange(i)])
            buffer.append(bytes: value)
            previous = value
        }
        return buffer
    }
}
