/// Skipping partial aggregation when it does not reduce, as DataFusion (`skip_partial_aggregation_probe_rows_threshold`
/// and `_ratio_threshold`) and Spark's accelerators (Gluten, Databricks' adaptive partial aggregation) do: once a map
/// task has seen `minimumRows` rows and its groups are nearly as many as its rows, hashing the rest buys nothing, so
/// each later row passes through as a partial state of its own and the final aggregate does the merging.
///
/// The task's table comes first in its output (its groups in order of first appearance, their states folded from
/// the task's earlier rows), then the passed rows in row order, so every group still reaches the final aggregate
/// where it first appeared and each group's values arrive in row order. Counts, integer sums, min and max cannot
/// tell the difference. A double sum (and avg's sum) could: after another task's partial sum `S`, the table's
/// partial `p` and passed rows `a` and `b` folded one by one would be `((S + p) + a) + b` where Spark adds
/// `S + ((p + a) + b)`; the final aggregate folds a task's states of a group together first (`MapTaskPartials`),
/// so they qualify too. The moment statistics and percentiles, whose merge is another formula, keep hashing.
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
            case .countRows, .countValid, .sumLong, .sumDouble, .average, .minimum, .maximum: true
            case .moments, .percentile: false
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
