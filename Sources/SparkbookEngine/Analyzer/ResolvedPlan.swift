/// A resolved (analyzed) logical plan node: what the Analyzer makes of a `LogicalPlan`. Every expression is
/// bound (`BoundExpression`: column ordinals and types, no names), and the node knows its output attributes
/// (`schema`) and their lineage (which DataFrames each column comes from, for `df["id"]` after a join).
///
/// A class, so that a DataFrame holds its resolved plan once and each transformation resolves only the node
/// it adds on top of its parent's (Spark's Dataset keeps `queryExecution.analyzed` the same way).
public final class ResolvedPlan: Sendable {
    public let node: ResolvedNode
    public let schema: StructType
    /// The DataFrames (plan ids) each output column comes from, and the `df.alias` names in scope.
    public let lineage: ColumnLineage
    /// Every file scan below, with the schema it had when analysed: a CSV scan whose inferred schema was
    /// widened by a read makes this plan stale (`isCurrent`).
    let scans: [ScanSnapshot]

    init(_ node: ResolvedNode, schema: StructType, lineage: ColumnLineage) {
        self.node = node
        self.schema = schema
        self.lineage = lineage
        if case .scan(let relation) = node {
            scans = [ScanSnapshot(scan: relation.scan, schema: relation.scan.schema)]
        } else {
            let below = node.children.map(\.scans)
            scans = below.count == 1 ? below[0] : below.flatMap { $0 }
        }
    }

    public var children: [ResolvedPlan] { node.children }

    /// Whether every scan below still has the schema it was analysed with.
    public var isCurrent: Bool {
        scans.allSatisfy { $0.scan.schema == $0.schema }
    }
}

/// A scan and the schema it had when a plan over it was analysed.
struct ScanSnapshot: Sendable {
    let scan: any DataScan
    let schema: StructType
}
