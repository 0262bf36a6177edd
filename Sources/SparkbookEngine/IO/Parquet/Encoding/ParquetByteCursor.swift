/// A read position in a page's (or a footer's) bytes, with the little-endian and varint reads Parquet's encodings
/// and Thrift's compact protocol use; every read is bounds-checked, so damaged data fails with an error instead of
/// reading past its end.
struct ParquetByteCursor {
    let bytes: UnsafeRawBufferPointer
    var position: Int

    init(_ bytes: UnsafeRawBufferPointer, at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var remaining: Int { bytes.count - position }

    func need(_ n: Int, _ what: @autoclosure () -> String) throws {
        guard n >= 0, position + n <= bytes.count else {
            throw ParquetError("data ends early reading \(what()) (\(n) bytes at \(position) of \(bytes.count))")
        }
    }

    mutating func uint32LE() throws -> UInt32 {
        try need(4, "a 4-byte length")
        defer { position += 4 }
        return bytes.loadUnaligned(fromByteOffset: position, as: UInt32.self).littleEndian
    }

    mutating func byte() throws -> UInt8 {
        try need(1, "a byte")
        defer { position += 1 }
        return bytes[position]
    }

    mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = try byte()
            result |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
            guard shift < 64 else { throw ParquetError("varint longer than 10 bytes at byte \(position)") }
        }
    }

    mutating func zigzag() throws -> Int64 {
        let v = try varint()
        return Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1)
    }

    /// `count` bytes as a slice of the page, advancing past them.
    mutating func take(_ count: Int, _ what: @autoclosure () -> String) throws -> UnsafeRawBufferPointer {
        try need(count, what())
        defer { position += count }
        return UnsafeRawBufferPointer(rebasing: bytes[position..<position + count])
    }

    /// Appends `value` as a ULEB128 varint (Thrift's and the RLE hybrid's run headers).
    static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }
}
