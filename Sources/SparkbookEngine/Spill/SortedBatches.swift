/// An external sort's output read batch by batch (Spark's `UnsafeSorterIterator`): the in-memory sort's one batch
/// when nothing spilled, else the merge of the runs a chunk of key ranges at a time, so a consumer of sorted rows (a
/// sort-merge join, a window) holds one batch per run rather than the whole partition. It keeps the sorter's
/// reservation and spill file until `close()`.
struct SortedBatches: MemoryConsumer {
    let memory: TaskMemory?
    private(set) var file: SpillFile?
    var reservedBytes: Int64
    private var served: [RecordBatch] = []
    private var cursors: [SortedRunCursor] = []
    private var schema = StructType([])
    private var kernel: SortedRunMerge.Kernel = RowSorter.order
    private var run: ((Int) throws -> RecordBatch?)?
    private var runBatch = 0

    init(memory: TaskMemory?, file: SpillFile?, reservedBytes: Int64) {
        self.memory = memory
        self.file = file
        self.reservedBytes = reservedBytes
    }

    /// Serves `batches` as they are (the sort never spilled).
    func serving(_ batches: [RecordBatch]) -> SortedBatches {
        var stream = self
        stream.served = batches.reversed()
        return stream
    }

    /// Serves batch 0, 1, ... of `run` (one sorted run) until it gives nil.
    func reading(_ run: @escaping (Int) throws -> RecordBatch?) -> SortedBatches {
        var stream = self
        stream.run = run
        return stream
    }

    /// Serves the merge of `cursors`' runs.
    func merging(_ cursors: [SortedRunCursor], schema: StructType, kernel: @escaping SortedRunMerge.Kernel) -> SortedBatches {
        var stream = self
        stream.cursors = cursors
        stream.schema = schema
        stream.kernel = kernel
        return stream
    }

    /// The next sorted batch, or nil at the end.
    mutating func next() throws -> RecordBatch? {
        if let batch = served.popLast() { return batch }
        if let run {
            defer { runBatch += 1 }
            return try run(runBatch)
        }
        guard !cursors.isEmpty else { return nil }
        return try SortedRunMerge.nextBatch(&cursors, schema: schema, kernel: kernel)
    }

    /// What it holds is read-only sorted output: nothing to spill again.
    mutating func spill() throws -> SpillSize { SpillSize(memoryBytes: 0, diskBytes: 0) }

    /// Removes the spill file and returns the reservation.
    mutating func close() {
        file?.remove()
        file = nil
        served = []
        cursors = []
        run = nil
        if let memory { memory.release(&self) }
    }
}
