import SparkbookEngine

/// One statistic `summary()` computes: an aggregate per column, or a percentile (`"25%"`).
///
/// Spark takes percentiles with `percentile_approx` (accuracy 10000), which is exact while a column's values
/// fit its buffer: the value at rank ceil(p * n) among the sorted non-null values, the minimum for p at or
/// below 1/10000 and the maximum at or above 1 - 1/10000. Sparkbook computes that exact rank from the
/// collected values, so larger inputs give the exact percentile where Spark's is approximate.
struct SummaryStatistic {
    enum Kind { case aggregate(AggregateFunction), percentile(Double) }

    let name: String
    let kind: Kind

    static let defaults = ["count", "mean", "stddev", "min", "25%", "50%", "75%", "max"]

    init?(_ name: String) {
        self.name = name
        switch name {
        case "count": kind = .aggregate(.count)
        case "mean": kind = .aggregate(.avg)
        case "stddev": kind = .aggregate(.stddev)
        case "min": kind = .aggregate(.min)
        case "max": kind = .aggregate(.max)
        case "count_distinct": kind = .aggregate(.countDistinct)
        case "approx_count_distinct": kind = .aggregate(.approxCountDistinct)
        default:
            guard name.hasSuffix("%"), let percent = Double(name.dropLast()), (0...100).contains(percent) else { return nil }
            kind = .percentile(percent / 100)
        }
    }

    static func unrecognized(_ name: String) -> SparkError {
        SparkError(.illegalArgument, errorClass: "UNRECOGNIZED_STATISTIC",
                   message: "The statistic '\(name)' is not recognized. Valid statistics include `count`, `count_distinct`, `approx_count_distinct`, `mean`, `stddev`, `min`, `max`, and percentile values. Percentile must be a numeric value followed by '%', within the range 0% to 100%.",
                   sqlState: "42704")
    }

    /// The aggregate to compute over `column`: a string column's mean and stddev are of its numeric values.
    func aggregate(of column: Expression, numeric: Bool) -> Expression {
        let asNumber: Expression = numeric ? column : .function("__try_double", [column])
        switch kind {
        case .aggregate(let f) where f == .avg || f == .stddev: return .aggregate(f, asNumber)
        case .aggregate(let f): return .aggregate(f, column)
        case .percentile: return .aggregate(.collectList, column)
        }
    }

    /// The statistic from the aggregate's value; percentiles of a string column are null.
    func result(_ collected: Value, numeric: Bool) -> Value {
        guard case .percentile(let p) = kind else { return collected }
        guard numeric, case .array(let values) = collected, !values.isEmpty else { return .null }
        return Self.percentile(p, of: values)
    }

    /// Spark's `QuantileSummaries.query` over a summary that kept every value (`QuantileQuery`).
    static func percentile(_ p: Double, of values: [Value], relativeError: Double = 1.0 / 10000) -> Value {
        let sorted = values.sorted { (ValueOrdering.compare($0, $1) ?? 0) < 0 }
        return QuantileQuery.value(at: p, sorted: sorted, relativeError: relativeError)
    }
}
