/// The aggregates computed from every value of their group, collected in arrival order on the reduce side
/// (complete mode): `sum(DISTINCT x)`, `max_by`/`min_by`, `mode`, `percentile_approx`, `listagg`,
/// `collect_union` and `schema_of_variant_agg`, and `nth_value` over a window frame. Pure functions of the call and the group's non-null values; off the hot path.
enum CollectedValueAggregates {
    /// Whether a row's input value joins its group's list: `max_by` keeps only rows whose ordering is not null
    /// (its `x` may be), the others only non-null values.
    static func keeps(_ value: Value, for function: AggregateFunction) -> Bool {
        switch function {
        case .maxBy, .minBy:
            guard case .array(let tuple) = value, tuple.count == 2 else { return false }
            return !tuple[1].isNull
        case .nthValue: return true
        default: return !value.isNull
        }
    }

    static func result(of call: AggregateCall, _ values: [Value]) throws -> Value {
        let literals = AggregateArguments.literals(of: call.input)
        switch call.function.evaluatedAs {
        case .sumDistinct: return try sumOfDistinct(values, type: call.resultType)
        case .maxBy, .minBy: return extreme(values, k: literals.first?.int64Value, max: call.function == .maxBy)
        case .mode, .modeDeterministic: return mode(values, deterministic: call.function == .modeDeterministic)
        case .percentileApprox: return percentiles(values, literals)
        case .listagg, .listaggDistinct:
            guard !values.isEmpty else { return .null }
            if call.resultType == .binary { return binaryList(values, literals.first, distinct: call.function.evaluatedAs == .listaggDistinct) }
            let strings = values.map { ValueCast.sqlText($0) }
            let kept = call.function.evaluatedAs == .listaggDistinct ? firstOccurrences(strings) : strings
            let delimiter = literals.first.map { $0.isNull ? "" : ValueCast.sqlText($0) } ?? ""
            return .string(kept.joined(separator: delimiter))
        case .nthValue, .nthValueIgnoreNulls:
            let n = Int(literals.first?.int64Value ?? 1)
            return n >= 1 && n <= values.count ? values[n - 1] : .null
        case .collectUnion:
            var elements: [Value] = []
            for case .array(let array) in values { elements += array.filter { !$0.isNull } }
            return .array(firstOccurrences(elements))
        case .schemaOfVariantAgg:
            var schema = Variant.SchemaType.void
            for case .variant(let v) in values { schema = Variant.merge(schema, v.schema) }
            return values.isEmpty ? .null : .string(schema.text)
        case .vectorSum, .vectorAvg: return try vectorSum(values, average: call.function == .vectorAvg)
        case .histogramNumeric:
            guard !values.isEmpty else { return .null }
            var histogram = NumericHistogram(bins: Int(literals.first?.int64Value ?? 0))
            for value in values { histogram.add(value.doubleValue ?? 0) }
            let xType = call.resultType.arrayElement?.structFields?[0].dataType ?? .double
            return .array(histogram.bins.map {
                .structure(names: ["x", "y"], values: [ValueCast.cast(.double($0.x), to: xType), .double($0.y)])
            })
        default: preconditionFailure("\(call.function) is not computed from collected values")
        }
    }

    /// `vector_sum`/`vector_avg`: the element-wise sum (or mean) of the group's vectors, in float as Spark's.
    private static func vectorSum(_ values: [Value], average: Bool) throws -> Value {
        // A vector holding a null is skipped, as a null vector is.
        let values = values.filter { $0.arrayElements?.contains(where: \.isNull) == false }
        guard let first = values.first?.arrayElements else { return .null }
        var sums = [Float](repeating: 0, count: first.count)
        for value in values {
            let elements = value.arrayElements ?? []
            guard elements.count == sums.count else {
                throw SparkError(.execution, errorClass: "VECTOR_DIMENSION_MISMATCH",
                                 message: "Vectors passed to `\(average ? "vector_avg" : "vector_sum")` must have the same dimension, but got \(sums.count) and \(elements.count).",
                                 sqlState: "22000")
            }
            for (i, e) in elements.enumerated() { sums[i] += Float(e.doubleValue ?? 0) }
        }
        let n = Float(values.count)
        return .array(sums.map { .float(average ? $0 / n : $0) })
    }

    /// `listagg` of a binary column: the bytes joined by the delimiter's.
    private static func binaryList(_ values: [Value], _ delimiter: Value?, distinct: Bool) -> Value {
        let kept = distinct ? firstOccurrences(values) : values
        var separator: [UInt8] = []
        if case .binary(let bytes)? = delimiter { separator = bytes }
        else if case .string(let text)? = delimiter { separator = Array(text.utf8) }
        var joined: [UInt8] = []
        for (i, value) in kept.enumerated() {
            if i > 0 { joined += separator }
            if case .binary(let bytes) = value { joined += bytes }
        }
        return .binary(joined)
    }

    private static func firstOccurrences<T: Hashable>(_ values: [T]) -> [T] {
        var seen = Set<T>()
        return values.filter { seen.insert($0).inserted }
    }

    private static func sumOfDistinct(_ values: [Value], type: DataType) throws -> Value {
        let distinct = firstOccurrences(values)
        guard !distinct.isEmpty else { return .null }
        switch type {
        case .long:
            var total: Int64 = 0
            for v in distinct {
                let (sum, overflow) = total.addingReportingOverflow(v.int64Value ?? 0)
                if overflow { throw ValueArithmetic.overflow("add") }
                total = sum
            }
            return .long(total)
        case .decimal(let p, let s):
            var total: Int128 = 0
            for case .decimal(let d) in distinct { total += d.unscaled }
            return .decimal(DecimalValue(unscaled: total, precision: p, scale: s))
        default:
            return .double(distinct.reduce(0.0) { $0 + ($1.doubleValue ?? 0) })
        }
    }

    /// `max_by`'s `x` at the greatest ordering (the first row to reach it), or with `k` the `x`s of the `k`
    /// greatest orderings, greatest first.
    private static func extreme(_ tuples: [Value], k: Int64?, max: Bool) -> Value {
        let pairs: [(x: Value, ord: Value)] = tuples.compactMap {
            guard case .array(let t) = $0, t.count == 2 else { return nil }
            return (t[0], t[1])
        }
        func before(_ a: Value, _ b: Value) -> Bool {
            guard let order = ValueOrdering.compare(a, b) else { return false }
            return max ? order > 0 : order < 0
        }
        if let k {
            let ranked = pairs.enumerated().sorted { l, r in
                before(l.element.ord, r.element.ord) || (!before(r.element.ord, l.element.ord) && l.offset < r.offset)
            }
            return .array(ranked.prefix(Int(Swift.max(0, k))).map(\.element.x))
        }
        guard var best = pairs.first else { return .null }
        for pair in pairs.dropFirst() where before(pair.ord, best.ord) { best = pair }
        return best.x
    }

    /// The most frequent value: the first to reach the highest count, or the lowest of the most frequent.
    private static func mode(_ values: [Value], deterministic: Bool) -> Value {
        var counts: [Value: Int] = [:]
        var order: [Value] = []
        for v in values {
            if counts[v] == nil { order.append(v) }
            counts[v, default: 0] += 1
        }
        var best: Value = .null, bestCount = 0
        for v in order {
            let c = counts[v]!
            if c > bestCount || (deterministic && c == bestCount && (ValueOrdering.compare(v, best) ?? 0) < 0) {
                best = v; bestCount = c
            }
        }
        return best
    }

    /// `percentile_approx(x, p, accuracy)`: Spark's `QuantileSummaries` query at relative error 1/accuracy,
    /// over a summary that kept every value (Spark's does until its compression merges neighbours, past about
    /// accuracy/2 values).
    private static func percentiles(_ values: [Value], _ literals: [Value]) -> Value {
        guard !values.isEmpty else { return .null }
        let accuracy = literals.count > 1 ? Double(literals[1].int64Value ?? 10000) : 10000
        let sorted = values.sorted { (ValueOrdering.compare($0, $1) ?? 0) < 0 }
        if case .array(let ps)? = literals.first {
            return .array(ps.map { QuantileQuery.value(at: $0.doubleValue ?? 0, sorted: sorted, relativeError: 1 / accuracy) })
        }
        let p = literals.first?.doubleValue ?? 0.5
        return QuantileQuery.value(at: p, sorted: sorted, relativeError: 1 / accuracy)
    }
}
