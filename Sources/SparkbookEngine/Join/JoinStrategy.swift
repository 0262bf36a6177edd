/// How Spark's `JoinSelection` would execute an equi-join, which fixes the order of its output rows.
public enum JoinStrategy: Sendable, Hashable {
    /// `BroadcastHashJoin`: the build side (at most `autoBroadcastJoinThreshold` bytes by estimate) in a hash
    /// table; the other side streams through in scan order, each row with its matches newest first.
    case broadcastHash(buildLeft: Bool)
    /// `SortMergeJoin`: both sides sorted by the keys (ascending, nulls first, ties in arrival order).
    case sortMerge
    /// No equi-keys: every pair is tested in one partition (Spark's nested loop or cartesian product).
    case nestedLoop

    /// `spark.sql.autoBroadcastJoinThreshold` (10 MB).
    static let broadcastThreshold = 10 * 1024 * 1024

    /// Spark's choice from the sides' estimated sizes (nil: unknown, as for `createDataFrame` rows).
    /// A side `hinted` for broadcast (`BroadcastHint`) counts as small whatever its size.
    static func choose(_ type: JoinType, hasKeys: Bool, leftSize: Int?, rightSize: Int?,
                       hinted: (left: Bool, right: Bool) = (false, false)) -> JoinStrategy {
        guard hasKeys, type != .cross else { return .nestedLoop }
        let leftSmall = hinted.left || leftSize.map { $0 <= broadcastThreshold } ?? false
        let rightSmall = hinted.right || rightSize.map { $0 <= broadcastThreshold } ?? false
        if hinted.left != hinted.right {
            // Only the hinted side is built, when the join type allows it.
            if hinted.left, type == .inner || type == .right { return .broadcastHash(buildLeft: true) }
            if hinted.right, type == .inner || type == .left || type == .leftSemi || type == .leftAnti {
                return .broadcastHash(buildLeft: false)
            }
        }
        let canBuildLeft = leftSmall && (type == .inner || type == .right)
        let canBuildRight = rightSmall && (type == .inner || type == .left || type == .leftSemi || type == .leftAnti)
        switch (canBuildLeft, canBuildRight) {
        case (true, true): return .broadcastHash(buildLeft: (rightSize ?? Int.max) > (leftSize ?? Int.max))
        case (true, false): return .broadcastHash(buildLeft: true)
        case (false, true): return .broadcastHash(buildLeft: false)
        case (false, false): return .sortMerge
        }
    }

    /// The operator name `explain()` prints.
    public var explainName: String {
        switch self {
        case .broadcastHash: "BroadcastHashJoin"
        case .sortMerge: "SortMergeJoin"
        case .nestedLoop: "BroadcastNestedLoopJoin"
        }
    }
}
