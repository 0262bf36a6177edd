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
