/// Runs one stage's operator tree for one partition, materialising its batches.
struct OperatorExecution: Sendable {
    let shuffles: ShuffleStore
    /// Global shuffle ids for the plan's local ones.
    let shuffleIds: [Int: Int]
    /// The reduce partitions each task of a shuffle-reading stage covers (after coalescing).
    let reduceRanges: [Range<Int>]

    func run(_ op: PhysicalOperator, partition: Int) throws -> [RecordBatch] {
        switch op {
        case .scan(let relation, let columns, _):
            return [try relation.scan.read(partition: partition, columns: columns)]
        case .local(let relation):
            return [relation.partitions[partition]]
        case .shuffleRead(let handle):
            return shuffles.read(shuffle: shuffleIds[handle.id]!, reducePartitions: reduceRanges[partition])
        case .project(let expressions, let schema, let child):
            return try run(child, partition: partition).map { batch in
                RecordBatch(schema: schema, columns: try expressions.map { try $0.evaluate(batch) },
                            rowCount: batch.rowCount)
            }
        case .filter(let condition, let child):
            return try run(child, partition: partition).map { batch in
                let mask = try condition.evaluate(batch)
                guard case .boolean(let values) = mask.storage else { return batch }
                let kept = (0..<batch.rowCount).filter { values[$0] && !mask.isNull($0) }
                return kept.count == batch.rowCount ? batch : batch.gather(kept)
            }
        case .limit(let n, let child):
            var remaining = n
            var out: [RecordBatch] = []
            for batch in try run(child, partition: partition) where remaining > 0 {
                let part = batch.prefix(remaining)
                remaining -= part.rowCount
                out.append(part)
            }
            return out
        case .finalAggregate(let spec, let child):
            var aggregator = HashAggregator(keys: [], keyTypes: spec.keyTypes, calls: spec.calls)
            for batch in try run(child, partition: partition) { aggregator.merge(batch) }
            // A grouped aggregate over an empty partition yields nothing; a global one yields its single row.
            let result = aggregator.finalBatch(schema: spec.resultSchema)
            return [RecordBatch(schema: spec.outputSchema, columns: try spec.output.map { try $0.evaluate(result) },
                                rowCount: result.rowCount)]
        }
    }

    /// The map side of a shuffle: partial aggregation of the partition, split by key hash.
    func writeShuffle(_ op: PhysicalOperator, partition: Int, handle: ShuffleHandle, spec: AggregateSpec) throws {
        // Typed and fused partial aggregation (FastPath/) when the stage and the aggregate allow it.
        if try FastShuffleWrite.write(op, partition: partition, spec: spec, handle: handle, execution: self) { return }
        var aggregator = HashAggregator(keys: spec.keys, keyTypes: spec.keyTypes, calls: spec.calls)
        for batch in try run(op, partition: partition) { try aggregator.consume(batch) }
        shuffles.write(shuffle: shuffleIds[handle.id]!, mapPartition: partition,
                       batches: aggregator.partialBatches(partitions: handle.partitions))
    }
}
