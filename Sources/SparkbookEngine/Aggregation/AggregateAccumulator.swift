/// The running state of one aggregate call for every group, in typed arrays indexed by group id.
///
/// The same accumulator serves the partial step (rows in) and the final step (partial states in).
struct AggregateAccumulator: Sendable {
    let call: AggregateCall
    private var counts: [Int64] = []
    private var longSums: [Int64] = []
    private var doubleSums: [Double] = []
    private var seen: [Bool] = []
    private var extremes: [Value] = []

    init(call: AggregateCall) {
        self.call = call
    }

    /// Makes room for a newly created group.
    mutating func addGroup() {
        counts.append(0)
        seen.append(false)
        switch call.function {
        case .sum where call.resultType == .long: longSums.append(0)
        case .sum, .avg: doubleSums.append(0)
        case .min, .max: extremes.append(.null)
        case .count: break
        }
    }

    /// Folds raw input rows into their groups (`groupIds[row]`).
    mutating func update(_ input: ColumnVector?, rowCount: Int, groupIds: [Int]) {
        guard let input else {
            for row in 0..<rowCount { counts[groupIds[row]] += 1 }
            return
        }
        switch call.function {
        case .count:
            for row in 0..<rowCount where !input.isNull(row) { counts[groupIds[row]] += 1 }
        case .sum, .avg:
            accumulateSums(input, rowCount: rowCount, groupIds: groupIds)
        case .min, .max:
            for row in 0..<rowCount where !input.isNull(row) {
                fold(extreme: input.value(at: row), into: groupIds[row])
            }
        }
    }

    private mutating func accumulateSums(_ input: ColumnVector, rowCount: Int, groupIds: [Int]) {
        let integral = call.function == .sum && call.resultType == .long
        switch input.storage {
        case .float64(let values):
            for row in 0..<rowCount where !input.isNull(row) {
                let g = groupIds[row]
                doubleSums[g] += values[row]; counts[g] += 1; seen[g] = true
            }
        case .int32(let values):
            for row in 0..<rowCount where !input.isNull(row) {
                let g = groupIds[row]
                if integral { longSums[g] &+= Int64(values[row]) } else { doubleSums[g] += Double(values[row]) }
                counts[g] += 1; seen[g] = true
            }
        case .int64(let values):
            for row in 0..<rowCount where !input.isNull(row) {
                let g = groupIds[row]
                if integral { longSums[g] &+= values[row] } else { doubleSums[g] += Double(values[row]) }
                counts[g] += 1; seen[g] = true
            }
        default:
            for row in 0..<rowCount {
                guard let d = input.value(at: row).doubleValue else { continue }
                let g = groupIds[row]
                doubleSums[g] += d; counts[g] += 1; seen[g] = true
            }
        }
    }

    private mutating func fold(extreme value: Value, into group: Int) {
        guard !value.isNull else { return }
        let current = extremes[group]
        if current.isNull {
            extremes[group] = value
        } else if let order = ValueOrdering.compare(value, current),
                  call.function == .min ? order < 0 : order > 0 {
            extremes[group] = value
        }
    }

    /// Folds partial states (columns laid out as `call.partialTypes`) into their groups.
    mutating func merge(_ partials: ArraySlice<ColumnVector>, rowCount: Int, groupIds: [Int]) {
        let first = partials[partials.startIndex]
        for row in 0..<rowCount {
            let g = groupIds[row]
            switch call.function {
            case .count:
                counts[g] += first.value(at: row).int64Value ?? 0
            case .sum:
                guard !first.isNull(row) else { continue }
                seen[g] = true
                if call.resultType == .long { longSums[g] &+= first.value(at: row).int64Value ?? 0 }
                else { doubleSums[g] += first.value(at: row).doubleValue ?? 0 }
            case .avg:
                let n = partials[partials.startIndex + 1].value(at: row).int64Value ?? 0
                guard n > 0 else { continue }
                doubleSums[g] += first.value(at: row).doubleValue ?? 0
                counts[g] += n; seen[g] = true
            case .min, .max:
                fold(extreme: first.value(at: row), into: g)
            }
        }
    }

    /// The partial state of every group, as `call.partialTypes` columns.
    func partialColumns(groups: [Int]) -> [ColumnVector] {
        switch call.function {
        case .count:
            return [column(.long, groups) { .long(counts[$0]) }]
        case .sum:
            return [finalColumn(groups: groups)]
        case .avg:
            return [column(.double, groups) { seen[$0] ? .double(doubleSums[$0]) : .null },
                    column(.long, groups) { .long(counts[$0]) }]
        case .min, .max:
            return [finalColumn(groups: groups)]
        }
    }

    /// The final result of every group.
    func finalColumn(groups: [Int]) -> ColumnVector {
        column(call.resultType, groups) { g in
            switch call.function {
            case .count: .long(counts[g])
            case .sum: !seen[g] ? .null : (call.resultType == .long ? .long(longSums[g]) : .double(doubleSums[g]))
            case .avg: seen[g] && counts[g] > 0 ? .double(doubleSums[g] / Double(counts[g])) : .null
            case .min, .max: extremes[g]
            }
        }
    }

    private func column(_ type: DataType, _ groups: [Int], _ value: (Int) -> Value) -> ColumnVector {
        var builder = ColumnBuilder(type: type, capacity: groups.count)
        for g in groups { builder.append(value(g)) }
        return builder.finish()
    }
}
