/// A map task's partial aggregate that outgrew its memory share: each spill writes the partial states it holds,
/// bucketed by reduce partition, as one run of a spill file and starts afresh; the map output for a reduce
/// partition is then its runs in order followed by the final in-memory states (what Spark's sort-based shuffle
/// writer does when it merges its spill files into the map output, without the merge: the final aggregate
/// merges partial states anyway).
///
/// Groups keep the order in which the reduce side first sees them: a group's first run is the run holding its
/// first row. Sums of doubles are added in another association than without a spill (as in Spark).
struct SpilledShuffleRuns {
    private var file: SpillFile?
    /// Per reduce partition, the spilled pieces in run order.
    private var pieces: [[ShuffleBlockPiece]]

    init(partitions: Int) {
        pieces = Array(repeating: [], count: partitions)
    }

    var isEmpty: Bool { file == nil }

    /// Writes one run: `batches[p]` is reduce partition `p`'s partial states. Returns what moved.
    mutating func spill(_ batches: [RecordBatch], directory: SpillDirectory) throws -> SpillSize {
        if file == nil { file = try SpillFile(directory: directory, prefix: "temp_local") }
        let start = file!.size
        var memoryBytes: Int64 = 0
        for (p, batch) in batches.enumerated() where batch.rowCount > 0 {
            memoryBytes += Int64(batch.byteSize)
            pieces[p].append(.disk(file!, try file!.append(batch), bytes: batch.byteSize, schema: batch.schema))
        }
        return SpillSize(memoryBytes: memoryBytes, diskBytes: Int64(file!.size - start))
    }

    /// The map output: every run, then the final in-memory states, per reduce partition.
    func blocks(final: [RecordBatch]) -> [[ShuffleBlockPiece]] {
        blocks(held: final.map { [$0] })
    }

    /// The map output: every run, then the batches still in memory, per reduce partition.
    func blocks(held: [[RecordBatch]]) -> [[ShuffleBlockPiece]] {
        held.enumerated().map { p, batches in pieces[p] + batches.map { .memory($0) } }
    }
}
