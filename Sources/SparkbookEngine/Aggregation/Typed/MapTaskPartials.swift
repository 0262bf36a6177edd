/// The final aggregate's half of `PartialAggregationSkip`: per group, the partial states one map task sent for
/// it, folded together before they meet the group's state, so a double sum is added as Spark adds it.
///
/// Spark's partial aggregation folds all of a task's rows of a group into one partial `p + a + b`, which the
/// final aggregate adds to the group's state: `S + ((p + a) + b)`. A task that stopped hashing sends `p` (its
/// table, first) and then `a` and `b` as states of their own, in row order; folding them one by one would give
/// `((S + p) + a) + b`, whose last digits differ. So within one batch of a map task's output (the shuffle hands
/// the final a map task's block for a reduce partition as one batch), the states of a group the final table
/// held before the batch are summed here first and added to its state once the batch is merged. A group new in
/// the batch starts from zero, so its states fold straight into its own state: `0 + p + a + b` is the same sum.
/// Counts, integer sums, min and max are exact in any order and never come here.
///
/// A small open-addressing table keyed by group id, in flat buffers reused batch after batch.
final class MapTaskPartials {
    /// Per call: whether its double sums go through here (`sum` of doubles, `avg`).
    let folds: [Bool]
    /// Groups in order of entry; per call, each entry's sum and whether it saw a valid state.
    private var groups: UnsafeMutablePointer<Int32>
    private var sums: [UnsafeMutablePointer<Double>]
    private var seen: [UnsafeMutablePointer<Bool>]
    private(set) var count = 0
    private var capacity = 0
    /// Entry + 1 per slot, 0 empty.
    private var slots: UnsafeMutablePointer<Int32>
    private var slotCount = 0

    init(calls: [TypedAggregationPlan.Call]) {
        folds = calls.map { $0 == .sumDouble || $0 == .average }
        groups = .allocate(capacity: 1)
        sums = calls.map { _ in .allocate(capacity: 1) }
        seen = calls.map { _ in .allocate(capacity: 1) }
        slots = .allocate(capacity: 1)
        reserve(64)
    }

    deinit {
        groups.deallocate(); slots.deallocate()
        for c in sums.indices { sums[c].deallocate(); seen[c].deallocate() }
    }

    /// Whether any call folds here.
    var isNeeded: Bool { folds.contains(true) }

    /// The entry of group `g`, added (with empty sums) if new.
    @inline(__always)
    func entry(of g: Int32) -> Int32 {
        var slot = home(g)
        let mask = slotCount &- 1
        while true {
            let e = slots[slot]
            if e == 0 { break }
            if groups[Int(e) &- 1] == g { return e &- 1 }
            slot = (slot &+ 1) & mask
        }
        let e = count
        if e == capacity { reserve(capacity * 2); return entry(of: g) }
        groups[e] = g
        for c in folds.indices where folds[c] { sums[c][e] = 0; seen[c][e] = false }
        slots[slot] = Int32(truncatingIfNeeded: e &+ 1)
        count = e &+ 1
        return Int32(truncatingIfNeeded: e)
    }

    /// Adds `value` to call `c`'s sum of entry `e`.
    @inline(__always)
    func add(_ c: Int, entry e: Int32, _ value: Double) {
        sums[c][Int(e)] += value; seen[c][Int(e)] = true
    }

    /// Adds every entry's sums into its group's states, and empties the table for the next batch.
    func flush(into states: inout TypedAggregateStates) {
        guard count > 0 else { return }
        for c in folds.indices where folds[c] {
            let sums = self.sums[c], seen = self.seen[c], groups = self.groups
            states.doubleSums[c].withUnsafeMutableBufferPointer { s in
                states.seen[c].withUnsafeMutableBufferPointer { groupSeen in
                    for e in 0..<count where seen[e] {
                        let g = Int(groups[e])
                        s[g] += sums[e]; groupSeen[g] = true
                    }
                }
            }
        }
        // Only the entries' slots are cleared (a batch's few groups in a table a large batch grew): each is
        // found by probing past the slots already cleared.
        let mask = slotCount &- 1
        for e in 0..<count {
            var slot = home(groups[e])
            while slots[slot] != Int32(truncatingIfNeeded: e &+ 1) { slot = (slot &+ 1) & mask }
            slots[slot] = 0
        }
        count = 0
    }

    @inline(__always)
    private func home(_ g: Int32) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: g)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & (slotCount &- 1)
    }

    /// Room for `entries` entries, at most half the slots full.
    private func reserve(_ entries: Int) {
        groups = Self.regrow(groups, from: count, to: entries)
        for c in folds.indices {
            sums[c] = Self.regrow(sums[c], from: count, to: entries)
            seen[c] = Self.regrow(seen[c], from: count, to: entries)
        }
        capacity = entries
        slots.deallocate()
        slotCount = entries * 2
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: 0, count: slotCount)
        // Re-enter the entries so far.
        let mask = slotCount &- 1
        for e in 0..<count {
            var slot = home(groups[e])
            while slots[slot] != 0 { slot = (slot &+ 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: e &+ 1)
        }
    }

    private static func regrow<T>(_ old: UnsafeMutablePointer<T>, from: Int, to: Int) -> UnsafeMutablePointer<T> {
        let new = UnsafeMutablePointer<T>.allocate(capacity: max(1, to))
        if from > 0 { new.moveInitialize(from: old, count: from) }
        old.deallocate()
        return new
    }
}
