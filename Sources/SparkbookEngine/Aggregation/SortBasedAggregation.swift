/// A complete or final hash aggregate bounded by the task's share of execution memory, falling back to
/// sort-based aggregation as Spark's `TungstenAggregationIterator` and `ObjectAggregationIterator` do (their
/// `UnsafeKVExternalSorter`): past the share, the groups' states are sorted by key and written as a run, and the
/// aggregate starts again empty; at the end the runs are merged by key, each group's states merged in run order,
/// and the groups put back in their order of first appearance.
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
    /// Rows per batch of a run, and per chunk of the merge.
    let batchRows: Int

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

    /// The layout of a run: partial states, then the run and the position where each group first appeared.
    private var runSchema: StructType {
        let partial = partialSchema
        return StructType(partial.fields + [StructField("run", .long), StructField("first", .long)])
    }

    private var partialSchema: StructType { HashAggregator.partialSchema(keyTypes: keyTypes, calls: calls) }

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

    /// The keys as sort keys: ascending, nulls first (any total order that keeps equal keys together would do,
    /// as long as the run sort and the merge share it).
    private var sortKeys: [SortKey] {
        keyTypes.enumerated().map { k, type in SortKey(expression: .column(index: k, type: type), direction: .ascending) }
    }

    /// The groups so far, sorted by key (`SortKernel`, on the key columns), as the next run; the aggregator starts
    /// again empty.
    private mutating func writeRun(_ directory: SpillDirectory) throws {
        if file == nil { file = try SpillFile(directory: directory, prefix: "temp_local") }
        let state = try aggregator.partialState()
        let n = state.rowCount
        let run = ColumnVector(dataType: .long, storage: .int64([Int64](repeating: Int64(runs.count), count: n)))
        let first = ColumnVector(dataType: .long, storage: .int64((0..<n).map(Int64.init)))
        let tagged = RecordBatch(schema: runSchema, columns: state.columns + [run, first], rowCount: n)
        let order = try SortKernel.order(state, by: sortKeys)
        var segments: [SpillSegment] = []
        var offset = 0
        while offset < n {
            let count = min(batchRows, n - offset)
            segments.append(try file!.append(tagged.gather(Array(order[offset..<offset + count]))))
            offset += count
        }
        runs.append(segments)
        aggregator = aggregator.emptied()
    }

    /// The final result (keys, then one column per call), groups in order of first appearance. Spill files are
    /// removed and the reservation released.
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
        // Every group is on disk now: the merge's reorder sort takes the memory the groups held.
        if let memory { memory.release(&self) }
        let runSchema = self.runSchema, partialSchema = self.partialSchema
        let keyCount = keyTypes.count
        let sortKeys = self.sortKeys
        let spillFile = file!
        var cursors: [SortedRunCursor] = try runs.map { run in
            try SortedRunCursor(next: { i in i < run.count ? try spillFile.read(run[i], schema: runSchema) : nil },
                                keys: sortKeys)
        }
        // Final rows tagged with where their group first appeared, put back in that order by an external sort.
        let finalSchema = StructType(schema.fields + [StructField("run", .long), StructField("first", .long)])
        var reorder = ExternalSorter(
            keys: [SortKey(expression: .column(index: schema.fields.count, type: .long), direction: .ascending),
                   SortKey(expression: .column(index: schema.fields.count + 1, type: .long), direction: .ascending)],
            schema: finalSchema, memory: memory, runBatchRows: batchRows)
        let empty = aggregator.emptied()
        try SortedRunMerge.forEachChunk(&cursors, schema: runSchema, keyCount: keyCount, chunkRows: batchRows) { chunk in
            var chunkAggregator = empty.emptied()
            try chunkAggregator.merge(RecordBatch(schema: partialSchema, columns: Array(chunk.columns.dropLast(2)),
                                                  rowCount: chunk.rowCount))
            if chunkAggregator.overflowed { throw ValueArithmetic.overflow("add") }
            let result = try chunkAggregator.finalBatch(schema: schema)
            // Each group's first row in the chunk comes from its earliest run, where it first appeared. Keys are
            // looked up by identity (floating values by normalized bits), as the aggregator groups them.
            var origin: [[Value]: (Int64, Int64)] = [:]
            let runColumn = chunk.columns[chunk.columns.count - 2], firstColumn = chunk.columns[chunk.columns.count - 1]
            for row in 0..<chunk.rowCount {
                let key = (0..<keyCount).map { ScalaValueHash.identity(chunk.columns[$0].value(at: row)) }
                if origin[key] == nil, case .long(let r) = runColumn.value(at: row),
                   case .long(let f) = firstColumn.value(at: row) {
                    origin[key] = (r, f)
                }
            }
            var runs: [Int64] = [], firsts: [Int64] = []
            for row in 0..<result.rowCount {
                let (r, f) = origin[(0..<keyCount).map { ScalaValueHash.identity(result.columns[$0].value(at: row)) }] ?? (0, 0)
                runs.append(r); firsts.append(f)
            }
            try reorder.insert(RecordBatch(schema: finalSchema, columns: result.columns + [
                ColumnVector(dataType: .long, storage: .int64(runs)), ColumnVector(dataType: .long, storage: .int64(firsts)),
            ], rowCount: result.rowCount))
        }
        _ = directory
        let ordered = try reorder.finish()
        let all = RowSorter.concatenate(ordered, schema: finalSchema)
        return RecordBatch(schema: schema, columns: Array(all.columns.prefix(schema.fields.count)), rowCount: all.rowCount)
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
