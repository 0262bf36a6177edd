/// Every left row's matching right rows, from a hash table on the right side's keys: `groupOfLeft[l]` is the
/// group of right rows row `l` matches (-1: none; a null key matches nothing), and group `g`'s rows are
/// `members[start[g] ..< start[g + 1]]`, ascending. One typed key column (integers, strings) goes through a
/// `JoinBuildTable` of its own type; other keys through `KeyGroupTable` on `KeyColumn`s.
struct JoinMatches {
    let groupOfLeft: [Int32]
    let start: [Int32]
    let members: [Int32]

    init(leftKeys: [ColumnVector], rightKeys: [ColumnVector], leftCount: Int, rightCount: Int) {
        if leftKeys.count == 1, rightKeys.count == 1 {
            let l = leftKeys[0], r = rightKeys[0]
            switch (l.storage, r.storage) {
            case (.int32(let lv), .int32(let rv)):
                self.init(IntegerJoinKeys(values: lv, validity: l.validity), IntegerJoinKeys(values: rv, validity: r.validity),
                          leftCount: leftCount, rightCount: rightCount)
                return
            case (.int64(let lv), .int64(let rv)):
                self.init(IntegerJoinKeys(values: lv, validity: l.validity), IntegerJoinKeys(values: rv, validity: r.validity),
                          leftCount: leftCount, rightCount: rightCount)
                return
            case (.string(let lv), .string(let rv)):
                self.init(StringJoinKeys(strings: lv, validity: l.validity), StringJoinKeys(strings: rv, validity: r.validity),
                          leftCount: leftCount, rightCount: rightCount)
                return
            default: break
            }
        }
        self.init(general: leftKeys.map(KeyColumn.init), rightKeys.map(KeyColumn.init),
                  leftCount: leftCount, rightCount: rightCount)
    }

    private init<Keys: JoinKeyColumn>(_ left: Keys, _ right: Keys, leftCount: Int, rightCount: Int) {
        let table = JoinBuildTable(keys: right, rowCount: rightCount)
        groupOfLeft = [Int32](unsafeUninitializedCapacity: leftCount) { out, initialized in
            for l in 0..<leftCount { out[l] = Int32(table.find(left, l)) }
            initialized = leftCount
        }
        start = table.start
        members = table.members
    }

    /// Any keys (several columns, doubles, decimals, none for a nested loop) through `KeyColumn`.
    private init(general leftKeys: [KeyColumn], _ rightKeys: [KeyColumn], leftCount: Int, rightCount: Int) {
        func hasNull(_ keys: [KeyColumn], _ row: Int) -> Bool { keys.contains { $0.isNull(row) } }
        var table = KeyGroupTable(keys: rightKeys, capacity: min(rightCount, 1 << 20))
        var groupOf = [Int32](repeating: -1, count: rightCount)
        for r in 0..<rightCount where !hasNull(rightKeys, r) { groupOf[r] = Int32(table.group(of: r)) }
        var start = [Int32](repeating: 0, count: table.count + 1)
        for g in groupOf where g >= 0 { start[Int(g) + 1] += 1 }
        for g in 0..<table.count { start[g + 1] += start[g] }
        var members = [Int32](repeating: 0, count: Int(start[table.count]))
        var fill = start
        for (r, g) in groupOf.enumerated() where g >= 0 { members[Int(fill[Int(g)])] = Int32(r); fill[Int(g)] += 1 }
        groupOfLeft = (0..<leftCount).map { l in
            hasNull(leftKeys, l) ? -1 : table.find(leftKeys, l).map(Int32.init) ?? -1
        }
        self.start = start
        self.members = members
    }

    /// Every matching pair, grouped by left row in left order, right rows ascending.
    func candidates() -> (left: [Int32], right: [Int32]) {
        var total = 0
        for g in groupOfLeft where g >= 0 { total += Int(start[Int(g) + 1] - start[Int(g)]) }
        var outLeft: [Int32] = [], outRight: [Int32] = []
        outLeft.reserveCapacity(total)
        outRight.reserveCapacity(total)
        for (l, g) in groupOfLeft.enumerated() where g >= 0 {
            for m in Int(start[Int(g)])..<Int(start[Int(g) + 1]) { outLeft.append(Int32(l)); outRight.append(members[m]) }
        }
        return (outLeft, outRight)
    }

    /// The rows of a join that streams the left side past a table on the right (`BroadcastHashJoin`): each left
    /// row in order with its matches newest first (Spark's hashed relation prepends a repeated key's rows), a
    /// left join's unmatched rows padded (-1), a semi join's matched and an anti join's unmatched rows alone.
    func streamed(_ type: JoinType) -> (left: [Int32], right: [Int32]) {
        let padsUnmatched = type == .left || type == .full
        var outLeft: [Int32] = [], outRight: [Int32] = []
        outLeft.reserveCapacity(groupOfLeft.count)
        outRight.reserveCapacity(groupOfLeft.count)
        for (l, g) in groupOfLeft.enumerated() {
            switch type {
            case .leftSemi: if g >= 0 { outLeft.append(Int32(l)); outRight.append(-1) }
            case .leftAnti: if g < 0 { outLeft.append(Int32(l)); outRight.append(-1) }
            default:
                if g < 0 {
                    if padsUnmatched { outLeft.append(Int32(l)); outRight.append(-1) }
                } else {
                    var m = Int(start[Int(g) + 1])
                    while m > Int(start[Int(g)]) { m -= 1; outLeft.append(Int32(l)); outRight.append(members[m]) }
                }
            }
        }
        return (outLeft, outRight)
    }

    /// An inner or semi join's rows as `SortMergeJoin` emits them: left rows by key ascending (ties in arrival
    /// order), each with its matches ascending (a semi join: each matched row once). Unmatched rows emit nothing,
    /// so only the matched keys need ordering: the groups are sorted by their key (`rightKeys`, a row of each is
    /// its first member), then the matched left rows are placed by their group's rank in one stable counting sort.
    func sortMerged(_ type: JoinType, rightKeys: [KeyColumn]) -> (left: [Int32], right: [Int32]) {
        let groups = start.count - 1
        // Each group's first key's order-preserving prefix, computed once; the full comparison only breaks ties
        // of prefixes that do not order the key completely (strings, several columns).
        let leading = rightKeys.first
        let exact = rightKeys.count == 1 && leading?.prefixIsExact == true
        var byPrefix = (0..<groups).map { g in (prefix: leading?.prefix(Int(members[Int(start[g])])) ?? 0, group: Int32(g)) }
        byPrefix.sort { a, b in
            if a.prefix != b.prefix { return a.prefix < b.prefix }
            if exact { return false }
            let x = Int(members[Int(start[Int(a.group)])]), y = Int(members[Int(start[Int(b.group)])])
            for key in rightKeys {
                let c = key.compare(x, y)
                if c != 0 { return c < 0 }
            }
            return false
        }
        let byKey = byPrefix.map { Int($0.group) }
        var rank = [Int32](repeating: 0, count: groups)
        for (position, g) in byKey.enumerated() { rank[g] = Int32(position) }
        var first = [Int](repeating: 0, count: groups + 1)
        for g in groupOfLeft where g >= 0 { first[Int(rank[Int(g)]) + 1] += 1 }
        for r in 0..<groups { first[r + 1] += first[r] }
        var sortedLeft = [Int32](repeating: 0, count: first[groups])
        for (l, g) in groupOfLeft.enumerated() where g >= 0 {
            let r = Int(rank[Int(g)])
            sortedLeft[first[r]] = Int32(l)
            first[r] += 1
        }
        var outLeft: [Int32] = [], outRight: [Int32] = []
        if type == .leftSemi {
            return (sortedLeft, [Int32](repeating: -1, count: sortedLeft.count))
        }
        var total = 0
        for l in sortedLeft { let g = Int(groupOfLeft[Int(l)]); total += Int(start[g + 1] - start[g]) }
        outLeft.reserveCapacity(total)
        outRight.reserveCapacity(total)
        for l in sortedLeft {
            let g = Int(groupOfLeft[Int(l)])
            for m in Int(start[g])..<Int(start[g + 1]) { outLeft.append(l); outRight.append(members[m]) }
        }
        return (outLeft, outRight)
    }
}
