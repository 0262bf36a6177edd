/// Assigns a group key to a shuffle partition with a hash that is stable across runs and processes,
/// so the same data always lands in the same partitions (Swift's `Hasher` is seeded per process).
enum ShufflePartitioner {
    static func partition(of key: [Value], count: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in key { mix(value, into: &hash) }
        return Int(hash % UInt64(count))
    }

    private static func mix(_ value: Value, into hash: inout UInt64) {
        func byte(_ b: UInt8) { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        func word(_ w: UInt64) { for i in 0..<8 { byte(UInt8(truncatingIfNeeded: w >> (UInt64(i) * 8))) } }
        switch value {
        case .null: byte(0)
        case .integer(let v): word(UInt64(bitPattern: Int64(v)))
        case .long(let v), .timestamp(let v): word(UInt64(bitPattern: v))
        case .date(let v): word(UInt64(bitPattern: Int64(v)))
        case .double(let v): word(v.bitPattern)
        case .boolean(let v): byte(v ? 1 : 2)
        case .string(let s): for b in s.utf8 { byte(b) }; byte(0xff)
        case .decimal(let d): word(UInt64(truncatingIfNeeded: d.unscaled)); word(UInt64(truncatingIfNeeded: d.unscaled >> 64))
        case .array(let elements): byte(0xfe); for e in elements { mix(e, into: &hash) }; byte(0xfd)
        }
    }
}
