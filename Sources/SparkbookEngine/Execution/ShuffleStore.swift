import Synchronization

/// Map output of every shuffle, by shuffle id, map partition and reduce partition.
///
/// Shared by concurrent tasks: writes and reads go through one mutex; the batches themselves are immutable.
public final class ShuffleStore: Sendable {
    private let outputs = Mutex<[Int: [Int: [RecordBatch]]]>([:])

    public init() {}

    /// Records the output of one map task: one batch per reduce partition.
    public func write(shuffle: Int, mapPartition: Int, batches: [RecordBatch]) {
        outputs.withLock { $0[shuffle, default: [:]][mapPartition] = batches }
    }

    /// Every map task's batch for `reducePartitions`, in map order.
    public func read(shuffle: Int, reducePartitions: Range<Int>) -> [RecordBatch] {
        outputs.withLock { all in
            let maps = all[shuffle] ?? [:]
            return maps.keys.sorted().flatMap { map in reducePartitions.map { maps[map]![$0] } }
        }
    }

    /// Bytes and rows one map task wrote (every reduce partition), as stored.
    public func written(shuffle: Int, mapPartition: Int) -> (bytes: Int, rows: Int) {
        let batches = outputs.withLock { $0[shuffle]?[mapPartition] ?? [] }
        return batches.reduce((0, 0)) { ($0.0 + $1.byteSize, $0.1 + $1.rowCount) }
    }

    /// Bytes and rows a reduce task reads for `reducePartitions`: every map task's batch for them.
    public func readSize(shuffle: Int, reducePartitions: Range<Int>) -> (bytes: Int, rows: Int) {
        read(shuffle: shuffle, reducePartitions: reducePartitions).reduce((0, 0)) { ($0.0 + $1.byteSize, $0.1 + $1.rowCount) }
    }

    /// Rows written per reduce partition, for adaptive coalescing.
    public func rowsPerPartition(shuffle: Int, partitions: Int) -> [Int] {
        outputs.withLock { all in
            var sizes = [Int](repeating: 0, count: partitions)
            for batches in (all[shuffle] ?? [:]).values {
                for (p, batch) in batches.enumerated() { sizes[p] += batch.rowCount }
            }
            return sizes
        }
    }

    /// Drops the output of some map tasks (lost with their executor) so they are written again.
    public func remove(shuffle: Int, mapPartitions: [Int]) {
        outputs.withLock { all in for map in mapPartitions { all[shuffle]?[map] = nil } }
    }

    public func remove(shuffle: Int) {
        _ = outputs.withLock { $0.removeValue(forKey: shuffle) }
    }
}
