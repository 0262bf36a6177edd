/// A sort whose buffered rows may outgrow the task's memory share (Spark's `ExternalSorter` /
/// `UnsafeExternalSorter`): rows are buffered batch by batch; past the share the buffer is sorted by the sort
/// kernel (`batch + sort keys → row order`, today `RowSorter.order`) and written as a run; the output is a k-way
/// merge of the runs and the last buffer.
///
/// The result is exactly the in-memory sort's: the kernel is stable, runs hold earlier rows than later runs, and
/// the merge takes ties from the earlier run first.
struct ExternalSorter: MemoryConsumer {
    typealias Kernel = (RecordBatch, [SortKey]) throws -> [Int]
    let keys: [SortKey]
    let schema: StructType
    let kernel: Kernel
    let memory: TaskMemory?
    /// Rows per batch written to a run and produced by the merge.
    let runBatchRows: Int
    var reservedBytes: Int64 = 0
    private var buffered: [RecordBatch] = []
    private var bufferedBytes: Int64 = 0
    private var file: SpillFile?
    /// Each run's batches, in sorted order.
    private var runs: [[SpillSegment]] = []

    init(keys: [SortKey], schema: StructType, memory: TaskMemory?, runBatchRows: Int = 65_536,
         kernel: @escaping Kernel = RowSorter.order) {
        self.keys = keys
        self.schema = schema
        self.memory = memory
        self.runBatchRows = runBatchRows
        self.kernel = kernel
    }

    /// The spill files written so far (tests check they are removed).
    var spillFilePath: String? { file?.path }

    mutating func insert(_ batch: RecordBatch) throws {
        guard batch.rowCount > 0 else { return }
        let bytes = Int64(batch.byteSize)
        if let memory, SpillBatchCodec.canEncode(batch) {
            // Room for the batch and its sorted copy.
            try memory.reserve(bufferedBytes + 2 * bytes, for: &self)
        }
        buffered.append(batch)
        bufferedBytes += bytes
    }

    /// The buffered rows, sorted.
    private func sortedBuffer() throws -> RecordBatch {
        let all = RowSorter.concatenate(buffered, schema: schema)
        return all.gather(try kernel(all, keys))
    }

    mutating func spill() throws -> SpillSize {
        guard !buffered.isEmpty, let directory = memory?.spillDirectory else { return SpillSize(memoryBytes: 0, diskBytes: 0) }
        if file == nil { file = try SpillFile(directory: directory, prefix: "temp_local") }
        let start = file!.size
        let sorted = try sortedBuffer()
        runs.append(sorted.rowCount == 0 ? [] : try file!.append(sorted, sliceRows: runBatchRows))
        let held = bufferedBytes
        buffered = []
        bufferedBytes = 0
        return SpillSize(memoryBytes: held, diskBytes: Int64(file!.size - start))
    }

    /// The sorted rows: the in-memory sort when nothing spilled (today's single batch), else the merge of the runs
    /// a chunk of key ranges at a time. Spill files are removed and the reservation released.
    mutating func finish() throws -> [RecordBatch] {
        var stream = try sortedBatches()
        defer { stream.close() }
        var out: [RecordBatch] = []
        while let batch = try stream.next() { out.append(batch) }
        return out.isEmpty ? [RecordBatch.empty(schema)] : out
    }

    /// The sorted rows read batch by batch, for an operator that consumes them as they come (a sort-merge join,
    /// a window): the sorter's files and reservation move to the stream, which the caller closes.
    mutating func sortedBatches() throws -> SortedBatches {
        // The last buffer is sorted in memory only if its sorted copy fits too; else it is one more run.
        if let memory, !buffered.isEmpty, buffered.allSatisfy(SpillBatchCodec.canEncode) {
            try memory.reserve(2 * bufferedBytes, for: &self)
        }
        defer {
            file = nil
            runs = []
            buffered = []
            bufferedBytes = 0
            reservedBytes = 0
        }
        let stream = SortedBatches(memory: memory, file: file, reservedBytes: reservedBytes)
        guard let file else {
            return stream.serving(buffered.isEmpty ? [] : [try sortedBuffer()])
        }
        let (schema, keys) = (self.schema, self.keys)
        if runs.count == 1, buffered.isEmpty {
            // One run is already in order: its batches as they were written.
            let run = runs[0]
            return stream.reading { i in i < run.count ? try file.read(run[i], schema: schema) : nil }
        }
        var sources: [SortedRunCursor] = try runs.map { run in
            try SortedRunCursor(next: { i in i < run.count ? try file.read(run[i], schema: schema) : nil }, keys: keys)
        }
        if !buffered.isEmpty {
            let last = try sortedBuffer()
            sources.append(try SortedRunCursor(next: { i in i == 0 ? last : nil }, keys: keys))
        }
        return stream.merging(sources, schema: schema, kernel: kernel)
    }
}
