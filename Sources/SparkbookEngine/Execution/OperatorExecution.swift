import SparkbookCluster

/// Runs one stage's operator tree for one partition, materialising its batches.
struct OperatorExecution: Sendable {
    let shuffles: ShuffleStore
    /// Global shuffle ids for the plan's local ones.
    let shuffleIds: [Int: Int]
    /// The stage's partitions: the reduce partitions each shuffle read covers, a union's children in turn.
    let partitions: StagePartitions
    /// The running task's kill flag: every operator (and every streamed batch) checks it first, so a cancelled
    /// job's tasks stop within a batch.
    var interruption: TaskInterruption?
    /// The running task's metrics, where scans add the bytes and records they read from input files.
    var metrics: TaskMetricsCollector?
    /// The running task's share of execution memory, where spilling operators reserve (nil: unbounded).
    var memory: TaskMemory?
    /// Rows of a sorted input a join or window past the task's share takes before cutting at the next key
    /// boundary (`forEachJoined`, `forEachWindowed`).
    var sortedChunkRows = 65_536

    /// The file a projection's or filter's rows come from: its scan's, through projections and filters in the
    /// same task; none past a shuffle or other operator, where Spark's `input_file_name()` is empty too.
    static func inputFile(of op: PhysicalOperator, partition: Int) -> TaskInputFile {
        switch op {
        case .scan(let relation, _, _): relation.scan.inputFile(partition: partition)
        case .local(let relation): TaskInputFile(files: relation.sourceFiles)
        case .project(_, _, let child), .filter(_, let child): inputFile(of: child, partition: partition)
        default: .none
        }
    }

    func run(_ op: PhysicalOperator, partition: Int) throws -> [RecordBatch] {
        try interruption?.check()
        switch op {
        case .scan(let relation, let columns, _):
            let batch = try relation.scan.read(partition: partition, columns: columns)
            if let bytes = relation.scan.inputBytes(partition: partition) {
                metrics?.inputRead(bytes: bytes, records: batch.rowCount)
            }
            return [batch]
        case .local(let relation):
            return [relation.partitions[partition]]
        case .cachedScan(let relation):
            return try relation.read(partition: partition)
        case .shuffleRead(let handle):
            return try shuffles.read(shuffle: shuffleIds[handle.id]!, reducePartitions: partitions.range(of: handle, partition: partition)!)
        case .project(let expressions, let schema, let child):
            var calls = try PartitionCalls(expressions, inputWidth: child.schema.count, partition: partition,
                                           inputFile: Self.inputFile(of: child, partition: partition))
            return try run(child, partition: partition).map { batch in
                let input = calls.extend(batch)
                return RecordBatch(schema: schema, columns: try calls.expressions.map { try $0.evaluate(input) },
                                   rowCount: batch.rowCount)
            }
        case .filter(let condition, let child):
            var calls = try PartitionCalls([condition], inputWidth: child.schema.count, partition: partition,
                                           inputFile: Self.inputFile(of: child, partition: partition))
            return try run(child, partition: partition).map { batch in
                let mask = try calls.expressions[0].evaluate(calls.extend(batch))
                guard case .boolean(let values) = mask.storage else { return batch }
                let kept = (0..<batch.rowCount).filter { values[$0] && !mask.isNull($0) }
                return kept.count == batch.rowCount ? batch : batch.gather(kept)
            }
        case .limit(let n, let child):
            // Like Spark's limit over a file scan, stop reading the split once enough rows are in.
            if case .scan(let relation, let columns, _) = child, let scan = relation.scan as? any StreamingScan {
                let rows = try Self.firstRows(n, of: scan, partition: partition, columns: columns)
                // Only part of the split was read, and how much is not measured: records only, no bytes claimed
                // (they would overstate the scan's throughput).
                if scan.inputBytes(partition: partition) != nil {
                    metrics?.inputRead(bytes: 0, records: rows.reduce(0) { $0 + $1.rowCount })
                }
                return rows
            }
            var remaining = n
            var out: [RecordBatch] = []
            for batch in try run(child, partition: partition) where remaining > 0 {
                let part = batch.prefix(remaining)
                remaining -= part.rowCount
                out.append(part)
            }
            return out
        case .completeAggregate(let spec, let child):
            var aggregation = SortBasedAggregation<HashAggregator>(.complete, keys: spec.keys, keyTypes: spec.keyTypes, calls: spec.calls,
                                                   memory: memory)
            try forEachInput(child, partition: partition) { try aggregation.add($0) }
            let result = try AggregateOutputOrder(spec).apply(to: try aggregation.finish(schema: spec.resultSchema),
                                                              keyCount: spec.keyTypes.count)
            return [RecordBatch(schema: spec.outputSchema, columns: try spec.output.map { try $0.evaluate(result) },
                                rowCount: result.rowCount)]
        case .sort(let keys, let child):
            return try externalSort(keys, child, partition: partition)
        case .concat(let children, let schema):
            // Narrow, as Spark's UnionExec: this partition is one partition of one child.
            guard let (child, inner) = partitions.locate(partition, in: children) else { return [] }
            return try run(children[child], partition: inner).map {
                RecordBatch(schema: schema, columns: $0.columns, rowCount: $0.rowCount)
            }
        case .hashJoin(let spec, let left, let right):
            var out: [RecordBatch] = []
            try forEachJoined(spec, left, right, partition: partition) { out.append($0) }
            return out
        case .generate(let spec, let child):
            return try run(child, partition: partition).map(spec.generate)
        case .sample(let sampling, let child):
            var sampler = sampling.sampler(partition: partition)
            return try run(child, partition: partition).map { sampler.sample($0) }
        case .windowGroupLimit(let spec, let child):
            var limiter = WindowGroupLimiter(spec: spec, schema: child.schema)
            try forEachBatch(child, partition: partition) { try limiter.add($0) }
            return [try limiter.finish()]
        case .window(let spec, let child):
            var out: [RecordBatch] = []
            try forEachWindowed(spec, child, partition: partition) { out.append($0) }
            return out
        case .finalAggregate(let spec, let child):
            var result: RecordBatch
            // A grouped aggregate over an empty partition yields nothing; a global one yields its single row.
            if let typed = TypedFinalAggregator(keyTypes: spec.keyTypes, calls: spec.calls) {
                // Typed final aggregation (Aggregation/Typed/) when the keys and calls allow it, spilling sorted
                // runs past the task's share as the general one does.
                var aggregation = SortBasedAggregation(final: typed, keyTypes: spec.keyTypes, calls: spec.calls,
                                                       memory: memory)
                // The map outputs' distinct keys bound the groups: the table is sized once, not grown.
                if case .shuffleRead(let handle) = child, let range = partitions.range(of: handle, partition: partition) {
                    try aggregation.reserve(groups: shuffles.coalescingRows(shuffle: shuffleIds[handle.id]!,
                                                                            reducePartitions: range))
                }
                try forEachInput(child, partition: partition) { try aggregation.add($0) }
                result = try aggregation.finish(schema: spec.resultSchema)
            } else {
                var aggregation = SortBasedAggregation<HashAggregator>(.final, keys: [], keyTypes: spec.keyTypes, calls: spec.calls,
                                                       memory: memory)
                try forEachInput(child, partition: partition) { try aggregation.add($0) }
                result = try aggregation.finish(schema: spec.resultSchema)
            }
            result = try AggregateOutputOrder(spec).apply(to: result, keyCount: spec.keyTypes.count)
            return [RecordBatch(schema: spec.outputSchema, columns: try spec.output.map { try $0.evaluate(result) },
                                rowCount: result.rowCount)]
        }
    }

    /// The map side of a shuffle: partial aggregation of the partition, split by key hash.
    func writeShuffle(_ op: PhysicalOperator, partition: Int, handle: ShuffleHandle, spec: AggregateSpec) throws {
        // Typed and fused partial aggregation (Aggregation/Typed/, IO/CSV/Fused/) when the stage and the aggregate allow it.
        if try FastShuffleWrite.write(op, partition: partition, spec: spec, handle: handle, execution: self) { return }
        try writeSpillingPartialAggregate(op, partition: partition, handle: handle, spec: spec)
    }

    /// The map side of an exchange of raw rows: each row to the reduce partition its partitioning picks. The input
    /// streams batch by batch into a `SpillingExchangeBuffer`, held within the task's execution share and spilled
    /// past it, so a map task never holds its split whole; a round-robin deal needs every row first (it deals them
    /// in the order of their hashes) and reads the input whole.
    func writeExchange(_ op: PhysicalOperator, partition: Int, mapCount: Int, handle: ShuffleHandle,
                       partitioning: ExchangePartitioning) throws {
        let n = handle.partitions
        var buffer = SpillingExchangeBuffer(partitions: n, schema: handle.schema, directory: memory?.spillDirectory)
        defer { if let memory { memory.release(&buffer) } }
        var dealt = 0
        func deal(_ batch: RecordBatch) throws {
            // A whole batch to one partition moves no row; otherwise the rows are dealt by a counting sort.
            let partitionOf: [Int32]
            switch partitioning {
            case .single: return buffer.add(batch, to: 0)
            case .contiguous: return buffer.add(batch, to: min(n - 1, partition * n / max(1, mapCount)))
            case .roundRobin:
                partitionOf = (0..<batch.rowCount).map { _ in dealt = (dealt + 1) % n; return Int32(dealt) }
            case .hash(let keys):
                partitionOf = try ShufflePartitioner.partitions(of: keys, in: batch, count: n)
            }
            let parts = RowPartitioning(partitionOf: partitionOf, count: n).split(batch, schema: batch.schema)
            for p in 0..<n where parts[p].rowCount > 0 { buffer.add(parts[p], to: p) }
        }
        if case .roundRobin = partitioning {
            dealt = RoundRobinExchange.start(mapPartition: partition, partitions: n)
            for batch in RoundRobinExchange.dealingOrder(try run(op, partition: partition), schema: op.schema) {
                try deal(batch)
                try buffer.reserve(memory)
            }
        } else {
            try forEachInput(op, partition: partition) { batch in
                try deal(batch)
                try buffer.reserve(memory)
            }
        }
        // The reservation goes back before the blocks ask the pool for storage.
        let blocks = buffer.blocks()
        if let memory { memory.release(&buffer) }
        try shuffles.write(shuffle: shuffleIds[handle.id]!, mapPartition: partition, blocks: blocks)
    }

    /// Ends a scan early once a limit has its rows.
    struct EnoughRows: Error {}

    /// The first `n` rows of a partition, read in one batch of at most `n` rows.
    static func firstRows(_ n: Int, of scan: any StreamingScan, partition: Int, columns: [Int]) throws -> [RecordBatch] {
        var first: RecordBatch?
        do {
            try scan.forEachBatch(partition: partition, columns: columns, maxRows: max(1, n)) { batch in
                first = batch.prefix(n)
                throw EnoughRows()
            }
        } catch is EnoughRows {}
        return first.map { [$0] } ?? []
    }
}
