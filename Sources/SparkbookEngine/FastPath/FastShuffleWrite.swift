/// The map side of a shuffle on the fast paths, tried before the general `HashAggregator` one:
///
/// 1. `scan csv -> (project of plain columns) -> partial aggregate` runs fused (`FusedCSVAggregation`);
/// 2. other trees of scans, projects and filters stream their scan in batches into the typed aggregator;
/// 3. anything else (or an aggregate the typed aggregator does not support) returns false.
enum FastShuffleWrite {
    /// Rows per batch when a scan streams through the general operators.
    static let streamingBatchRows = 65_536

    /// Writes the partial aggregate of `partition` and returns true, or returns false to leave it to the caller.
    static func write(_ op: PhysicalOperator, partition: Int, spec: AggregateSpec, handle: ShuffleHandle,
                      execution: OperatorExecution) throws -> Bool {
        guard let plan = TypedAggregationPlan(spec) else { return false }
        var aggregator = TypedPartialAggregator(plan: plan)
        if let (scan, columns, remapped) = fusable(op, plan), let csv = scan as? CSVScan,
           let fused = FusedCSVAggregation(reader: csv.reader, columns: columns, plan: remapped) {
            aggregator = TypedPartialAggregator(plan: remapped)
            if let split = csv.split(partition) {
                let rows = try csv.translatingErrors {
                    try fused.run(path: split.path, split: split.range, into: &aggregator)
                }
                execution.metrics?.inputRead(bytes: csv.inputBytes(partition: partition) ?? 0, records: rows)
            }
        } else {
            let block = AggregationBatch(capacity: FusedCSVAggregation.blockRows, keyCount: plan.keyColumns.count,
                                         inputCount: plan.calls.count)
            try forEachBatch(op, partition: partition, execution: execution) { batch in
                aggregator.consume(batch, block: block)
            }
        }
        if aggregator.overflowed { throw ValueArithmetic.overflow("add") }
        execution.shuffles.write(shuffle: execution.shuffleIds[handle.id]!, mapPartition: partition,
                                 batches: aggregator.partialBatches(partitions: handle.partitions))
        return true
    }

    /// A scan, possibly under a project of plain columns, with the plan's ordinals moved onto the scan's output.
    static func fusable(_ op: PhysicalOperator, _ plan: TypedAggregationPlan)
        -> (any DataScan, [Int], TypedAggregationPlan)? {
        switch op {
        case .scan(let relation, let columns, _):
            return (relation.scan, columns, plan)
        case .project(let expressions, _, .scan(let relation, let columns, _)):
            var ordinals: [Int] = []
            for expression in expressions {
                guard case .column(let index, _) = expression else { return nil }
                ordinals.append(index)
            }
            return (relation.scan, columns, plan.remapped { ordinals[$0] })
        default:
            return nil
        }
    }

    /// Runs `op` for `partition`, streaming its scan leaf in batches when the tree is only projects and
    /// filters over a chunkable scan; otherwise one run of the general operators.
    static func forEachBatch(_ op: PhysicalOperator, partition: Int, execution: OperatorExecution,
                             _ body: (RecordBatch) throws -> Void) throws {
        if let (relation, columns) = streamableLeaf(op), let scan = relation.scan as? any StreamingScan {
            let inputBytes = scan.inputBytes(partition: partition)
            var records = 0
            defer { if let inputBytes { execution.metrics?.inputRead(bytes: inputBytes, records: records) } }
            try scan.forEachBatch(partition: partition, columns: columns, maxRows: streamingBatchRows) { batch in
                records += batch.rowCount
                let local = LocalRelation(schema: batch.schema,
                                          partitions: Array(repeating: batch, count: partition + 1))
                for out in try execution.run(replacingLeaf(op, with: .local(local)), partition: partition) {
                    try body(out)
                }
            }
            return
        }
        for batch in try execution.run(op, partition: partition) { try body(batch) }
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

extension TypedAggregationPlan {
    /// The plan with every input ordinal passed through `map`.
    func remapped(_ map: (Int) -> Int) -> TypedAggregationPlan {
        TypedAggregationPlan(keyColumns: keyColumns.map(map), keyTypes: keyTypes, calls: calls,
                             callColumns: callColumns.map { $0.map(map) }, callInputTypes: callInputTypes,
                             aggregateCalls: aggregateCalls)
    }
}
