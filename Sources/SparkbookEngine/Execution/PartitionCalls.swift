/// The partition-aware calls (`PartitionAwareFunction`) of a projection's or filter's expressions, evaluated for
/// one partition. Each call site gets its own generator, as Spark initialises each nondeterministic expression
/// per partition; its values for a batch are computed first, in call-site order, and appended to the batch as
/// extra columns that the rewritten expressions read. Expressions without such calls are evaluated as they are.
struct PartitionCalls {
    /// The expressions with each partition-aware call replaced by a reference to its appended column.
    let expressions: [BoundExpression]
    private var generators: [any PartitionValueGenerator] = []
    private var fields: [StructField] = []

    init(_ expressions: [BoundExpression], inputWidth: Int, partition: Int, inputFile: TaskInputFile = .none) throws {
        var sites: [(BoundFunction, [BoundExpression])] = []
        self.expressions = expressions.map { $0.replacingPartitionCalls(firstColumn: inputWidth, sites: &sites) }
        for (call, arguments) in sites {
            let constants = try arguments.map { try $0.evaluate(row: 0, of: .empty(StructType([]))) }
            if call.function is PartitionFunctions.InputFileName {
                generators.append(try PartitionFunctions.InputFileName.generator(inputFile))
            } else {
                generators.append(try (call.function as! any PartitionAwareFunction).generator(arguments: constants, partition: partition))
            }
            fields.append(StructField("_partition_call\(fields.count)", call.signature.result, nullable: false))
        }
    }

    /// The batch with the next values of every call appended, to evaluate `expressions` against.
    mutating func extend(_ batch: RecordBatch) -> RecordBatch {
        guard !generators.isEmpty else { return batch }
        var columns = batch.columns
        for i in generators.indices { columns.append(generators[i].next(batch.rowCount)) }
        return RecordBatch(schema: StructType(batch.schema.fields + fields), columns: columns, rowCount: batch.rowCount)
    }
}

extension BoundExpression {
    /// The expression with each partition-aware call replaced by a column from `firstColumn` on, the calls
    /// collected in order into `sites`.
    func replacingPartitionCalls(firstColumn: Int, sites: inout [(BoundFunction, [BoundExpression])]) -> BoundExpression {
        switch self {
        case .column, .literal: return self
        case .function(let f, let args) where f.function is any PartitionAwareFunction:
            sites.append((f, args))
            return .column(index: firstColumn + sites.count - 1, type: f.signature.result)
        case .function(let f, let args):
            return .function(f, args.map { $0.replacingPartitionCalls(firstColumn: firstColumn, sites: &sites) })
        case .unary(let op, let e, let t):
            return .unary(op, e.replacingPartitionCalls(firstColumn: firstColumn, sites: &sites), type: t)
        case .binary(let op, let l, let r, let t):
            let left = l.replacingPartitionCalls(firstColumn: firstColumn, sites: &sites)
            return .binary(op, left, r.replacingPartitionCalls(firstColumn: firstColumn, sites: &sites), type: t)
        case .cast(let e, let t):
            return .cast(e.replacingPartitionCalls(firstColumn: firstColumn, sites: &sites), t)
        }
    }
}
