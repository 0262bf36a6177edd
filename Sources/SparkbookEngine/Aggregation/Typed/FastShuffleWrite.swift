/// The map side of a shuffle on the fast paths, tried before the general `HashAggregator` one:
///
/// 1. `scan csv -> (project of plain columns) -> partial aggregate` runs fused (`FusedCSVAggregation`);
/// 2. so does `scan parquet -> (project of plain columns) -> partial aggregate` (`FusedParquetAggregation`);
/// 3. other trees of scans, projects and filters stream their scan in batches into the typed aggregator;
/// 4. anything else (or an aggregate the typed aggregator does not support) returns false.
enum FastShuffleWrite {
    /// Writes the partial aggregate of `partition` and returns true, or returns false to leave it to the caller.
    static func write(_ op: PhysicalOperator, partition: Int, spec: AggregateSpec, handle: ShuffleHandle,
                      execution: OperatorExecution) throws -> Bool {
        guard let plan = TypedAggregationPlan(spec) else { return false }
        var aggregator = TypedPartialAggregator(plan: plan)
        let memory = execution.memory
        // The groups visit `spilling` after each block (swapped in, not copied) to reserve memory or spill.
        var spilling = SpillingPartialAggregator(TypedPartialAggregator(plan: plan), partitions: handle.partitions,
                                                 directory: memory?.spillDirectory)
        defer { if let memory { memory.release(&spilling) } }
        func reserve(_ aggregator: inout TypedPartialAggregator) throws {
            guard memory != nil else { return }
            swap(&spilling.aggregator, &aggregator)
            defer { swap(&spilling.aggregator, &aggregator) }
            try spilling.reserve(memory)
        }
        if let (scan, columns, remapped) = fusable(op, plan), let csv = scan as? CSVScan, csv.partitionColumns.isEmpty,
           let fused = FusedCSVAggregation(reader: csv.reader, columns: columns, plan: remapped) {
            aggregator = TypedPartialAggregator(plan: remapped)
            if let split = csv.split(partition) {
                let rows = try csv.translatingErrors {
                    // Past the task's share, the groups so far go to disk as one run of the map output.
                    try fused.run(path: split.path, split: split.range, into: &aggregator, afterBlock: reserve)
                }
                execution.metrics?.inputRead(bytes: csv.inputBytes(partition: partition) ?? 0, records: rows)
            }
        } else if let (scan, columns, remapped) = fusable(op, plan),
                  let fused = FusedParquetAggregation(scan: scan, columns: columns, plan: remapped) {
            aggregator = TypedPartialAggregator(plan: remapped)
            let rows = try fused.run(partition: partition, into: &aggregator, afterBlock: reserve)
            execution.metrics?.inputRead(bytes: scan.inputBytes(partition: partition) ?? 0, records: rows)
        } else {
            let block = AggregationBatch(capacity: FusedCSVAggregation.blockRows, keyCount: plan.keyColumns.count,
                                         inputCount: plan.callColumns.count)
            try execution.forEachBatch(op, partition: partition) { batch in
                aggregator.consume(batch, block: block)
                try reserve(&aggregator)
            }
        }
        if aggregator.overflowed { throw ValueArithmetic.overflow("add") }
        let output = aggregator.partialOutput(partitions: handle.partitions)
        try execution.shuffles.write(shuffle: execution.shuffleIds[handle.id]!, mapPartition: partition,
                                     blocks: spilling.runs.blocks(final: output.batches), lastPieceRows: output.hashedRows)
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
}

extension TypedAggregationPlan {
    /// The plan with every input ordinal passed through `map`.
    func remapped(_ map: (Int) -> Int) -> TypedAggregationPlan {
        TypedAggregationPlan(keyColumns: keyColumns.map(map), keyTypes: keyTypes, calls: calls,
                             callColumns: callColumns.map { $0.map(map) }, callInputTypes: callInputTypes, pairSlots: pairSlots,
                             aggregateCalls: aggregateCalls)
    }
}
