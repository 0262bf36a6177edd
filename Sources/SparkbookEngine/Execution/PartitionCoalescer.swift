/// Adaptive query execution's coalescing of small shuffle partitions (on by default in Spark 4): adjacent
/// reduce partitions are merged until each holds about the target size.
public struct PartitionCoalescer: Sendable {
    /// `spark.sql.adaptive.advisoryPartitionSizeInBytes` (64 MB).
    public var advisoryBytes: Int = 64 << 20
    /// `spark.sql.adaptive.coalescePartitions.minPartitionSize` (1 MB).
    public var minimumBytes: Int = 1 << 20
    /// With `parallelismFirst` (the default) the target also keeps the default parallelism busy.
    public var parallelism: Int

    public init(parallelism: Int) {
        self.parallelism = max(1, parallelism)
    }

    /// Ranges of reduce partitions, one per task.
    public func coalesce(partitionBytes: [Int]) -> [Range<Int>] {
        let total = partitionBytes.reduce(0, +)
        let target = max(minimumBytes, min(advisoryBytes, total / parallelism))
        var ranges: [Range<Int>] = []
        var start = 0, size = 0
        for (p, bytes) in partitionBytes.enumerated() {
            if p > start, size + bytes > target {
                ranges.append(start..<p)
                start = p
                size = 0
            }
            size += bytes
        }
        if start < partitionBytes.count { ranges.append(start..<partitionBytes.count) }
        return ranges.isEmpty ? [0..<0] : ranges
    }

    /// The coalescer for one of several groups coalesced in one stage (a union's children): the default
    /// parallelism is shared among the groups by their sizes, each keeping at least one partition, as Spark's
    /// CoalesceShufflePartitions divides its minimum partition number.
    public func sharing(_ groups: [[Int]], for group: [Int]) -> PartitionCoalescer {
        guard groups.count > 1 else { return self }
        let total = groups.reduce(0) { $0 + $1.reduce(0, +) }
        let size = group.reduce(0, +)
        var shared = self
        shared.parallelism = total > 0 ? max(1, Int((Double(parallelism) * Double(size) / Double(total)).rounded())) : parallelism
        return shared
    }
}
