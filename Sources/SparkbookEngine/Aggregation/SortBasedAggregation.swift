/// A complete or final hash aggregate bounded by the task's share of execution memory, falling back to
/// sort-based aggregation as Spark's `TungstenAggregationIterator` and `ObjectAggregationIterator` do (their
/// `UnsafeKVExternalSorter`): past the share, the groups' states are sorted by key and written as a run, and the
/// aggregate starts again empty; at the end the runs are merged by key, each group's states merged in run order,
/// and the groups put back in their order of first appearance. The merge works on the runs' typed buffers: key
/// ranges of sorted batches (`KeyRangeMerge`), states folded by the aggregate itself, one sort of 64-bit tags.
///
/// The aggregate is the general `HashAggregator` (complete or final) or the typed `TypedFinalAggregator`.
/// Without a spill it is the in-memory aggregate, untouched. With one, the rows and their order are the same
/// (each group remembers the run and position where it first appeared); integer sums and counts are exact,
/// while sums of doubles are added in another association (as in Spark).
struct SortBasedAggregation<Aggregate: SpillableFinalAggregate>: MemoryConsumer {
    enum Mode { case complete, final }
    let mode: Mode
    let keyTypes: [DataType]
    let calls: [AggregateCall]
    let memory: TaskMemory?
    private(set) var aggregator: Aggregate
    /// How a complete aggregate folds input rows (a final one merges partial states).
    private let consume: ((inout Aggregate, RecordBatch) throws -> Void)?
    var reservedBytes: Int64 = 0
    private var file: SpillFile?
    private var runs: [[SpillSegment]] = []
    /// Rows per batch of a run, and per chunk of the merge, at most.
    let batchRows: Int
    /// Bytes of groups' state per batch of a run (as the aggregate counts them), at least 1,024 rows.
    static var segmentBytes: Int { 1 << 20 }

    /// A final aggregate of partial states into `aggregator` (empty).
    init(final aggregator: Aggregate, keyTypes: [DataType], calls: [AggregateCall], memory: TaskMemory?,
         batchRows: Int = 65_536) {
        self.init(.final, aggregator, consume: nil, keyTypes: keyTypes, calls: calls, memory: memory, batchRows: batchRows)
    }

    private init(_ mode: Mode, _ aggregator: Aggregate, consume: ((inout Aggregate, RecordBatch) throws -> Void)?,
                 keyTypes: [DataType], calls: [AggregateCall], memory: TaskMemory?, batchRows: Int) {
        self.mode = mode
        self.aggregator = aggregator
        self.consume = consume
        self.keyTypes = keyTypes
        self.calls = calls
        self.memory = memory
        self.batchRows = batchRows
    }

    /// The layout of a run: partial states, then the run and the position where each group first appeared, then
    /// the keys' `KeyHash` (the run's first sort key).
    private var runSchema: StructType {
        let partial = partialSchema
        return StructType(partial.fields + [StructField("run", .long), StructField("first", .long),
                                            StructField("hash", .long)])
    }

    /// The columns a run is sorted by: the keys' hash, then the keys (any total order that keeps equal keys
    /// together would do, as long as the run sort and the merge share it; the hash makes it cheap).
    private var runOrder: [Int] { [partialSchema.fields.count + 2] + Array(0..<keyTypes.count) }

    private var partialSchema: StructType { HashAggregator.partialSchema(keyTypes: keyTypes, calls: calls) }

    /// Sizes the aggregate for about `groups` groups before any comes, when the task's share grants their
    /// bytes; otherwise it grows as groups come (and spills as it would have).
    mutating func reserve(groups: Int) throws {
        let bytes = Int64(aggregator.bytes(forGroups: groups))
        guard bytes > 0, aggregator.groupCount == 0 else { return }
        if let memory {
            try memory.reserve(bytes, for: &self)
            guard memory.covers(bytes, for: self) else { return }
        }
        aggregator.reserve(groups: groups)
    }

    /// Folds a batch: input rows (complete) or partial states (final).
    mutating func add(_ batch: RecordBatch) throws {
        if let consume { try consume(&aggregator, batch) } else { try aggregator.merge(batch) }
        if aggregator.overflowed { throw ValueArithmetic.overflow("add") }
        if let memory, aggregator.spillable {
            try memory.reserve(aggregator.heldBytes, for: &self)
        }
    }

    mutating func spill() throws -> SpillSize {
        guard let directory = memory?.spillDirectory, aggregator.spillable, aggregator.groupCount > 0 else {
            return SpillSize(memoryBytes: 0, diskBytes: 0)
        }
        let held = aggregator.heldBytes
        let before = file?.size ?? 0
        try writeRun(directory)
        return SpillSize(memoryBytes: held, diskBytes: Int64(file!.size - before))
    }

    /// The groups so far, sorted by `runOrder` (`SortKernel`), as the next run; the aggregator starts again empty.
    private mutating func writeRun(_ directory: SpillDirectory) throws {
        if file == nil { file = try SpillFile(directory: directory, prefix: "temp_local") }
        // The merge holds one segment per run and aggregates a chunk up to the smallest of their last keys: with
        // segments of `batchRows` and a small share (many runs, each smaller than a segment) every run was read
        // whole and the first chunk was the whole partition. Segments of about `segmentBytes` keep it to a slice.
        let rowsPerSegment = min(batchRows, max(1_024, Self.segmentBytes
            / max(1, Int(aggregator.heldBytes) / max(1, aggregator.groupCount))))
        let state = try aggregator.partialState()
        let n = state.rowCount
        let run = ColumnVector(dataType: .long, storage: .int64([Int64](repeating: Int64(runs.count), count: n)))
        let first = ColumnVector(dataType: .long, storage: .int64((0..<n).map(Int64.init)))
        let hash = ColumnVector(dataType: .long,
                                storage: .int64(KeyHash.hashes(Array(state.columns.prefix(keyTypes.count)), rowCount: n)))
        let schema = runSchema
        let tagged = RecordBatch(schema: schema, columns: state.columns + [run, first, hash], rowCount: n)
        let order = try SortKernel.order(tagged, by: runOrder.map {
            SortKey(expression: .column(index: $0, type: schema.fields[$0].dataType), direction: .ascending)
        })
        var segments: [SpillSegment] = []
        var offset = 0
        while offset < n {
            let count = min(rowsPerSegment, n - offset)
            segments.append(try file!.append(tagged.gather(Array(order[offset..<offset + count]))))
            offset += count
        }
        runs.append(segments)
        aggregator = aggregator.emptied()
    }

    /// The final result (keys, then one column per call), groups in order of first appearance. Spill files are
    /// removed and the reservation released.
    ///
    /// After a spill the runs are merged by key ranges (`KeyRangeMerge`): each chunk's partial states are folded
    /// by a fresh aggregate of the same kind (typed states stay typed), and each group is tagged with the run and
    /// position where it first appeared, read off the chunk's first row of its key (the chunk's aggregate lists
    /// its groups in that order, and the earliest run holding a key comes first). The groups are put back in
    /// that order by one sort of the tags.
    mutating func finish(schema: StructType) throws -> RecordBatch {
        defer {
            file?.remove()
            file = nil
            if let memory { memory.release(&self) }
        }
        guard let directory = memory?.spillDirectory, !runs.isEmpty else {
            return try aggregator.finalBatch(schema: schema)
        }
        if aggregator.groupCount > 0 { try writeRun(directory) }
        // Every group is on disk now: the merged result takes the memory the groups held.
        if let memory { memory.release(&self) }
        let runSchema = self.runSchema, partialSchema = self.partialSchema
        let spillFile = file!
        let sources = runs.map { run in
            { (i: Int) throws -> RecordBatch? in i < run.count ? try spillFile.read(run[i], schema: runSchema) : nil }
        }
        let empty = aggregator.emptied()
        let runColumn = partialSchema.fields.count
        var results: [RecordBatch] = []
        var origins: [(tag: Int64, row: Int)] = []
        try KeyRangeMerge.forEachChunk(runs: sources, keyColumns: runOrder) { slices in
            let chunk = KeyRangeMerge.rows(of: slices, schema: runSchema)
            var chunkAggregator = empty.emptied()
            try chunkAggregator.merge(RecordBatch(schema: partialSchema, columns: Array(chunk.columns.prefix(runColumn)),
                                                  rowCount: chunk.rowCount))
            if chunkAggregator.overflowed { throw ValueArithmetic.overflow("add") }
            let result = try chunkAggregator.finalBatch(schema: schema)
            guard case .int64(let run) = chunk.columns[runColumn].storage,
                  case .int64(let first) = chunk.columns[runColumn + 1].storage else {
                preconditionFailure("a run's tags are BIGINT columns")
            }
            let before = origins.count
            for (row, isFirst) in KeyRangeMerge.firstOfKey(slices).enumerated() where isFirst {
                origins.append((run[row] << 32 | first[row], origins.count))
            }
            precondition(origins.count - before == result.rowCount, "one first row per group of a merged chunk")
            results.append(result)
        }
        guard !results.isEmpty else { return try empty.finalBatch(schema: schema) }
        let all = results.count == 1 ? results[0] : RecordBatch.concatenating(results, schema: schema)
        // The chunks go before the gather: the task holds the groups twice at most, not three times.
        results = []
        origins.sort { $0.tag < $1.tag }
        return all.gather(origins.map(\.row))
    }
}

extension SortBasedAggregation where Aggregate == HashAggregator {
    /// The general aggregate: input rows grouped by `keys` (complete), or partial states (final).
    init(_ mode: Mode, keys: [BoundExpression], keyTypes: [DataType], calls: [AggregateCall], memory: TaskMemory?,
         batchRows: Int = 65_536) {
        self.init(mode, HashAggregator(keys: mode == .complete ? keys : [], keyTypes: keyTypes, calls: calls),
                  consume: mode == .complete ? { try $0.consume($1) } : nil,
                  keyTypes: keyTypes, calls: calls, memory: memory, batchRows: batchRows)
    }
}
