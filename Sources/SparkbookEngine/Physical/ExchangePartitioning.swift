/// How an exchange distributes rows over its reduce partitions.
public enum ExchangePartitioning: Sendable {
    /// By the hash of key expressions (`hashpartitioning`).
    case hash([BoundExpression])
    /// Every row to partition 0 (`SinglePartition`), keeping map order.
    case single
    /// Rows dealt out in turn (`RoundRobinPartitioning`), in the order of the hash of the whole row: the
    /// Optimizer's ColumnPruning narrows the rows to the columns the readers use, as Spark's does.
    case roundRobin
    /// Map partition m to reduce partition m * n / maps, keeping order (`coalesce(n)`).
    case contiguous
}
