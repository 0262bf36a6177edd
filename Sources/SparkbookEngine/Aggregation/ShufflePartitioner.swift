/// Assigns a group key to a shuffle partition with a hash that is stable across runs and processes,
/// so the same data always lands in the same partitions (Swift's `Hasher` is seeded per process).
enum ShufflePartitioner {
    static func partition(of key: [Value], count: Int) -> Int {
        var hash = ShuffleKeyHash()
        for value in key { hash.mix(value) }
        return hash.partition(count: count)
    }
}

/// FNV-1a over the bytes of a key's parts. Typed callers (the fast path's group codes) mix the same bytes a
/// `Value` of that part would, so both paths send every key to the same partition.
struct ShuffleKeyHash {
    private(set) var state: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) mutating func byte(_ b: UInt8) { state = (state ^ UInt64(b)) &* 0x100_0000_01b3 }

    @inline(__always) mutating func word(_ w: UInt64) {
        for i in 0..<8 { byte(UInt8(truncatingIfNeeded: w >> (UInt64(i) &* 8))) }
    }

    mutating func null() { byte(0) }
    mutating func int32(_ v: Int32) { word(UInt64(bitPattern: Int64(v))) }
    mutating func int64(_ v: Int64) { word(UInt64(bitPattern: v)) }
    mutating func double(_ v: Double) { word(v.bitPattern) }
    mutating func boolean(_ v: Bool) { byte(v ? 1 : 2) }
    mutating func string<C: Sequence>(_ utf8: C) where C.Element == UInt8 {
        for b in utf8 { byte(b) }
        byte(0xff)
    }

    mutating func mix(_ value: Value) {
        switch value {
        case .null: null()
        case .integer(let v), .date(let v): int32(v)
        case .long(let v), .timestamp(let v): int64(v)
        case .double(let v): double(v)
        case .byte(let v): int32(Int32(v))
        case .short(let v): int32(Int32(v))
        case .float(let v): double(Double(v))
        case .boolean(let v): boolean(v)
        case .string(let s): string(s.utf8)
        case .decimal(let d): word(UInt64(truncatingIfNeeded: d.unscaled)); word(UInt64(truncatingIfNeeded: d.unscaled >> 64))
        case .array(let elements): byte(0xfe); for e in elements { mix(e) }; byte(0xfd)
        }
    }

    func partition(count: Int) -> Int { Int(state % UInt64(count)) }
}
