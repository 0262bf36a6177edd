/// A string key, hashed and compared on its UTF-8 bytes (Spark compares strings byte-wise).
struct StringJoinKeys: JoinKeyColumn {
    let strings: StringBuffer
    let validity: ValidityMask?

    @inline(__always) func isNull(_ row: Int) -> Bool { validity.map { !$0.isValid(row) } ?? false }

    @inline(__always) func hash(_ row: Int) -> UInt64 {
        let start = Int(strings.offsets[row]), end = Int(strings.offsets[row + 1])
        return strings.bytes.withUnsafeBufferPointer { bytes in
            var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(end - start)
            for i in start..<end { h = (h ^ UInt64(bytes[i])) &* 0x100_0000_01B3 }
            return (h ^ (h >> 29)) &* 0x9E37_79B9_7F4A_7C15
        }
    }

    @inline(__always) func equal(_ row: Int, _ other: Self, _ otherRow: Int) -> Bool {
        KeyColumn.compareBytes(strings, row, other.strings, otherRow) == 0
    }
}
