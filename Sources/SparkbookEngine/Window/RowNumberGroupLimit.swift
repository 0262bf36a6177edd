/// The rows a `row_number() <= k` limit keeps, on typed buffers: when the window partition keys have exact
/// 64-bit codes (`GroupKeyCodes`, doubles aside: their partitions compare by `==`) and there is one non-null
/// order key whose `KeyColumn.prefix` orders it exactly, each row's group comes from a flat `GroupKeyTable` (or,
/// for one integral key of a short range, is the key less the least one) and each group keeps its best `k`
/// (prefix, row) pairs in flat arrays: no per-row `Value`, string or array.
/// Ties go to the earlier row, as the window's stable sort gives them.
struct RowNumberGroupLimit {
    /// Limits beyond this keep the general path (the flat arrays hold `k` slots per group).
    static let largestLimit = 64

    let limit: Int
    private let keyTypes: [DataType]
    private let direction: SortDirection

    /// `nil` unless `spec` is a `row_number` limit of a shape the typed path takes.
    init?(_ spec: WindowGroupLimitSpec) {
        guard spec.function == .rowNumber, spec.limit >= 1, spec.limit <= Self.largestLimit,
              spec.partitionKeys.count <= 64, spec.orderKeys.count == 1 else { return nil }
        let types = spec.partitionKeys.map(\.dataType)
        guard types.allSatisfy({ GroupKeyCodes.supports($0) && $0 != .double }) else { return nil }
        switch spec.orderKeys[0].expression.dataType {
        case .integer, .long, .double, .boolean, .date, .timestamp: break
        default: return nil
        }
        limit = spec.limit
        keyTypes = types
        direction = spec.orderKeys[0].direction
    }

    /// The kept rows of a batch whose partition key columns are `partition` and order key column `order`,
    /// ascending; `nil` when the order column has nulls or a storage the prefix does not order exactly.
    func keptRows(partition: [ColumnVector], order: ColumnVector, rowCount n: Int) -> [Int]? {
        if let validity = order.validity, validity.nullCount > 0 { return nil }
        let key = KeyColumn(order)
        guard key.prefixIsExact, !key.allNull else { return nil }
        var slots = Slots(k: limit, flip: direction.ascending ? 0 : ~0)
        if partition.count == 1, let (ids, groups) = Self.denseIds(partition[0], rowCount: n) {
            slots.grow(to: groups)
            ids.withUnsafeBufferPointer { slots.offer(key, ids: $0.baseAddress!, from: 0, count: n) }
            return slots.kept(groups: groups, rowCount: n)
        }
        let table = GroupKeyTable(keyTypes: keyTypes)
        var dictionary = StringDictionary()
        let block = AggregationBatch(capacity: FusedCSVAggregation.blockRows, keyCount: keyTypes.count, inputCount: 0)
        let ids = UnsafeMutablePointer<Int32>.allocate(capacity: block.capacity)
        defer { ids.deallocate() }
        var start = 0
        while start < n {
            let size = min(block.capacity, n - start)
            for (i, column) in partition.enumerated() {
                block.encodeKey(column, k: i, from: start, rows: size, dictionary: &dictionary)
            }
            block.rowCount = size
            if keyTypes.isEmpty {
                if table.count == 0 { table.insertEmptyKey() }
                ids.initialize(repeating: 0, count: size)
            } else {
                table.groupIds(block, into: ids)
            }
            slots.grow(to: table.count)
            slots.offer(key, ids: ids, from: start, count: size)
            start += size
        }
        return slots.kept(groups: table.count, rowCount: n)
    }

    /// Group ids without hashing for one integral key column without nulls whose values span a short range
    /// (no wider than the batch, and at most `1 << 20`): the value less the least one.
    static func denseIds(_ column: ColumnVector, rowCount n: Int) -> (ids: [Int32], groups: Int)? {
        if let validity = column.validity, validity.nullCount > 0 { return nil }
        let widest = min(max(n, 1024), 1 << 20)
        func dense<T: FixedWidthInteger>(_ v: [T]) -> ([Int32], Int)? {
            guard n > 0 else { return ([], 0) }
            var lo = v[0], hi = v[0]
            for i in 0..<n { lo = min(lo, v[i]); hi = max(hi, v[i]) }
            let (span, overflow) = hi.subtractingReportingOverflow(lo)
            guard !overflow, span >= 0, Int(span) < widest else { return nil }
            return ((0..<n).map { Int32(truncatingIfNeeded: v[$0] &- lo) }, Int(span) + 1)
        }
        switch column.storage {
        case .int32(let v): return dense(v)
        case .int64(let v): return dense(v)
        default: return nil
        }
    }

    /// Per group: how many rows it keeps, then `k` slots of (ordering key, row), best first.
    private struct Slots {
        let k: Int
        /// XORed into the prefix so that smaller is better in either direction.
        let flip: UInt64
        var counts: [Int32] = []
        var best: [UInt64] = []
        var rows: [Int32] = []

        init(k: Int, flip: UInt64) {
            self.k = k
            self.flip = flip
        }

        mutating func grow(to groups: Int) {
            guard counts.count < groups else { return }
            let extra = max(groups, counts.count * 2) - counts.count
            counts.append(contentsOf: repeatElement(0, count: extra))
            best.append(contentsOf: repeatElement(0, count: extra * k))
            rows.append(contentsOf: repeatElement(0, count: extra * k))
        }

        /// Offers rows `start ..< start + count`, row `start + r` being of group `ids[r]`.
        mutating func offer(_ key: KeyColumn, ids: UnsafePointer<Int32>, from start: Int, count: Int) {
            let k = self.k, flip = self.flip
            counts.withUnsafeMutableBufferPointer { counts in
                best.withUnsafeMutableBufferPointer { best in
                    rows.withUnsafeMutableBufferPointer { rows in
                        for r in 0..<count {
                            let row = start &+ r
                            let value = key.prefix(row) ^ flip
                            let g = Int(ids[r]), base = g &* k
                            var at = Int(counts[g])
                            if at == k {
                                // A later row never beats an equal earlier one.
                                if value >= best[base &+ k &- 1] { continue }
                                at = k &- 1
                            } else {
                                counts[g] &+= 1
                            }
                            while at > 0 && value < best[base &+ at &- 1] {
                                best[base &+ at] = best[base &+ at &- 1]
                                rows[base &+ at] = rows[base &+ at &- 1]
                                at &-= 1
                            }
                            best[base &+ at] = value
                            rows[base &+ at] = Int32(truncatingIfNeeded: row)
                        }
                    }
                }
            }
        }

        /// The rows kept by the first `groups` groups of a batch of `n` rows, ascending (marked, not sorted).
        func kept(groups: Int, rowCount n: Int) -> [Int] {
            var marked = [Bool](repeating: false, count: n)
            var total = 0
            for g in 0..<groups {
                total += Int(counts[g])
                for i in 0..<Int(counts[g]) { marked[Int(rows[g * k + i])] = true }
            }
            var kept: [Int] = []
            kept.reserveCapacity(total)
            for row in 0..<n where marked[row] { kept.append(row) }
            return kept
        }
    }
}
