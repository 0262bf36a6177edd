/// A nondeterministic function whose values depend on the partition a task reads and on each row's position in
/// it (Spark's `Nondeterministic.initialize(partitionIndex)`): `spark_partition_id`, `monotonically_increasing_id`,
/// `rand`, `randn`. A projection or filter makes one generator per call site and partition
/// (`Execution/PartitionCalls`) and asks it for each batch's values in turn.
public protocol PartitionAwareFunction: NondeterministicFunction, NullabilityAwareFunction {
    /// A fresh generator for one partition; `arguments` are the call's constant arguments (a seed).
    func generator(arguments: [Value], partition: Int) throws -> any PartitionValueGenerator
}

/// The values of one call over one partition's rows, batch after batch.
public protocol PartitionValueGenerator {
    /// The values of the partition's next `rowCount` rows.
    mutating func next(_ rowCount: Int) -> ColumnVector
}

extension PartitionAwareFunction {
    /// Outside a projection or filter there is no partition to depend on.
    public func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                         context: FunctionContext) throws -> ColumnVector {
        throw SparkError(.unsupported, message: "\(name)() is supported in select, withColumn and filter only in Sparkbook")
    }

    public func resultNullable(argumentsNullable: [Bool], argumentTypes: [DataType]) -> Bool { false }
}
