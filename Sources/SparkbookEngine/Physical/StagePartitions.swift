/// How the tasks of one stage map onto its inputs. Every operator keeps its input's partitions, except a union,
/// which is narrow as Spark's UnionExec: its partitions are its children's partitions in turn (the left child's,
/// then the right's), with no exchange, so `a.union(b)` over 1 and 2 partitions runs 3 tasks.
public struct StagePartitions: Sendable {
    /// The reduce partitions each task of a shuffle read covers (after coalescing), by the plan's shuffle id;
    /// a shuffle missing here is read one reduce partition per task.
    public let reduceRanges: [Int: [Range<Int>]]

    public init(reduceRanges: [Int: [Range<Int>]] = [:]) {
        self.reduceRanges = reduceRanges
    }

    /// The reduce partitions of `handle` each task reading it covers, in task order.
    public func ranges(of handle: ShuffleHandle) -> [Range<Int>] {
        reduceRanges[handle.id] ?? (0..<handle.partitions).map { $0..<($0 + 1) }
    }

    /// The reduce partitions task `partition` reads of `handle` (all of a broadcast); nil past the last task.
    public func range(of handle: ShuffleHandle, partition: Int) -> Range<Int>? {
        if handle.broadcast { return 0..<handle.partitions }
        let ranges = ranges(of: handle)
        return ranges.indices.contains(partition) ? ranges[partition] : nil
    }

    /// The number of partitions (tasks) of `op`; nothing is allocated per partition.
    public func count(_ op: PhysicalOperator) -> Int {
        switch op {
        case .scan(let relation, _, _): relation.scan.partitionCount
        case .local(let relation): relation.partitions.count
        case .cachedScan(let relation): relation.partitionCount
        case .shuffleRead(let handle): reduceRanges[handle.id]?.count ?? handle.partitions
        case .concat(let children, _):
            // Saturating: partition counts are a user's numbers (`numPartitions=2**62` twice in a union).
            children.reduce(0) { total, child in
                let (sum, overflow) = total.addingReportingOverflow(count(child))
                return overflow ? .max : sum
            }
        // A broadcast join runs once per partition of its streamed side.
        case .hashJoin(_, .shuffleRead(let build), let streamed) where build.broadcast: count(streamed)
        // A join's sides read the same reduce partitioning; other operators keep their child's partitions.
        default: op.children.first.map(count) ?? 1
        }
    }

    /// Which child of a union partition `partition` belongs to, and its partition within that child.
    public func locate(_ partition: Int, in children: [PhysicalOperator]) -> (child: Int, partition: Int)? {
        var first = 0
        for (index, child) in children.enumerated() {
            let n = count(child)
            if partition < first + n { return (index, partition - first) }
            first += n
        }
        return nil
    }

    /// The shuffles the task for `partition` of `op` reads, with the reduce partitions it covers in each (a task
    /// of a union reads only the inputs of the child it belongs to).
    public func shuffleReads(_ op: PhysicalOperator, partition: Int) -> [(handle: ShuffleHandle, reduce: Range<Int>)] {
        switch op {
        case .shuffleRead(let handle):
            return range(of: handle, partition: partition).map { [(handle, $0)] } ?? []
        case .concat(let children, _):
            guard let (child, inner) = locate(partition, in: children) else { return [] }
            return shuffleReads(children[child], partition: inner)
        default:
            return op.children.flatMap { shuffleReads($0, partition: partition) }
        }
    }

    /// The shuffles of a stage that must share one reduce partitioning, so adaptive coalescing merges the same
    /// ranges in each: a join's two sides form one group; each child of a union is coalesced on its own, as
    /// Spark's CoalesceShufflePartitions treats a union's children.
    public static func coalesceGroups(_ op: PhysicalOperator) -> [[ShuffleHandle]] {
        switch op {
        case .shuffleRead(let handle): return handle.broadcast ? [] : [[handle]]
        case .concat(let children, _): return children.flatMap(coalesceGroups)
        case .hashJoin(_, let left, let right):
            let handles = (coalesceGroups(left) + coalesceGroups(right)).flatMap { $0 }
            return handles.isEmpty ? [] : [handles]
        default:
            return op.children.flatMap(coalesceGroups)
        }
    }
}
