/// Skipping partial aggregation when it does not reduce, as DataFusion (`skip_partial_aggregation_probe_rows_threshold`
/// and `_ratio_threshold`) and Spark's accelerators (Gluten, Databricks' adaptive partial aggregation) do: once a map
/// task has seen `minimumRows` rows and its groups are nearly as many as its rows, hashing the rest buys nothing, so
/// each later row passes through as a partial state of its own and the final aggregate does the merging.
///
/// Groups still reach the final aggregate in order of first appearance, and each group's values are folded in
/// row order either way, so only calls whose result cannot depend on how the rows were grouped qualify: counts,
/// integer sums, min and max. A double sum (and avg, whose sum is a double) does not: after another task's partial
/// sum `p`, passing rows would give `(p + a) + b` where Spark's partial aggregation gives `p + (a + b)`, and the
/// last digits printed would differ from Spark's. (Folding each task's passing rows of a group before merging
/// them in the final aggregate would make them qualify.) The moment statistics and percentiles, whose merge is
/// another formula, keep hashing too.
/// A pure policy: fed the rows and groups after each block.
struct PartialAggregationSkip: Sendable {
    /// Rows a task aggregates before deciding.
    let minimumRows: Int
    /// Groups per row above which the rest passes through.
    let ratio: Double
    private let eligible: Bool
    private var decided = false
    private var rows = 0
    private(set) var passingThrough = false

    init(calls: [TypedAggregationPlan.Call], keyCount: Int, minimumRows: Int = 100_000, ratio: Double = 0.8) {
        self.minimumRows = minimumRows
        self.ratio = ratio
        eligible = keyCount > 0 && calls.allSatisfy { call in
            switch call {
            case .countRows, .countValid, .sumLong, .minimum, .maximum: true
            case .sumDouble, .average, .moments, .percentile: false
            }
        }
    }

    /// After a block of `rows` rows that left the table with `groups` groups.
    mutating func observe(rows: Int, groups: Int) {
        guard eligible, !decided else { return }
        self.rows += rows
        guard self.rows >= minimumRows else { return }
        decided = true
        passingThrough = Double(groups) > ratio * Double(self.rows)
    }
}
