/// The order in which Spark's join operators emit rows, given every matching (left, right) pair grouped by
/// left row in left order, right rows ascending.
///
/// `BroadcastHashJoin` streams one side in its scan order and gives each row its build-side matches newest
/// first (Spark's hashed relations prepend rows of a repeated key). `SortMergeJoin` reads both sides sorted by
/// the keys (ascending, nulls first, ties in arrival order): left-major for inner, left, semi and anti joins,
/// right-major for right joins, and full joins merge the unmatched right rows in by key after the left ones.
/// Rows are typed positions: -1 stands for the missing side of an outer join.
struct JoinOutputOrder {
    let spec: JoinSpec
    let left: RecordBatch
    let right: RecordBatch
    let matchLeft: [Int32]
    let matchRight: [Int32]

    init(spec: JoinSpec, left: RecordBatch, right: RecordBatch, matchLeft: [Int32], matchRight: [Int32]) {
        self.spec = spec
        self.left = left
        self.right = right
        self.matchLeft = matchLeft
        self.matchRight = matchRight
    }

    init(spec: JoinSpec, left: RecordBatch, right: RecordBatch, matches: [(Int, Int)]) {
        self.init(spec: spec, left: left, right: right, matchLeft: matches.map { Int32($0.0) },
                  matchRight: matches.map { Int32($0.1) })
    }

    /// The output rows as optional positions (for tests and edges).
    func rows() throws -> [(Int?, Int?)] {
        let (l, r) = try pairs()
        return zip(l, r).map { ($0 >= 0 ? Int($0) : nil, $1 >= 0 ? Int($1) : nil) }
    }

    /// Where each group of rows starts in `rows`, grouped by `groupOf` (a counting sort, stable).
    private static func grouped(_ keys: [Int32], groups: Int) -> (start: [Int], members: [Int32]) {
        var start = [Int](repeating: 0, count: groups + 1)
        for k in keys { start[Int(k) + 1] += 1 }
        for g in 0..<groups { start[g + 1] += start[g] }
        var fill = start
        var members = [Int32](repeating: 0, count: keys.count)
        for (i, k) in keys.enumerated() { members[fill[Int(k)]] = Int32(i); fill[Int(k)] += 1 }
        return (start, members)
    }

    func pairs() throws -> (left: [Int32], right: [Int32]) {
        let byLeft = Self.grouped(matchLeft, groups: left.rowCount)
        var outLeft: [Int32] = [], outRight: [Int32] = []
        outLeft.reserveCapacity(matchLeft.count)
        outRight.reserveCapacity(matchLeft.count)
        let type = spec.type
        func rightMajor(_ order: [Int], reversed: Bool, padded: Bool) {
            let byRight = Self.grouped(matchRight, groups: right.rowCount)
            for r in order {
                let range = byRight.start[r]..<byRight.start[r + 1]
                if range.isEmpty {
                    if padded { outLeft.append(-1); outRight.append(Int32(r)) }
                    continue
                }
                if reversed {
                    for m in range.reversed() { outLeft.append(matchLeft[Int(byRight.members[m])]); outRight.append(Int32(r)) }
                } else {
                    for m in range { outLeft.append(matchLeft[Int(byRight.members[m])]); outRight.append(Int32(r)) }
                }
            }
        }
        /// Each left row in `order` with its matches, null-padded or filtered by join type.
        func leftMajor(_ order: [Int], reversed: Bool) {
            for l in order {
                let range = byLeft.start[l]..<byLeft.start[l + 1]
                switch type {
                case .leftSemi: if !range.isEmpty { outLeft.append(Int32(l)); outRight.append(-1) }
                case .leftAnti: if range.isEmpty { outLeft.append(Int32(l)); outRight.append(-1) }
                default:
                    if range.isEmpty {
                        if type == .left || type == .full { outLeft.append(Int32(l)); outRight.append(-1) }
                    } else if reversed {
                        for m in range.reversed() { outLeft.append(Int32(l)); outRight.append(matchRight[Int(byLeft.members[m])]) }
                    } else {
                        for m in range { outLeft.append(Int32(l)); outRight.append(matchRight[Int(byLeft.members[m])]) }
                    }
                }
            }
        }
        switch spec.strategy {
        case .broadcastHash(buildLeft: true):
            rightMajor(Array(0..<right.rowCount), reversed: true, padded: type == .right)
        case .broadcastHash(buildLeft: false):
            leftMajor(Array(0..<left.rowCount), reversed: true)
        case .sortMerge:
            if type == .right {
                rightMajor(try sorted(right, spec.rightKeys), reversed: false, padded: true)
            } else {
                leftMajor(try sorted(left, spec.leftKeys), reversed: false)
                if type == .full { (outLeft, outRight) = try mergingUnmatchedRight(outLeft, outRight) }
            }
        case .nestedLoop:
            leftMajor(Array(0..<left.rowCount), reversed: false)
            if type == .right || type == .full {
                var matched = [Bool](repeating: false, count: right.rowCount)
                for r in matchRight { matched[Int(r)] = true }
                for r in 0..<right.rowCount where !matched[r] { outLeft.append(-1); outRight.append(Int32(r)) }
            }
        }
        return (outLeft, outRight)
    }

    /// A full join's unmatched right rows placed by key among the left-ordered rows (after left rows of an
    /// equal key, nulls first).
    private func mergingUnmatchedRight(_ leftRows: [Int32], _ rightRows: [Int32]) throws -> ([Int32], [Int32]) {
        var matched = [Bool](repeating: false, count: right.rowCount)
        for r in matchRight { matched[Int(r)] = true }
        let unmatched = try sorted(right, spec.rightKeys).filter { !matched[$0] }
        let leftKeys = try spec.leftKeys.map { KeyColumn(try $0.evaluate(left)) }
        let rightKeys = try spec.rightKeys.map { KeyColumn(try $0.evaluate(right)) }
        var outLeft: [Int32] = [], outRight: [Int32] = [], next = 0
        for (l, r) in zip(leftRows, rightRows) {
            while next < unmatched.count, KeyTupleOrder.compare(rightKeys, unmatched[next], leftKeys, Int(l)) < 0 {
                outLeft.append(-1); outRight.append(Int32(unmatched[next])); next += 1
            }
            outLeft.append(l); outRight.append(r)
        }
        for r in unmatched[next...] { outLeft.append(-1); outRight.append(Int32(r)) }
        return (outLeft, outRight)
    }

    /// Row indices of `batch` stably sorted by `keys`, ascending with nulls first.
    private func sorted(_ batch: RecordBatch, _ keys: [BoundExpression]) throws -> [Int] {
        try SortKernel.order(batch, by: keys.map { SortKey(expression: $0, direction: .ascending) })
    }
}
