/// The build side of a hash join on one typed key column: an open-addressing table from key to group (the
/// distinct keys in order of first appearance) and each group's rows, ascending, in one flat array (a
/// counting sort), so a probe finds a row's matches with a hash, a few loads and one comparison.
struct JoinBuildTable<Keys: JoinKeyColumn> {
    let keys: Keys
    /// Slot → group + 1 (0: empty); a power of two at least twice the rows, so it never grows.
    private let slots: [Int32]
    private let shift: UInt64
    /// A row of each group, to compare keys with.
    private let representatives: [Int32]
    /// Group `g`'s rows are `members[start[g] ..< start[g + 1]]`, ascending; rows with a null key are in none.
    let start: [Int32]
    let members: [Int32]

    init(keys: Keys, rowCount: Int) {
        self.keys = keys
        var bits: UInt64 = 4
        while (1 << bits) < rowCount * 2 { bits += 1 }
        let size = 1 << Int(bits)
        let shift = 64 - bits
        var slots = [Int32](repeating: 0, count: size)
        var representatives: [Int32] = []
        var groupOf = [Int32](repeating: -1, count: rowCount)
        let mask = size - 1
        for row in 0..<rowCount where !keys.isNull(row) {
            var slot = Int(keys.hash(row) >> shift)
            while true {
                let entry = slots[slot]
                if entry == 0 {
                    representatives.append(Int32(row))
                    slots[slot] = Int32(representatives.count)
                    groupOf[row] = Int32(representatives.count - 1)
                    break
                }
                if keys.equal(Int(representatives[Int(entry) - 1]), keys, row) { groupOf[row] = entry - 1; break }
                slot = (slot + 1) & mask
            }
        }
        let groups = representatives.count
        var start = [Int32](repeating: 0, count: groups + 1)
        for g in groupOf where g >= 0 { start[Int(g) + 1] += 1 }
        for g in 0..<groups { start[g + 1] += start[g] }
        var members = [Int32](repeating: 0, count: Int(start[groups]))
        var fill = start
        for (row, g) in groupOf.enumerated() where g >= 0 {
            members[Int(fill[Int(g)])] = Int32(row)
            fill[Int(g)] += 1
        }
        self.slots = slots
        self.shift = shift
        self.representatives = representatives
        self.start = start
        self.members = members
    }

    /// The group whose key equals row `row` of `probe` (-1: none, or a null key, which matches nothing).
    @inline(__always) func find(_ probe: Keys, _ row: Int) -> Int {
        if probe.isNull(row) { return -1 }
        let mask = slots.count - 1
        var slot = Int(probe.hash(row) >> shift)
        while true {
            let entry = slots[slot]
            if entry == 0 { return -1 }
            if probe.equal(row, keys, Int(representatives[Int(entry) - 1])) { return Int(entry) - 1 }
            slot = (slot + 1) & mask
        }
    }
}
