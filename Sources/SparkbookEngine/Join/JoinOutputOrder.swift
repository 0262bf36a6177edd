/// The order in which Spark's join operators emit rows, given every matching (left, right) pair in arrival order.
///
/// `BroadcastHashJoin` streams one side in its scan order and gives each row its build-side matches newest
/// first (Spark's hashed relations prepend rows of a repeated key). `SortMergeJoin` reads both sides sorted by
/// the keys (ascending, nulls first, ties in arrival order): left-major for inner, left, semi and anti joins,
/// right-major for right joins, and full joins merge the unmatched right rows in by key after the left ones.
struct JoinOutputOrder {
    let spec: JoinSpec
    let left: RecordBatch
    let right: RecordBatch
    /// Matching pairs, grouped by left row in left order, right rows ascending.
    let matches: [(Int, Int)]

    func rows() throws -> [(Int?, Int?)] {
        var byLeft: [Int: [Int]] = [:], byRight: [Int: [Int]] = [:]
        for (l, r) in matches { byLeft[l, default: []].append(r); byRight[r, default: []].append(l) }
        let type = spec.type
        switch spec.strategy {
        case .broadcastHash(buildLeft: true):
            return (0..<right.rowCount).flatMap { r -> [(Int?, Int?)] in
                let ls = byRight[r] ?? []
                if ls.isEmpty { return type == .right ? [(nil, r)] : [] }
                return ls.reversed().map { ($0, r) }
            }
        case .broadcastHash(buildLeft: false):
            return leftMajor(Array(0..<left.rowCount), byLeft) { $0.reversed() }
        case .sortMerge:
            let leftOrder = try sorted(left, spec.leftKeys)
            if type == .right {
                return try sorted(right, spec.rightKeys).flatMap { r -> [(Int?, Int?)] in
                    byRight[r].map { $0.map { ($0, r) } } ?? [(nil, r)]
                }
            }
            var rows = leftMajor(leftOrder, byLeft) { $0 }
            if type == .full { rows = try mergingUnmatchedRight(rows, byRight) }
            return rows
        case .nestedLoop:
            var rows = leftMajor(Array(0..<left.rowCount), byLeft) { $0 }
            if type == .right || type == .full {
                rows += (0..<right.rowCount).filter { byRight[$0] == nil }.map { (nil, $0) }
            }
            return rows
        }
    }

    /// Each left row in `order` with its matches (arranged by `arrange`), null-padded or filtered by join type.
    private func leftMajor(_ order: [Int], _ byLeft: [Int: [Int]],
                           _ arrange: ([Int]) -> [Int]) -> [(Int?, Int?)] {
        switch spec.type {
        case .leftSemi: return order.filter { byLeft[$0] != nil }.map { ($0, nil) }
        case .leftAnti: return order.filter { byLeft[$0] == nil }.map { ($0, nil) }
        default:
            let padded = spec.type == .left || spec.type == .full
            return order.flatMap { l -> [(Int?, Int?)] in
                guard let rs = byLeft[l] else { return padded ? [(l, nil)] : [] }
                return arrange(rs).map { (l, $0) }
            }
        }
    }

    /// A full join's unmatched right rows placed by key among the left-ordered rows (after left rows of an
    /// equal key, nulls first).
    private func mergingUnmatchedRight(_ leftRows: [(Int?, Int?)], _ byRight: [Int: [Int]]) throws -> [(Int?, Int?)] {
        let unmatched = try sorted(right, spec.rightKeys).filter { byRight[$0] == nil }
        let leftKeys = try spec.leftKeys.map { try $0.evaluate(left) }
        let rightKeys = try spec.rightKeys.map { try $0.evaluate(right) }
        var out: [(Int?, Int?)] = [], next = 0
        for row in leftRows {
            let l = row.0!
            while next < unmatched.count,
                  Self.compare(rightKeys.map { $0.value(at: unmatched[next]) }, leftKeys.map { $0.value(at: l) }) < 0 {
                out.append((nil, unmatched[next])); next += 1
            }
            out.append(row)
        }
        return out + unmatched[next...].map { (nil, $0) }
    }

    /// Row indices of `batch` stably sorted by `keys`, ascending with nulls first.
    private func sorted(_ batch: RecordBatch, _ keys: [BoundExpression]) throws -> [Int] {
        try RowSorter.order(batch, by: keys.map { SortKey(expression: $0, direction: .ascending) })
    }

    /// Key tuples compared column by column, nulls first (the order Spark's array comparison already gives).
    static func compare(_ a: [Value], _ b: [Value]) -> Int {
        ValueOrdering.compareArrays(a, b) ?? 0
    }
}
