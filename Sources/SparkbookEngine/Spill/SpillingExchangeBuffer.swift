/// A map task's rows for an exchange of raw rows, dealt into reduce partitions batch by batch as the task's input
/// streams in (Spark's sort-based shuffle writer): held while the task's execution share covers them, else written
/// as one run of the map output (`SpilledShuffleRuns`) and started afresh, so a map task never holds its split
/// whole. Within each reduce partition rows keep their arrival order: the runs in order, then the rows in memory.
struct SpillingExchangeBuffer: MemoryConsumer {
    let schema: StructType
    let directory: SpillDirectory?
    var reservedBytes: Int64 = 0
    /// Per reduce partition, the batches dealt to it since the last spill.
    private var buckets: [[RecordBatch]]
    private(set) var bufferedBytes: Int64 = 0
    /// Whether every buffered batch can be written by the spill codec (boxed array columns cannot).
    private var encodable = true
    private var runs: SpilledShuffleRuns

    init(partitions: Int, schema: StructType, directory: SpillDirectory?) {
        self.schema = schema
        self.directory = directory
        buckets = Array(repeating: [], count: partitions)
        runs = SpilledShuffleRuns(partitions: partitions)
    }

    /// Adds `batch`'s rows to reduce partition `partition`, under the exchange's schema.
    mutating func add(_ batch: RecordBatch, to partition: Int) {
        guard batch.rowCount > 0 else { return }
        buckets[partition].append(RecordBatch(schema: schema, columns: batch.columns, rowCount: batch.rowCount))
        bufferedBytes += Int64(batch.byteSize)
        if encodable, !SpillBatchCodec.canEncode(batch) { encodable = false }
    }

    /// Keeps the reservation covering what is buffered, spilling when the task's share cannot.
    mutating func reserve(_ memory: TaskMemory?) throws {
        guard let memory else { return }
        try memory.reserve(bufferedBytes, for: &self)
    }

    mutating func spill() throws -> SpillSize {
        guard let directory, bufferedBytes > 0, encodable else { return SpillSize(memoryBytes: 0, diskBytes: 0) }
        let held = bufferedBytes
        let size = try runs.spill(takeBuckets(), directory: directory)
        return SpillSize(memoryBytes: held, diskBytes: size.diskBytes)
    }

    /// The map output, per reduce partition: the spilled runs, then the batches still in memory as they were
    /// dealt (not copied into one: a reduce task that needs its rows at once concatenates them anyway), or an
    /// empty batch for a partition that got no row.
    mutating func blocks() -> [[ShuffleBlockPiece]] {
        let held = buckets.map { $0.isEmpty ? [RecordBatch.empty(schema)] : $0 }
        buckets = buckets.map { _ in [] }
        bufferedBytes = 0
        encodable = true
        return runs.blocks(held: held)
    }

    /// Each bucket as one batch, emptying the buffer a bucket at a time so the copies never double what is held.
    private mutating func takeBuckets() -> [RecordBatch] {
        var out: [RecordBatch] = []
        out.reserveCapacity(buckets.count)
        for p in buckets.indices {
            let batches = buckets[p]
            buckets[p] = []
            out.append(batches.isEmpty ? RecordBatch.empty(schema) : RowSorter.concatenate(batches, schema: schema))
        }
        bufferedBytes = 0
        encodable = true
        return out
    }
}
