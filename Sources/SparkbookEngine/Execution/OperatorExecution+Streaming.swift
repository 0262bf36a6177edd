/// A stage's operators batch by batch: a tree of deterministic projects and filters over a streaming scan (a
/// CSV split, a range) reads the scan in batches and runs the operators on each, so a long partition is never
/// materialised whole (the typed partial aggregation and the driver's result-size bound rely on it).
extension OperatorExecution {
    /// Rows per batch when a scan streams through the general operators.
    static let streamingBatchRows = 65_536

    /// Runs `op` for `partition`, streaming its scan leaf in batches when the tree is only projects and
    /// filters over a chunkable scan, possibly under a limit (which stops the scan once enough rows are in);
    /// otherwise one run of the general operators.
    func forEachBatch(_ op: PhysicalOperator, partition: Int, _ body: (RecordBatch) throws -> Void) throws {
        if case .limit(let n, let child) = op, Self.streamableLeaf(child) != nil {
            var remaining = n
            do {
                // Batches no longer than the limit, so a small limit reads (and counts) only its rows.
                try forEachBatch(child, partition: partition, maxRows: max(1, min(n, Self.streamingBatchRows)),
                                 readsWhole: false) { batch in
                    let part = batch.prefix(remaining)
                    remaining -= part.rowCount
                    if part.rowCount > 0 { try body(part) }
                    if remaining <= 0 { throw EnoughRows() }
                }
            } catch is EnoughRows {}
            return
        }
        try forEachBatch(op, partition: partition, maxRows: Self.streamingBatchRows, readsWhole: true, body)
    }

    /// `readsWhole`: the scan's input bytes are claimed in the task's metrics; a limit reads part of the split,
    /// how much is not measured, so it reports records only (bytes would overstate the scan's throughput).
    private func forEachBatch(_ op: PhysicalOperator, partition: Int, maxRows: Int, readsWhole: Bool,
                              _ body: (RecordBatch) throws -> Void) throws {
        if let (relation, columns) = Self.streamableLeaf(op), let scan = relation.scan as? any StreamingScan {
            let inputBytes = scan.inputBytes(partition: partition)
            var records = 0
            defer { if let inputBytes { metrics?.inputRead(bytes: readsWhole ? inputBytes : 0, records: records) } }
            try scan.forEachBatch(partition: partition, columns: columns, maxRows: maxRows) { batch in
                records += batch.rowCount
                // The operators above are deterministic: they do not depend on the partition's number, so the
                // batch runs as the only partition of a local relation.
                let local = LocalRelation(schema: batch.schema, partitions: [batch])
                for out in try run(Self.replacingLeaf(op, with: .local(local)), partition: 0) {
                    try body(out)
                }
            }
            return
        }
        if memory != nil, let leaf = Self.statefulLeaf(op) {
            // The operators above the leaf run on each of its batches as a local relation's only partition.
            let direct = switch op { case .shuffleRead, .hashJoin, .window, .cachedScan: true; default: false }
            func pass(_ batch: RecordBatch) throws {
                try interruption?.check()
                guard !direct else { return try body(batch) }
                let local = LocalRelation(schema: batch.schema, partitions: [batch])
                for out in try run(Self.replacingLeaf(op, with: .local(local)), partition: 0) { try body(out) }
            }
            switch leaf {
            case .shuffleRead(let handle):
                // Pieces on disk are read one at a time, as they are needed.
                for piece in shuffles.pieces(shuffle: shuffleIds[handle.id]!,
                                             reducePartitions: partitions.range(of: handle, partition: partition)!) {
                    try pass(try piece.batch())
                }
            case .cachedScan(let relation):
                // A cached partition on disk is read a segment at a time.
                try relation.forEachBatch(partition: partition, pass)
            case .hashJoin(let spec, let left, let right):
                try forEachJoined(spec, left, right, partition: partition, pass)
            case .window(let spec, let child):
                try forEachWindowed(spec, child, partition: partition, pass)
            default:
                for batch in try run(op, partition: partition) { try body(batch) }
            }
            return
        }
        for batch in try run(op, partition: partition) { try body(batch) }
    }

    /// The operator under deterministic projects and filters whose output an operator holding state (a join,
    /// a window, a shuffle read, a cached partition) hands on batch by batch when the task's memory is bounded.
    private static func statefulLeaf(_ op: PhysicalOperator) -> PhysicalOperator? {
        switch op {
        case .shuffleRead, .hashJoin, .window, .cachedScan: return op
        case .project(let expressions, _, let child) where expressions.allSatisfy(\.isDeterministic): return statefulLeaf(child)
        case .filter(let condition, let child) where condition.isDeterministic: return statefulLeaf(child)
        default: return nil
        }
    }

    /// Not under a nondeterministic projection or filter: each batch runs the operators afresh, which would
    /// restart a partition's row positions and random draws (`PartitionCalls`).
    private static func streamableLeaf(_ op: PhysicalOperator) -> (ScanRelation, [Int])? {
        switch op {
        case .scan(let relation, let columns, _): return (relation, columns)
        case .project(let expressions, _, let child) where expressions.allSatisfy(\.isDeterministic): return streamableLeaf(child)
        case .filter(let condition, let child) where condition.isDeterministic: return streamableLeaf(child)
        default: return nil
        }
    }

    private static func replacingLeaf(_ op: PhysicalOperator, with leaf: PhysicalOperator) -> PhysicalOperator {
        switch op {
        case .project(let e, let s, let child): return .project(e, schema: s, replacingLeaf(child, with: leaf))
        case .filter(let c, let child): return .filter(c, replacingLeaf(child, with: leaf))
        default: return leaf
        }
    }
}

extension OperatorExecution {
    /// A result task's rows, counted against the job's `spark.driver.maxResultSize` batch by batch as they are
    /// produced, so a result too large for the driver fails before it is held whole.
    func boundedResult(_ op: PhysicalOperator, partition: Int, account: ResultSizeAccount) throws -> [RecordBatch] {
        var batches: [RecordBatch] = []
        var bytes: Int64 = 0
        do {
            try forEachBatch(op, partition: partition) { batch in
                let size = batch.serializedResultSize
                bytes += size
                try account.add(size)
                batches.append(batch)
            }
        } catch {
            account.release(bytes)
            throw error
        }
        account.taskFinished()
        return batches
    }
}
