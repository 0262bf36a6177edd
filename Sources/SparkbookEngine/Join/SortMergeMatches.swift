/// An inner or semi sort-merge join on one key column whose prefix orders it exactly (integers, dates,
/// timestamps, doubles, booleans), as Spark's `SortMergeJoin` runs: both sides' non-null keys radix-sorted
/// (`PrefixRadixSort`, stable, so equal keys keep arrival order), then merged. Equal prefixes are equal keys
/// (doubles' prefixes already make NaN one value and -0.0 equal to 0.0, as Spark's join compares them), so no
/// hash table is built. Emits what `JoinMatches.sortMerged` emits: left rows by key ascending, ties in arrival
/// order, each with its matches ascending (a semi join: each matched left row once).
enum SortMergeMatches {
    /// Whether the keys take this path: one column a side, of one type whose prefix is exact.
    static func applies(left: [KeyColumn], right: [KeyColumn]) -> Bool {
        left.count == 1 && right.count == 1 && left[0].dataType == right[0].dataType
            && left[0].prefixIsExact && right[0].prefixIsExact && !left[0].allNull && !right[0].allNull
    }

    static func pairs(_ type: JoinType, left: KeyColumn, leftCount: Int, right: KeyColumn,
                      rightCount: Int) -> (left: [Int32], right: [Int32]) {
        let (lp, lr) = sorted(left, leftCount)
        let (rp, rr) = sorted(right, rightCount)
        var outLeft: [Int32] = [], outRight: [Int32] = []
        outLeft.reserveCapacity(max(lp.count, rp.count))
        outRight.reserveCapacity(max(lp.count, rp.count))
        var i = 0, j = 0
        while i < lp.count, j < rp.count {
            let a = lp[i], b = rp[j]
            if a < b { i &+= 1; continue }
            if a > b { j &+= 1; continue }
            var leftEnd = i &+ 1, rightEnd = j &+ 1
            while leftEnd < lp.count, lp[leftEnd] == a { leftEnd &+= 1 }
            while rightEnd < rp.count, rp[rightEnd] == a { rightEnd &+= 1 }
            if type == .leftSemi {
                outLeft.append(contentsOf: lr[i..<leftEnd])
                outRight.append(contentsOf: repeatElement(-1, count: leftEnd &- i))
            } else {
                for l in lr[i..<leftEnd] {
                    outLeft.append(contentsOf: repeatElement(l, count: rightEnd &- j))
                    outRight.append(contentsOf: rr[j..<rightEnd])
                }
            }
            i = leftEnd
            j = rightEnd
        }
        return (outLeft, outRight)
    }

    /// The non-null rows' prefixes ascending, with their rows (ties ascending).
    private static func sorted(_ keys: KeyColumn, _ count: Int) -> (prefixes: [UInt64], rows: [Int32]) {
        var prefixes: [UInt64] = [], rows: [Int32] = []
        prefixes.reserveCapacity(count)
        rows.reserveCapacity(count)
        for row in 0..<count where !keys.isNull(row) {
            prefixes.append(keys.prefix(row))
            rows.append(Int32(row))
        }
        return PrefixRadixSort.sort(prefixes, rows: rows)
    }
}
