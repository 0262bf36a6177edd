/// The operators that hold a partition's state, bounded by the task's share of execution memory: they read their
/// child batch by batch (`forEachBatch`) and spill past the share (`Spill/`).
extension OperatorExecution {
    /// Sorts a partition: in memory while the share allows (today's single sorted batch), else sorted runs on disk
    /// merged (`ExternalSorter`).
    func externalSort(_ keys: [SortKey], _ child: PhysicalOperator, partition: Int) throws -> [RecordBatch] {
        var sorter = ExternalSorter(keys: keys, schema: child.schema, memory: memory)
        try forEachInput(child, partition: partition) { try sorter.insert($0) }
        return try sorter.finish()
    }

    /// A child's batches for an operator that holds state: streamed from its scan when the task's memory is
    /// bounded, so the rows are not all held twice; otherwise the child's batches as `run` gives them.
    func forEachInput(_ child: PhysicalOperator, partition: Int, _ body: (RecordBatch) throws -> Void) throws {
        if memory == nil {
            for batch in try run(child, partition: partition) { try body(batch) }
        } else {
            try forEachBatch(child, partition: partition, body)
        }
    }

    /// The general map side of an aggregate shuffle: rows folded into a `HashAggregator`; past the share its
    /// partial states go to disk as one run of the map output (`SpilledShuffleRuns`) and it starts again.
    func writeSpillingPartialAggregate(_ op: PhysicalOperator, partition: Int, handle: ShuffleHandle,
                                       spec: AggregateSpec) throws {
        var spilling = SpillingPartialAggregator(HashAggregator(keys: spec.keys, keyTypes: spec.keyTypes, calls: spec.calls),
                                              partitions: handle.partitions, directory: memory?.spillDirectory)
        if let memory, spilling.aggregator.spillable {
            defer { memory.release(&spilling) }
            try forEachInput(op, partition: partition) { batch in
                try spilling.aggregator.consume(batch)
                try spilling.reserve(memory)
            }
        } else {
            for batch in try run(op, partition: partition) { try spilling.aggregator.consume(batch) }
        }
        try shuffles.write(shuffle: shuffleIds[handle.id]!, mapPartition: partition,
                           blocks: spilling.runs.blocks(final: spilling.aggregator.partialBatches(partitions: handle.partitions)))
    }
}

/// Joins and windows past the task's share: both read their input sorted by key from an external sort (which
/// spills as the sort operator's does) and work through it a chunk of whole key groups at a time
/// (`SortedKeyGroups`), handing their output on batch by batch; what each chunk computes is the in-memory
/// operator's answer for those keys, so rows and order are unchanged.
extension OperatorExecution {
    /// A join's output batch by batch. A sort-merge join whose inputs would not fit the task's share sorts both
    /// sides externally and merges them in chunks cut at the same key (Spark's `SortMergeJoinExec`); otherwise
    /// both sides are held and joined in memory, the output in one batch (gathered a batch at a time when the
    /// inputs did not fit the share, as for a broadcast join whose build side was underestimated).
    func forEachJoined(_ spec: JoinSpec, _ left: PhysicalOperator, _ right: PhysicalOperator, partition: Int,
                       _ body: (RecordBatch) throws -> Void) throws {
        let batchRows = Self.streamingBatchRows
        let fitting = memory.map { fits([left, right], partition: partition, memory: $0) } ?? true
        guard !fitting, spec.strategy == .sortMerge, !spec.leftKeys.isEmpty else {
            let l = RowSorter.concatenate(try run(left, partition: partition), schema: left.schema)
            let r = RowSorter.concatenate(try run(right, partition: partition), schema: right.schema)
            return try HashJoiner.join(spec, left: l, right: r, batchRows: fitting ? .max : batchRows, body)
        }
        var leftSide = try sortedKeyGroups(left, by: spec.leftKeys, partition: partition)
        defer { leftSide.close() }
        var rightSide = try sortedKeyGroups(right, by: spec.rightKeys, partition: partition)
        defer { rightSide.close() }
        let n = sortedChunkRows
        while true {
            // The chunk ends at the smaller of the sides' n-th keys, so neither takes much more than n rows
            // beyond its last key group; none when both sides have fewer left (the last chunk).
            try leftSide.fill(n)
            try rightSide.fill(n)
            var bound = leftSide.bufferedRows >= n ? leftSide.key(at: n - 1) : nil
            if rightSide.bufferedRows >= n {
                let key = rightSide.key(at: n - 1)
                if bound.map({ key.compare(to: $0) < 0 }) ?? true { bound = key }
            }
            let l = RowSorter.concatenate(try leftSide.take(through: bound), schema: left.schema)
            let r = RowSorter.concatenate(try rightSide.take(through: bound), schema: right.schema)
            if l.rowCount > 0 || r.rowCount > 0 {
                try HashJoiner.join(spec, left: l, right: r, batchRows: batchRows, body)
            }
            if bound == nil { return }
        }
    }

    /// A window's output batch by batch. Past the task's share, the rows are sorted externally by partition and
    /// order keys and evaluated a chunk of whole window partitions at a time; otherwise in one piece. A window
    /// with no partition keys is one partition, held whole either way.
    func forEachWindowed(_ spec: WindowSpec, _ child: PhysicalOperator, partition: Int,
                         _ body: (RecordBatch) throws -> Void) throws {
        guard let memory, !spec.partitionKeys.isEmpty, !fits([child], partition: partition, memory: memory) else {
            let all = RowSorter.concatenate(try run(child, partition: partition), schema: child.schema)
            return try body(WindowEvaluator.evaluate(spec, all))
        }
        var groups = try sortedKeyGroups(child, by: spec.partitionKeys, then: spec.orderKeys, partition: partition)
        defer { groups.close() }
        let n = sortedChunkRows
        while true {
            try groups.fill(n)
            let bound = groups.bufferedRows >= n ? groups.key(at: n - 1) : nil
            let rows = RowSorter.concatenate(try groups.take(through: bound), schema: child.schema)
            if rows.rowCount > 0 { try body(WindowEvaluator.evaluate(spec, rows)) }
            if bound == nil { return }
        }
    }

    /// `op`'s rows through an external sort by `keys` ascending (nulls first) and then `orderKeys`, read back
    /// in whole groups of `keys`.
    private func sortedKeyGroups(_ op: PhysicalOperator, by keys: [BoundExpression], then orderKeys: [SortKey] = [],
                                 partition: Int) throws -> SortedKeyGroups {
        var sorter = ExternalSorter(keys: keys.map { SortKey(expression: $0, direction: .ascending) } + orderKeys,
                                    schema: op.schema, memory: memory)
        try forEachInput(op, partition: partition) { try sorter.insert($0) }
        return SortedKeyGroups(try sorter.sortedBatches(), keys: keys)
    }

    /// Whether the inputs, held with about as much again for the operator's work, fit the task's share; an
    /// input whose size is not known before it is read (not a shuffle read) is taken to fit.
    private func fits(_ inputs: [PhysicalOperator], partition: Int, memory: TaskMemory) -> Bool {
        var bytes = 0
        for input in inputs {
            guard let size = inputBytes(input, partition: partition) else { return true }
            bytes += size
        }
        return memory.fits(2 * Int64(bytes))
    }

    /// The bytes `op` reads for `partition`, where they are known before reading: a shuffle read's blocks or
    /// rows in memory, through projections and filters.
    private func inputBytes(_ op: PhysicalOperator, partition: Int) -> Int? {
        switch op {
        case .shuffleRead(let handle):
            partitions.range(of: handle, partition: partition).map {
                shuffles.readSize(shuffle: shuffleIds[handle.id]!, reducePartitions: $0).bytes
            }
        case .local(let relation): relation.partitions[partition].byteSize
        case .project(_, _, let child), .filter(_, let child): inputBytes(child, partition: partition)
        default: nil
        }
    }
}
