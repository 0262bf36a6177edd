/// The running state of typed aggregate calls for every group, in flat arrays indexed by group id: what both
/// typed aggregation steps fold into, and how it leaves them (partial columns for the shuffle, final columns).
struct TypedAggregateStates {
    let calls: [TypedAggregationPlan.Call]
    /// Per call: the aggregate it computes (its function and result type).
    let aggregateCalls: [AggregateCall]
    /// Per call: rows counted (`count`, and `avg`'s divisor; empty for sums, which need no count).
    var counts: [[Int64]]
    /// Per call: sums, or the extreme so far of `min`/`max` (integral, date and timestamp inputs as `Int64`).
    var longSums: [[Int64]]
    var doubleSums: [[Double]]
    /// Per call: whether the group has seen a valid input (a sum of nothing is null).
    var seen: [[Bool]]
    /// Per call: central moments of the statistics, values of `median`.
    var moments: [MomentStates?]
    var percentiles: [PercentileStates?]

    init(calls: [TypedAggregationPlan.Call], aggregateCalls: [AggregateCall]) {
        self.calls = calls
        self.aggregateCalls = aggregateCalls
        counts = Array(repeating: [], count: calls.count)
        longSums = Array(repeating: [], count: calls.count)
        doubleSums = Array(repeating: [], count: calls.count)
        seen = Array(repeating: [], count: calls.count)
        moments = calls.map { call in
            if case .moments(let f) = call { return MomentStates(function: f) }
            return nil
        }
        percentiles = calls.map { call in
            if case .percentile = call { return PercentileStates() }
            return nil
        }
    }

    /// Bytes held by the states (for a memory manager to weigh and, later, spill).
    var estimatedBytes: Int {
        var bytes = 0
        for c in calls.indices {
            bytes += counts[c].capacity * 8 + longSums[c].capacity * 8 + doubleSums[c].capacity * 8 + seen[c].capacity
            bytes += (moments[c]?.estimatedBytes ?? 0) + (percentiles[c]?.estimatedBytes ?? 0)
        }
        return bytes
    }

    /// Whether call `c`'s extremes are doubles (else `Int64`).
    func extremeIsDouble(_ c: Int) -> Bool { aggregateCalls[c].resultType == .double }

    /// Makes room for `n` groups in all without growing (a known number of groups to come).
    mutating func reserve(groups n: Int) {
        for c in calls.indices {
            seen[c].reserveCapacity(n)
            switch calls[c] {
            case .sumLong: longSums[c].reserveCapacity(n)
            case .sumDouble: doubleSums[c].reserveCapacity(n)
            case .average:
                doubleSums[c].reserveCapacity(n)
                counts[c].reserveCapacity(n)
            case .countRows, .countValid: counts[c].reserveCapacity(n)
            case .minimum, .maximum:
                if extremeIsDouble(c) { doubleSums[c].reserveCapacity(n) } else { longSums[c].reserveCapacity(n) }
            case .moments, .percentile: break
            }
        }
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
            case .minimum, .maximum:
                if extremeIsDouble(c) { doubleSums[c].append(contentsOf: repeatElement(0, count: extra)) }
                else { longSums[c].append(contentsOf: repeatElement(0, count: extra)) }
            case .moments: moments[c]!.addGroups(upTo: n)
            case .percentile: percentiles[c]!.addGroups(upTo: n)
            }
        }
    }

    /// Adds the valid `values` of `rows` rows into call `c`'s BIGINT sums (both aggregation steps); returns
    /// whether a sum left the 64-bit range, which ANSI mode makes an `ARITHMETIC_OVERFLOW`.
    mutating func addLongs(_ c: Int, rows: Int, ids: UnsafeBufferPointer<Int32>,
                           values: UnsafePointer<Int64>, valid: UnsafePointer<Bool>) -> Bool {
        var overflowed = false
        longSums[c].withUnsafeMutableBufferPointer { s in
            seen[c].withUnsafeMutableBufferPointer { seen in
                for row in 0..<rows where valid[row] {
                    let g = Int(ids[row])
                    let (sum, overflow) = s[g].addingReportingOverflow(values[row])
                    s[g] = sum; seen[g] = true
                    if overflow { overflowed = true }
                }
            }
        }
        return overflowed
    }

    /// Adds the valid `values` of `rows` rows into call `c`'s double sums (both aggregation steps).
    mutating func addDoubles(_ c: Int, rows: Int, ids: UnsafeBufferPointer<Int32>,
                             values: UnsafePointer<Double>, valid: UnsafePointer<Bool>) {
        doubleSums[c].withUnsafeMutableBufferPointer { s in
            seen[c].withUnsafeMutableBufferPointer { seen in
                for row in 0..<rows where valid[row] {
                    let g = Int(ids[row])
                    s[g] += values[row]; seen[g] = true
                }
            }
        }
    }

    /// Folds valid `values` into call `c`'s `Int64` extremes (`min`/`max` of integral, date and timestamp
    /// inputs; both aggregation steps): the first value a group sees is kept until a strictly better one comes.
    mutating func foldExtremes(_ c: Int, rows: Int, ids: UnsafeBufferPointer<Int32>,
                               values: UnsafePointer<Int64>, valid: UnsafePointer<Bool>) {
        let isMax = calls[c] == .maximum
        longSums[c].withUnsafeMutableBufferPointer { e in
            seen[c].withUnsafeMutableBufferPointer { seen in
                for row in 0..<rows where valid[row] {
                    let g = Int(ids[row]), v = values[row]
                    if !seen[g] { e[g] = v; seen[g] = true }
                    else if isMax ? v > e[g] : v < e[g] { e[g] = v }
                }
            }
        }
    }

    /// Folds valid `values` into call `c`'s double extremes, in Spark's order (NaN above every number, -0.0
    /// equal to 0.0).
    mutating func foldExtremes(_ c: Int, rows: Int, ids: UnsafeBufferPointer<Int32>,
                               values: UnsafePointer<Double>, valid: UnsafePointer<Bool>) {
        let isMax = calls[c] == .maximum
        doubleSums[c].withUnsafeMutableBufferPointer { e in
            seen[c].withUnsafeMutableBufferPointer { seen in
                for row in 0..<rows where valid[row] {
                    let g = Int(ids[row]), v = values[row]
                    if !seen[g] { e[g] = v; seen[g] = true }
                    else if isMax ? PercentileStates.precedes(e[g], v) : PercentileStates.precedes(v, e[g]) { e[g] = v }
                }
            }
        }
    }

    /// Call `c`'s partial state of `groups`, as `AggregateCall.partialTypes` columns.
    func partialColumns(_ c: Int, _ groups: some Collection<Int>) -> [ColumnVector] {
        switch calls[c] {
        case .countRows, .countValid, .sumLong, .sumDouble, .minimum, .maximum:
            return [finalColumn(c, groups)]
        case .moments:
            return moments[c]!.partialColumns(groups)
        case .percentile:
            return [percentiles[c]!.partialColumn(groups)]
        case .average:
            let seen = self.seen[c], sums = doubleSums[c], counts = self.counts[c]
            return [Self.column(groups, type: .double, present: { seen[$0] }, value: { sums[$0] }, empty: 0.0,
                                storage: { .float64($0) }),
                    ColumnVector(dataType: .long, storage: .int64(groups.map { counts[$0] }))]
        }
    }

    /// Call `c`'s partial state of groups `0..<groups` dealt into buckets in one pass (`GroupColumnDealing`), a
    /// column per bucket; nil for the calls gathered bucket by bucket (`partialColumns`): all but counts and sums.
    func dealtPartialColumn(_ c: Int, groups: Int, bucketOf: UnsafePointer<Int32>, counts: [Int]) -> [ColumnVector]? {
        let seen = self.seen[c]
        switch calls[c] {
        case .countRows, .countValid:
            let n = self.counts[c]
            return GroupColumnDealing.deal(groups: groups, bucketOf: bucketOf, counts: counts, type: .long,
                                           present: { _ in true }, value: { n[$0] }, empty: Int64(0),
                                           storage: { .int64($0) })
        case .sumLong:
            let sums = longSums[c]
            return GroupColumnDealing.deal(groups: groups, bucketOf: bucketOf, counts: counts, type: .long,
                                           present: { seen[$0] }, value: { sums[$0] }, empty: Int64(0),
                                           storage: { .int64($0) })
        case .sumDouble:
            let sums = doubleSums[c]
            return GroupColumnDealing.deal(groups: groups, bucketOf: bucketOf, counts: counts, type: .double,
                                           present: { seen[$0] }, value: { sums[$0] }, empty: 0.0,
                                           storage: { .float64($0) })
        case .average, .minimum, .maximum, .moments, .percentile:
            return nil
        }
    }

    /// Call `c`'s result for `groups`, as `AggregateAccumulator.finalColumn` gives it.
    func finalColumn(_ c: Int, _ groups: some Collection<Int>) -> ColumnVector {
        let seen = self.seen[c]
        switch calls[c] {
        case .countRows, .countValid:
            let counts = self.counts[c]
            return ColumnVector(dataType: .long, storage: .int64(groups.map { counts[$0] }))
        case .sumLong:
            let sums = longSums[c]
            return Self.column(groups, type: .long, present: { seen[$0] }, value: { sums[$0] }, empty: Int64(0),
                               storage: { .int64($0) })
        case .sumDouble:
            let sums = doubleSums[c]
            return Self.column(groups, type: .double, present: { seen[$0] }, value: { sums[$0] }, empty: 0.0,
                               storage: { .float64($0) })
        case .average:
            let sums = doubleSums[c], counts = self.counts[c]
            return Self.column(groups, type: .double, present: { seen[$0] && counts[$0] > 0 },
                               value: { sums[$0] / Double(counts[$0]) }, empty: 0.0, storage: { .float64($0) })
        case .minimum, .maximum:
            let type = aggregateCalls[c].resultType
            if extremeIsDouble(c) {
                let extremes = doubleSums[c]
                return Self.column(groups, type: type, present: { seen[$0] }, value: { extremes[$0] }, empty: 0.0,
                                   storage: { .float64($0) })
            }
            let extremes = longSums[c]
            if type == .integer || type == .date {
                return Self.column(groups, type: type, present: { seen[$0] },
                                   value: { Int32(truncatingIfNeeded: extremes[$0]) }, empty: Int32(0),
                                   storage: { .int32($0) })
            }
            return Self.column(groups, type: type, present: { seen[$0] }, value: { extremes[$0] }, empty: Int64(0),
                               storage: { .int64($0) })
        case .moments:
            return moments[c]!.finalColumn(aggregateCalls[c].function, groups)
        case .percentile(let percentage):
            return percentiles[c]!.finalColumn(groups, percentage: percentage)
        }
    }

    /// `value(g)` for each of `groups` as a column of `type`, null where `present(g)` is false; built as
    /// `ColumnBuilder` would, without its per-row appends.
    private static func column<T>(_ groups: some Collection<Int>, type: DataType, present: (Int) -> Bool,
                                  value: (Int) -> T, empty: T, storage: ([T]) -> ColumnVector.Storage)
        -> ColumnVector {
        var values = [T]()
        values.reserveCapacity(groups.count)
        var validity: ValidityMask?
        for (row, g) in groups.enumerated() {
            if present(g) {
                values.append(value(g))
            } else {
                if validity == nil { validity = ValidityMask(allValid: groups.count) }
                validity!.setNull(row)
                values.append(empty)
            }
        }
        return ColumnVector(dataType: type, storage: storage(values), validity: validity)
    }
}
