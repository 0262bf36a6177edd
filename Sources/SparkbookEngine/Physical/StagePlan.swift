/// One stage of a job: an operator tree run once per partition, ending in a shuffle write or in results.
public struct StagePlan: Sendable {
    public enum Output: Sendable {
        /// Map side of a shuffle: partially aggregate the rows and write them hash-partitioned.
        case shuffleWrite(ShuffleHandle, AggregateSpec)
        /// Map side of an exchange of raw rows (sort, join, window, union, repartition).
        case exchange(ShuffleHandle, ExchangePartitioning)
        /// The stage's rows are the job's result.
        case result
    }

    public let root: PhysicalOperator
    public let output: Output
    /// Stages whose shuffle output this stage reads.
    public let parents: [Int]
    /// A short name in Spark's style (`csv at <cell>:3`), shown in progress and the event log.
    public let name: String

    /// The first shuffle this stage reads, if any.
    public var shuffleInput: ShuffleHandle? { shuffleInputs.first }

    /// Every shuffle this stage reads (two for a join, one per union child reading one).
    public var shuffleInputs: [ShuffleHandle] {
        func find(_ op: PhysicalOperator) -> [ShuffleHandle] {
            if case .shuffleRead(let h) = op { return [h] }
            return op.children.flatMap(find)
        }
        return find(root)
    }

    /// The number of input partitions of a stage that reads no shuffle (a union's children's added up).
    public var leafPartitionCount: Int? {
        shuffleInputs.isEmpty ? StagePartitions().count(root) : nil
    }
}

/// A query split into stages at its shuffles, parents before children; the last stage gives the result.
public struct PhysicalPlan: Sendable {
    public let stages: [StagePlan]
    /// A global limit to apply to the collected rows.
    public let limit: Int?
    public var schema: StructType { stages[stages.count - 1].root.schema }
}
