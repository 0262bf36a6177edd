/// Interns byte strings as small integer codes: one byte arena, offsets, and an open-addressing table, so a
/// repeated string costs a hash and one comparison and never allocates.
///
/// Each slot holds its string's first 16 bytes beside its code, length and hash tag: a string of up to 16 bytes
/// (db-benchmark's `id0000012345`) is found by reading its slot alone, one cache miss where the offsets and the
/// arena would add two more.
struct StringDictionary {
    private var arena: [UInt8] = []
    private var offsets: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Three words per slot: code + 1 (low 32 bits), the length capped at 255 (next 8) and the hash's top 24 bits;
    /// then the string's first 16 bytes, zero-padded. An empty slot's first word is 0.
    private var slots: [UInt64] = [UInt64](repeating: 0, count: 3 * 64)
    private var slotCount = 64
    /// Where `homeSlot`'s reads go (`keep`), so they are not optimised away.
    private var warmth: UInt64 = 0

    var count: Int { hashes.count }

    /// Bytes held: the strings, their offsets and hashes, and the slots.
    var estimatedBytes: Int { arena.capacity + offsets.capacity * 8 + hashes.capacity * 8 + slots.capacity * 8 }

    private static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000
    /// Bytes kept in the slot.
    private static let inlineBytes = 16

    /// The code of `base[0..<count]`, adding it if new.
    mutating func intern(_ base: UnsafePointer<UInt8>, count: Int) -> Int {
        let hash = StringDictionary.hash(base, count)
        let tag = (hash & 0xFFFF_FF00_0000_0000) | (UInt64(min(count, 255)) << 32)
        var head: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &head) {
            $0.copyMemory(from: UnsafeRawBufferPointer(start: base, count: min(count, Self.inlineBytes)))
        }
        let mask = slotCount &- 1
        // The code if present, else the empty slot where it goes (as -1 - slot).
        let found: Int = slots.withUnsafeBufferPointer { slots in
            offsets.withUnsafeBufferPointer { offsets in
                arena.withUnsafeBufferPointer { arena in
                    var slot = Int(truncatingIfNeeded: hash >> 7) & mask
                    while true {
                        let entry = slots[3 &* slot]
                        if entry == 0 { return -1 &- slot }
                        if entry & Self.tagMask == tag, slots[3 &* slot &+ 1] == head.0, slots[3 &* slot &+ 2] == head.1 {
                            let code = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) &- 1
                            if count <= Self.inlineBytes { return code }
                            let start = offsets[code]
                            if offsets[code &+ 1] &- start == count,
                               memcmpEqual((arena.baseAddress ?? base) + start + Self.inlineBytes,
                                           base + Self.inlineBytes, count - Self.inlineBytes) {
                                return code
                            }
                        }
                        slot = (slot &+ 1) & mask
                    }
                }
            }
        }
        if found >= 0 { return found }
        let code = hashes.count
        arena.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        offsets.append(arena.count)
        hashes.append(hash)
        let slot = -1 - found
        slots[3 * slot] = tag | UInt64(code + 1)
        slots[3 * slot + 1] = head.0
        slots[3 * slot + 2] = head.1
        if hashes.count * 2 > slotCount { grow() }
        return code
    }

    /// The first word of the slot where probing for `base[0..<count]` starts. A loop that reads a block's
    /// strings' slots before interning them (folding the words into a local it hands to `keep`) has their cache
    /// misses overlap, where interning one after another waits for each in turn (a dictionary of many strings
    /// outgrows the caches).
    @inline(__always)
    func homeSlot(_ base: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        let slot = Int(truncatingIfNeeded: StringDictionary.hash(base, count) >> 7) & (slotCount &- 1)
        return slots.withUnsafeBufferPointer { $0[3 &* slot] }
    }

    /// Keeps warming reads from being optimised away.
    mutating func keep(_ sink: UInt64) { warmth ^= sink }

    /// The first byte of `code`'s string (0 when empty): read ahead of a loop over many codes, so that its cache
    /// misses overlap.
    @inline(__always)
    func touch(_ code: Int) -> UInt8 {
        offsets.withUnsafeBufferPointer { offsets in
            arena.withUnsafeBufferPointer { arena in
                let start = offsets[code]
                return start < offsets[code &+ 1] ? arena[start] : 0
            }
        }
    }

    func string(_ code: Int) -> String {
        String(decoding: arena[offsets[code]..<offsets[code + 1]], as: UTF8.self)
    }

    /// Calls `body` with the bytes of `code`, without copying them.
    func withBytes<R>(_ code: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[offsets[code]..<offsets[code + 1]])) }
    }

    private mutating func grow() {
        let newCount = slotCount * 2
        var bigger = [UInt64](repeating: 0, count: 3 * newCount)
        let mask = newCount - 1
        for old in 0..<slotCount where slots[3 * old] != 0 {
            let code = Int(slots[3 * old] & 0xFFFF_FFFF) - 1
            var slot = Int(truncatingIfNeeded: hashes[code] >> 7) & mask
            while bigger[3 * slot] != 0 { slot = (slot + 1) & mask }
            for w in 0..<3 { bigger[3 * slot + w] = slots[3 * old + w] }
        }
        slots = bigger
        slotCount = newCount
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
