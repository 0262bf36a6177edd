/// The running state of typed aggregate calls for every group, in flat arrays indexed by group id: what both
/// typed aggregation steps fold into, and how it leaves them (partial columns for the shuffle, final columns).
struct TypedAggregateStates {
    let calls: [TypedAggregationPlan.Call]
    /// Per call: rows counted (`count`, and `avg`'s divisor; empty for sums, which need no count).
    var counts: [[Int64]]
    var longSums: [[Int64]]
    var doubleSums: [[Double]]
    /// Per call: whether the group has seen a valid input (a sum of nothing is null).
    var seen: [[Bool]]

    init(calls: [TypedAggregationPlan.Call]) {
        self.calls = calls
        counts = Array(repeating: [], count: calls.count)
        longSums = Array(repeating: [], count: calls.count)
        doubleSums = Array(repeating: [], count: calls.count)
        seen = Array(repeating: [], count: calls.count)
    }

    /// Makes room for groups up to `n`.
    mutating func addGroups(upTo n: Int) {
        for c in calls.indices where seen[c].count < n {
            let extra = n - seen[c].count
            seen[c].append(contentsOf: repeatElement(false, count: extra))
            switch calls[c] {
            case .sumLong: longSums[c].append(contentsOf: repeatElement(0, count: extra))
            case .sumDouble: doubleSums[c].append(contentsOf: repeatElement(0, count: extra))
            case .average:
                doubleSums[c].append(contentsOf: repeatElement(0, count: extra))
                counts[c].append(contentsOf: repeatElement(0, count: extra))
            case .countRows, .countValid: counts[c].append(contentsOf: repeatElement(0, count: extra))
            }
        }
    }

    /// Call `c`'s partial state of `groups`, as `AggregateCall.partialTypes` columns.
    func partialColumns(_ c: Int, _ groups: some Collection<Int>) -> [ColumnVector] {
        switch calls[c] {
        case .countRows, .countValid:
            return [ColumnVector(dataType: .long, storage: .int64(groups.map { counts[c][$0] }))]
        case .sumLong, .sumDouble:
            return [finalColumn(c, groups)]
        case .average:
            var sums = ColumnBuilder(type: .double, capacity: groups.count)
            for g in groups { if seen[c][g] { sums.append(double: doubleSums[c][g]) } else { sums.appendNull() } }
            return [sums.finish(), ColumnVector(dataType: .long, storage: .int64(groups.map { counts[c][$0] }))]
        }
    }

    /// Call `c`'s result for `groups`, as `AggregateAccumulator.finalColumn` gives it.
    func finalColumn(_ c: Int, _ groups: some Collection<Int>) -> ColumnVector {
        switch calls[c] {
        case .countRows, .countValid:
            return ColumnVector(dataType: .long, storage: .int64(groups.map { counts[c][$0] }))
        case .sumLong:
            var b = ColumnBuilder(type: .long, capacity: groups.count)
            for g in groups { if seen[c][g] { b.append(int64: longSums[c][g]) } else { b.appendNull() } }
            return b.finish()
        case .sumDouble:
            var b = ColumnBuilder(type: .double, capacity: groups.count)
            for g in groups { if seen[c][g] { b.append(double: doubleSums[c][g]) } else { b.appendNull() } }
            return b.finish()
        case .average:
            var b = ColumnBuilder(type: .double, capacity: groups.count)
            for g in groups {
                if seen[c][g], counts[c][g] > 0 {
                    b.append(double: doubleSums[c][g] / Double(counts[c][g]))
                } else {
                    b.appendNull()
                }
            }
            return b.finish()
        }
    }
}
