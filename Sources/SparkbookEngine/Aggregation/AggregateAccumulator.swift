/// The running state of one aggregate call for every group, in typed arrays indexed by group id.
///
/// The same accumulator serves the partial step (rows in) and the final step (partial states in).
struct AggregateAccumulator: Sendable {
    let call: AggregateCall
    /// What the call computes (`std` accumulates as `stddev`, `try_sum` as `sum`).
    private var function: AggregateFunction { call.function.evaluatedAs }
    private var counts: [Int64] = []
    private var longSums: [Int64] = []
    private var doubleSums: [Double] = []
    private var seen: [Bool] = []
    private var extremes: [Value] = []
    /// Distinct values per group (`count(DISTINCT x)`).
    private var sets: [Set<Value>] = []
    /// Collected values per group (`collect_list`, `collect_set`).
    private var collected: CollectBuffers
    /// Spark's central-moment buffers, for the stddev/variance family, `corr` and the covariances.
    private var moments: MomentStates?
    /// `regr_slope`/`regr_intercept`: the variance of x beside the covariance in `moments`.
    private var xMoments: MomentStates?
    /// Every value per group, for `median`.
    private var percentiles: PercentileStates?
    /// Every kept value per group in arrival order, for `CollectedValueAggregates`.
    private var lists: [[Value]] = []
    /// Groups whose sum left the 64-bit range: null for `try_sum`/`try_avg`.
    private var overflowedGroups: [Bool] = []
    /// Exact sums for `sum` and `avg` of a decimal column.
    private var decimalSums: DecimalSums?
    /// Each group's sketch, built on its first row (`SketchAggregateState`), and the call's literal parameters.
    private var sketches: [SketchAggregateState?] = []
    private var sketchParameters: [Value] = []
    /// Whether the input is a `SketchArgument` (each row an array of the call's columns); a call that reached the
    /// aggregate another way (`agg({"v": "hll_sketch_agg"})`) has the bare column, one value per row.
    private var sketchInputIsWrapped = false
    /// Set when a BIGINT sum left the 64-bit range: ANSI mode makes that an error (`ARITHMETIC_OVERFLOW`).
    private(set) var overflowed = false

    init(call: AggregateCall) {
        self.call = call
        collected = CollectBuffers(distinct: call.function == .collectSet)
        moments = MomentStates(function: call.function)
        if call.function == .regrSlope || call.function == .regrIntercept {
            moments = MomentStates(kind: .covariance)
            xMoments = MomentStates(kind: .variance)
        }
        if call.function == .median || call.function == .percentile { percentiles = PercentileStates() }
        if call.function.isSketch, let parts = SketchArgument.parts(of: call.input) {
            sketchParameters = parts.parameters
            sketchInputIsWrapped = true
        }
        if let input = call.decimalInput, function == .sum || function == .avg {
            decimalSums = DecimalSums(input: input, checksRunningTotal: function == .sum, tolerant: call.function.nullOnOverflow)
        }
    }

    /// Makes room for a newly created group.
    mutating func addGroup() {
        counts.append(0)
        seen.append(false)
        overflowedGroups.append(false)
        if call.function.isSketch { sketches.append(nil); return }
        if decimalSums != nil { decimalSums!.addGroup(); return }
        if xMoments != nil { xMoments!.addGroups(upTo: counts.count) }
        switch function {
        case .sum where call.resultType == .long: longSums.append(0)
        case .sum, .avg, .regrAvgx, .regrAvgy: doubleSums.append(0)
        case .product: doubleSums.append(1)
        case .bitAnd: longSums.append(-1)
        case .bitOr, .bitXor: longSums.append(0)
        case .min, .max, .first, .last, .firstIgnoreNulls, .lastIgnoreNulls: extremes.append(.null)
        case .countDistinct, .approxCountDistinct: sets.append([])
        case .collectList, .collectSet: collected.addGroup()
        case .stddev, .stddevSamp, .std, .stddevPop, .variance, .varianceSamp, .variancePop, .corr, .covarSamp,
             .covarPop:
            moments!.addGroups(upTo: counts.count)
        case .median, .percentile: percentiles!.addGroups(upTo: counts.count)
        case .skewness, .kurtosis, .regrSxx, .regrSyy, .regrSxy, .regrR2, .regrSlope, .regrIntercept:
            moments!.addGroups(upTo: counts.count)
        case .count, .countIf: break
        default: lists.append([])
        }
    }

    /// Folds raw input rows into their groups (`groupIds[row]`); rows from `lateFrom` on come after Spark's sort
    /// fallback (see `CollectBuffers`).
    mutating func update(_ input: ColumnVector?, rowCount: Int, groupIds: [Int], lateFrom: Int? = nil) throws {
        guard let input else {
            for row in 0..<rowCount { counts[groupIds[row]] += 1 }
            return
        }
        if call.function.isSketch {
            for row in 0..<rowCount {
                let value = input.value(at: row)
                let values: [Value]
                if sketchInputIsWrapped {
                    guard case .array(let columns) = value else { continue }
                    values = columns
                } else {
                    values = [value]
                }
                let g = groupIds[row]
                if sketches[g] == nil { sketches[g] = try SketchAggregateState.initial(call.function, sketchParameters) }
                try sketches[g]!.update(call.function, values)
            }
            return
        }
        switch function {
        case .count:
            for row in 0..<rowCount where !input.isNull(row) { counts[groupIds[row]] += 1 }
        case .sum, .avg:
            if decimalSums != nil {
                try decimalSums!.add(input, rowCount: rowCount, groupIds: groupIds, counts: &counts, seen: &seen)
            } else {
                accumulateSums(input, rowCount: rowCount, groupIds: groupIds)
            }
        case .min, .max:
            for row in 0..<rowCount where !input.isNull(row) {
                fold(extreme: input.value(at: row), into: groupIds[row])
            }
        case .first:
            // Spark's `first` keeps the first value even when it is null (ignorenulls=False).
            for row in 0..<rowCount where !seen[groupIds[row]] {
                extremes[groupIds[row]] = input.value(at: row); seen[groupIds[row]] = true
            }
        case .last:
            for row in 0..<rowCount { extremes[groupIds[row]] = input.value(at: row); seen[groupIds[row]] = true }
        case .firstIgnoreNulls:
            for row in 0..<rowCount where !seen[groupIds[row]] && !input.isNull(row) {
                extremes[groupIds[row]] = input.value(at: row); seen[groupIds[row]] = true
            }
        case .lastIgnoreNulls:
            for row in 0..<rowCount where !input.isNull(row) { extremes[groupIds[row]] = input.value(at: row) }
        case .countDistinct, .approxCountDistinct:
            for row in 0..<rowCount where !input.isNull(row) { sets[groupIds[row]].insert(input.value(at: row)) }
        case .collectList, .collectSet:
            let late = lateFrom ?? rowCount
            for row in 0..<rowCount where !input.isNull(row) {
                collected.add(input.value(at: row), to: groupIds[row], late: row >= late)
            }
        case .stddev, .stddevSamp, .std, .stddevPop, .variance, .varianceSamp, .variancePop, .skewness, .kurtosis:
            let ids = groupIds.map { Int32(truncatingIfNeeded: $0) }
            let xs = (0..<rowCount).map { input.value(at: $0).doubleValue }
            let x = xs.map { $0 ?? 0 }, valid = xs.map { $0 != nil }
            moments!.update(rows: rowCount, ids: ids, x: x, valid: valid)
        case .regrSxx, .regrSyy, .regrAvgx, .regrAvgy:
            // One variable of `AggregatePair`'s `[y, x]`, over the rows where both are not null.
            let (y, x, valid) = pairs(input, rowCount)
            let values = function == .regrSyy || function == .regrAvgy ? y : x
            if function == .regrAvgx || function == .regrAvgy {
                for row in 0..<rowCount where valid[row] { doubleSums[groupIds[row]] += values[row]; counts[groupIds[row]] += 1 }
                return
            }
            moments!.update(rows: rowCount, ids: groupIds.map { Int32(truncatingIfNeeded: $0) }, x: values, valid: valid)
        case .regrSlope, .regrIntercept:
            // Spark's `CovPopulation(x, y)` and `VariancePop(x)` over the pairs.
            let ids = groupIds.map { Int32(truncatingIfNeeded: $0) }
            let (y, x, valid) = pairs(input, rowCount)
            moments!.update(rows: rowCount, ids: ids, x: x, xValid: valid, y: y, yValid: valid)
            xMoments!.update(rows: rowCount, ids: ids, x: x, valid: valid)
        case .countIf:
            for row in 0..<rowCount where input.value(at: row) == .boolean(true) { counts[groupIds[row]] += 1 }
        case .bitAnd, .bitOr, .bitXor:
            for row in 0..<rowCount {
                guard let v = input.value(at: row).int64Value else { continue }
                foldBits(v, into: groupIds[row])
            }
        case .product:
            for row in 0..<rowCount {
                guard let v = input.value(at: row).doubleValue else { continue }
                doubleSums[groupIds[row]] *= v; seen[groupIds[row]] = true
            }
        case .corr, .covarSamp, .covarPop, .regrSxy, .regrR2:
            // The input is `AggregatePair`'s `[x, y]`, null when either is.
            let (x, y, valid) = pairs(input, rowCount)
            moments!.update(rows: rowCount, ids: groupIds.map { Int32(truncatingIfNeeded: $0) }, x: x, xValid: valid,
                            y: y, yValid: valid)
        case .median, .percentile:
            for row in 0..<rowCount {
                guard let x = input.value(at: row).doubleValue else { continue }
                percentiles!.add(x, to: groupIds[row])
            }
        default:
            let kept = call.function.evaluatedAs
            for row in 0..<rowCount {
                let v = input.value(at: row)
                if CollectedValueAggregates.keeps(v, for: kept) { lists[groupIds[row]].append(v) }
            }
        }
    }

    /// `AggregatePair`'s two doubles per row, and whether the row has both.
    private func pairs(_ input: ColumnVector, _ rowCount: Int) -> (first: [Double], second: [Double], valid: [Bool]) {
        var first = [Double](repeating: 0, count: rowCount), second = first
        var valid = [Bool](repeating: false, count: rowCount)
        for row in 0..<rowCount {
            guard case .array(let pair) = input.value(at: row), pair.count == 2,
                  let a = pair[0].doubleValue, let b = pair[1].doubleValue else { continue }
            first[row] = a; second[row] = b; valid[row] = true
        }
        return (first, second, valid)
    }

    private mutating func foldBits(_ v: Int64, into g: Int) {
        switch function {
        case .bitAnd: longSums[g] &= v
        case .bitOr: longSums[g] |= v
        default: longSums[g] ^= v
        }
        seen[g] = true
    }

    private mutating func accumulateSums(_ input: ColumnVector, rowCount: Int, groupIds: [Int]) {
        let integral = function == .sum && call.resultType == .long
        switch input.storage {
        case .float64(let values):
            for row in 0..<rowCount where !input.isNull(row) {
                let g = groupIds[row]
                doubleSums[g] += values[row]; counts[g] += 1; seen[g] = true
            }
        case .int32(let values):
            for row in 0..<rowCount where !input.isNull(row) {
                let g = groupIds[row]
                if integral { addLong(Int64(values[row]), to: g) } else { doubleSums[g] += Double(values[row]) }
                counts[g] += 1; seen[g] = true
            }
        case .int64(let values):
            for row in 0..<rowCount where !input.isNull(row) {
                let g = groupIds[row]
                if integral { addLong(values[row], to: g) } else { doubleSums[g] += Double(values[row]) }
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

    private mutating func addLong(_ value: Int64, to group: Int) {
        let (sum, overflow) = longSums[group].addingReportingOverflow(value)
        longSums[group] = sum
        guard overflow else { return }
        if call.function.nullOnOverflow { overflowedGroups[group] = true } else { overflowed = true }
    }

    private mutating func fold(extreme value: Value, into group: Int) {
        guard !value.isNull else { return }
        let current = extremes[group]
        if current.isNull {
            extremes[group] = value
        } else if let order = ValueOrdering.compare(value, current),
                  function == .min ? order < 0 : order > 0 {
            extremes[group] = value
        }
    }

    /// Folds partial states (columns laid out as `call.partialTypes`) into their groups; partials from `lateFrom`
    /// on come after Spark's sort fallback.
    mutating func merge(_ partials: ArraySlice<ColumnVector>, rowCount: Int, groupIds: [Int], lateFrom: Int? = nil) throws {
        let first = partials[partials.startIndex]
        if moments != nil {
            let ids = groupIds.map { Int32(truncatingIfNeeded: $0) }
            let fields = partials.map { column in (0..<rowCount).map { column.value(at: $0).doubleValue ?? 0 } }
            let width = moments!.width
            Array(fields.prefix(width)).withPointers { moments!.merge(rows: rowCount, ids: ids, partials: $0) }
            if xMoments != nil {
                Array(fields.dropFirst(width)).withPointers { xMoments!.merge(rows: rowCount, ids: ids, partials: $0) }
            }
            return
        }
        if percentiles != nil {
            let ids = groupIds.map { Int32(truncatingIfNeeded: $0) }
            percentiles!.merge(first, from: 0, rows: rowCount, ids: ids)
            return
        }
        for row in 0..<rowCount {
            let g = groupIds[row]
            if decimalSums != nil {
                guard case .decimal(let partial) = first.value(at: row) else { continue }
                let n = function == .avg ? partials[partials.startIndex + 1].value(at: row).int64Value ?? 0 : 1
                try decimalSums!.add(partial.unscaled, to: g)
                counts[g] += n; seen[g] = true
                continue
            }
            switch function {
            case .count, .countIf:
                counts[g] += first.value(at: row).int64Value ?? 0
            case .bitAnd, .bitOr, .bitXor:
                if let v = first.value(at: row).int64Value { foldBits(v, into: g) }
            case .product:
                if let v = first.value(at: row).doubleValue { doubleSums[g] *= v; seen[g] = true }
            case .regrAvgx, .regrAvgy:
                doubleSums[g] += first.value(at: row).doubleValue ?? 0
                counts[g] += partials[partials.startIndex + 1].value(at: row).int64Value ?? 0
            case .sum:
                guard !first.isNull(row) else { continue }
                seen[g] = true
                if call.resultType == .long { addLong(first.value(at: row).int64Value ?? 0, to: g) }
                else { doubleSums[g] += first.value(at: row).doubleValue ?? 0 }
            case .avg:
                let n = partials[partials.startIndex + 1].value(at: row).int64Value ?? 0
                guard n > 0 else { continue }
                doubleSums[g] += first.value(at: row).doubleValue ?? 0
                counts[g] += n; seen[g] = true
            case .min, .max:
                fold(extreme: first.value(at: row), into: g)
            case .stddev, .stddevSamp, .std, .stddevPop, .variance, .varianceSamp, .variancePop, .corr, .covarSamp,
                 .covarPop, .median, .percentile:
                break  // merged above, a batch at a time
            case .collectList, .collectSet:
                guard case .array(let partial) = first.value(at: row) else { continue }
                collected.merge(partial, into: g, late: row >= (lateFrom ?? rowCount))
            default:
                break  // complete mode only
            }
        }
    }

    /// The partial state of every group, as `call.partialTypes` columns.
    func partialColumns(groups: [Int]) -> [ColumnVector] {
        switch function {
        case .count, .countIf:
            return [column(.long, groups) { .long(counts[$0]) }]
        case .bitAnd, .bitOr, .bitXor, .product:
            return [column(call.resultType, groups) { bitsOrProduct(of: $0) }]
        case .regrAvgx, .regrAvgy:
            return [column(.double, groups) { .double(doubleSums[$0]) }, column(.long, groups) { .long(counts[$0]) }]
        case .sum:
            return [column(call.resultType, groups) { seen[$0] ? sum(of: $0) : .null }]
        case .avg:
            if let decimalSums {
                return [column(decimalSums.sumType, groups) { seen[$0] ? decimalSums.sum(of: $0) : .null },
                        column(.long, groups) { .long(counts[$0]) }]
            }
            return [column(.double, groups) { seen[$0] ? .double(doubleSums[$0]) : .null },
                    column(.long, groups) { .long(counts[$0]) }]
        case .min, .max:
            return [column(call.resultType, groups) { extremes[$0] }]
        case .median, .percentile:
            return [percentiles!.partialColumn(groups)]
        case .collectList, .collectSet:
            return [column(call.resultType, groups) { .array(collected.result($0)) }]
        case _ where moments != nil:
            return moments!.partialColumns(groups) + (xMoments?.partialColumns(groups) ?? [])
        default:
            return []
        }
    }

    /// A bitwise aggregate's or a product's value; null while the group saw no value.
    private func bitsOrProduct(of g: Int) -> Value {
        guard seen[g] else { return .null }
        if function == .product { return .double(doubleSums[g]) }
        return ValueCast.integral(longSums[g], as: call.resultType)
    }

    private func sum(of g: Int) -> Value {
        if let decimalSums { return decimalSums.sum(of: g) }
        return call.resultType == .long ? .long(longSums[g]) : .double(doubleSums[g])
    }

    /// The final result of every group.
    func finalColumn(groups: [Int]) throws -> ColumnVector {
        if let xMoments, let moments {
            return column(.double, groups) { g in
                let m2 = xMoments.values[g * 3 + 2]
                guard m2 != 0.0 else { return .null }
                let b = g * 4, slope = moments.values[b + 3] / m2
                return .double(function == .regrSlope ? slope : moments.values[b + 2] - slope * moments.values[b + 1])
            }
        }
        if let moments { return moments.finalColumn(function, groups) }
        if call.function.isSketch {
            return try column(.binary, groups) { g in
                try (sketches[g] ?? SketchAggregateState.initial(call.function, sketchParameters)).result()
            }
        }
        if let percentiles {
            if let percentages = PercentileArgument.percentages(of: call.input) {
                return percentiles.finalColumn(groups, percentages: percentages)
            }
            return percentiles.finalColumn(groups, percentage: PercentileArgument.percentage(of: call))
        }
        return try column(call.resultType, groups) { g in
            if overflowedGroups[g] { return .null }
            switch function {
            case .count, .countIf: return .long(counts[g])
            case .bitAnd, .bitOr, .bitXor, .product: return bitsOrProduct(of: g)
            case .regrAvgx, .regrAvgy: return counts[g] > 0 ? .double(doubleSums[g] / Double(counts[g])) : .null
            case .sum: return !seen[g] ? .null : sum(of: g)
            case .avg where decimalSums != nil:
                return seen[g] ? try decimalSums!.average(of: g, count: counts[g], into: call.resultType) : .null
            case .avg: return seen[g] && counts[g] > 0 ? .double(doubleSums[g] / Double(counts[g])) : .null
            case .min, .max, .first, .last, .firstIgnoreNulls, .lastIgnoreNulls: return extremes[g]
            case .countDistinct: return .long(Int64(sets[g].count))
            case .approxCountDistinct:
                let rsd = AggregateArguments.literals(of: call.input).first?.doubleValue ?? 0.05
                return .long(try HyperLogLogPlusPlus.estimate(sets[g], relativeSD: rsd))
            case .collectList, .collectSet: return .array(collected.result(g))
            case .stddev, .stddevSamp, .std, .variance, .varianceSamp, .stddevPop, .variancePop, .corr, .covarSamp,
                 .covarPop, .median, .percentile:
                preconditionFailure("computed by MomentStates and PercentileStates")
            default: return try CollectedValueAggregates.result(of: call, lists[g])
            }
        }
    }

    private func column(_ type: DataType, _ groups: [Int], _ value: (Int) throws -> Value) rethrows -> ColumnVector {
        var builder = ColumnBuilder(type: type, capacity: groups.count)
        for g in groups { builder.append(try value(g)) }
        return builder.finish()
    }
}

extension Array where Element == [Double] {
    /// Calls `body` with a pointer to each inner array's storage.
    func withPointers<R>(_ body: ([UnsafePointer<Double>]) -> R) -> R {
        var pointers: [UnsafePointer<Double>] = []
        func nest(_ i: Int) -> R {
            if i == count { return body(pointers) }
            return self[i].withUnsafeBufferPointer { buffer in
                pointers.append(buffer.baseAddress ?? UnsafePointer(bitPattern: 8)!)
                return nest(i + 1)
            }
        }
        return nest(0)
    }
}
