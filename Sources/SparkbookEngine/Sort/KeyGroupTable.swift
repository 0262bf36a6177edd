/// Numbers the distinct keys of a batch's key columns in order of first appearance: an open-addressing table
/// of Murmur3 hashes over the typed columns, equal keys (two nulls included) sharing a group.
struct KeyGroupTable {
    let keys: [KeyColumn]
    /// Slot → group + 1 (0: empty).
    private var slots: [Int32]
    private var mask: Int
    /// A row of each group, to compare keys with.
    private(set) var representatives: [Int32] = []

    init(keys: [KeyColumn], capacity: Int = 1024) {
        self.keys = keys
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { representatives.count }

    /// The group of `row`, a new one (numbered `count`) for a key not seen before.
    mutating func group(of row: Int) -> Int {
        guard !keys.isEmpty else {
            if representatives.isEmpty { representatives.append(Int32(row)) }
            return 0
        }
        var h: Int32 = SparkMurmur3.defaultSeed
        for key in keys { h = key.hash(row, seed: h) }
        var slot = Int(UInt32(bitPattern: h) &* 0x9E37_79B1) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 {
                representatives.append(Int32(row))
                slots[slot] = Int32(representatives.count)
                if representatives.count * 2 > slots.count { grow() }
                return representatives.count - 1
            }
            let rep = Int(representatives[Int(entry) - 1])
            if keys.allSatisfy({ $0.equal(rep, row) }) { return Int(entry) - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// The group whose key equals row `row` of `probe` (columns of the same types, a join's other side);
    /// nil when there is none. Nulls and NaN match nothing, as in a join.
    func find(_ probe: [KeyColumn], _ row: Int) -> Int? {
        guard !keys.isEmpty else { return representatives.isEmpty ? nil : 0 }
        var h: Int32 = SparkMurmur3.defaultSeed
        for key in probe { h = key.hash(row, seed: h) }
        var slot = Int(UInt32(bitPattern: h) &* 0x9E37_79B1) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let rep = Int(representatives[Int(entry) - 1])
            if zip(probe, keys).allSatisfy({ $0.joinEqual(row, to: $1, rep) }) { return Int(entry) - 1 }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        for (g, rep) in representatives.enumerated() {
            var h: Int32 = SparkMurmur3.defaultSeed
            for key in keys { h = key.hash(Int(rep), seed: h) }
            var slot = Int(UInt32(bitPattern: h) &* 0x9E37_79B1) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(g + 1)
        }
    }
}
