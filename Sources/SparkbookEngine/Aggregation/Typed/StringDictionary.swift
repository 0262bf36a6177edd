/// Interns byte strings as small integer codes: one byte arena, offsets, and an open-addressing table, so a
/// repeated string costs a hash and one comparison and never allocates.
struct StringDictionary {
    private var arena: [UInt8] = []
    private var offsets: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Code + 1 per slot; 0 is empty.
    private var slots: [Int32] = [Int32](repeating: 0, count: 64)

    var count: Int { hashes.count }

    /// Bytes held: the strings, their offsets and hashes, and the slots.
    var estimatedBytes: Int { arena.capacity + offsets.capacity * 8 + hashes.capacity * 8 + slots.capacity * 4 }

    /// The code of `base[0..<count]`, adding it if new.
    mutating func intern(_ base: UnsafePointer<UInt8>, count: Int) -> Int {
        let hash = StringDictionary.hash(base, count)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            let code = entry - 1
            if hashes[code] == hash, offsets[code + 1] - offsets[code] == count,
               arena.withUnsafeBufferPointer({ memcmpEqual($0.baseAddress! + offsets[code], base, count) }) {
                return code
            }
            slot = (slot + 1) & mask
        }
        let code = hashes.count
        arena.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        offsets.append(arena.count)
        hashes.append(hash)
        slots[slot] = Int32(code + 1)
        if hashes.count * 2 > slots.count { grow() }
        return code
    }

    func string(_ code: Int) -> String {
        String(decoding: arena[offsets[code]..<offsets[code + 1]], as: UTF8.self)
    }

    /// Calls `body` with the bytes of `code`, without copying them.
    func withBytes<R>(_ code: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[offsets[code]..<offsets[code + 1]])) }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for (code, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash >> 7) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(code + 1)
        }
        slots = bigger
    }

    @inline(__always)
    static func hash(_ base: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        var i = 0
        while i + 8 <= count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        while i < count {
            h = (h ^ UInt64(base[i])) &* 0x94D0_49BB_1331_11EB
            i += 1
        }
        return h ^ (h >> 29)
    }
}

@inline(__always)
private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var i = 0
    while i < count {
        if a[i] != b[i] { return false }
        i += 1
    }
    return true
}
