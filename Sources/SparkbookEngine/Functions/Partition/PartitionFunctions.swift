/// Spark's partition-aware functions: the partition index, a row id unique across partitions, and seeded
/// uniform and normal random numbers (one `XORShiftRandom(seed + partitionIndex)` per call and partition).
public enum PartitionFunctions {
    public static let all: [any ScalarFunction] = [
        PartitionID(), MonotonicallyIncreasingID(), InputFileName(), RandomColumn(name: "rand", gaussian: false),
        RandomColumn(name: "randn", gaussian: true),
    ]

    /// `spark_partition_id()`: the index of the partition the row is in (Spark names it in capitals).
    struct PartitionID: PartitionAwareFunction {
        let name = "spark_partition_id"
        let arity = 0...0

        func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
            FunctionSignature(inputs: [], result: .integer)
        }

        func generatedName(_ arguments: [String]) -> String { "SPARK_PARTITION_ID()" }

        func generator(arguments: [Value], partition: Int) throws -> any PartitionValueGenerator {
            Constant(value: .integer(Int32(partition)), type: .integer)
        }

        struct Constant: PartitionValueGenerator {
            let value: Value
            let type: DataType
            mutating func next(_ rowCount: Int) -> ColumnVector { .constant(value, type: type, count: rowCount) }
        }
    }

    /// `input_file_name()`: the file the row was read from, as a `file://` URI; empty for rows not read from a
    /// file in the same task (made in memory, or after a shuffle), as in Spark. Its value comes from the task's
    /// scan (`TaskInputFile`), which `PartitionCalls` hands to `generator(_:)`.
    struct InputFileName: PartitionAwareFunction {
        let name = "input_file_name"
        let arity = 0...0

        func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
            FunctionSignature(inputs: [], result: .string)
        }

        func generatedName(_ arguments: [String]) -> String { "input_file_name()" }

        func generator(arguments: [Value], partition: Int) throws -> any PartitionValueGenerator {
            try Self.generator(.none)
        }

        static func generator(_ file: TaskInputFile) throws -> any PartitionValueGenerator {
            switch file {
            case .none: PartitionID.Constant(value: .string(""), type: .string)
            case .file(let uri): PartitionID.Constant(value: .string(uri), type: .string)
            case .several:
                throw SparkError(.unsupported, message: "input_file_name() over a task that reads several files is not supported yet in Sparkbook; read the files one at a time, or add the name as a column of each")
            }
        }
    }

    /// `monotonically_increasing_id()`: the partition index in the upper 31 bits, the row's position within the
    /// partition in the lower 33.
    struct MonotonicallyIncreasingID: PartitionAwareFunction {
        let name = "monotonically_increasing_id"
        let arity = 0...0

        func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
            FunctionSignature(inputs: [], result: .long)
        }

        func generator(arguments: [Value], partition: Int) throws -> any PartitionValueGenerator {
            Counter(next: Int64(partition) << 33)
        }

        struct Counter: PartitionValueGenerator {
            var next: Int64
            mutating func next(_ rowCount: Int) -> ColumnVector {
                var builder = ColumnBuilder(type: .long, capacity: rowCount)
                for _ in 0..<rowCount {
                    builder.append(.long(next))
                    next += 1
                }
                return builder.finish()
            }
        }
    }

    /// `rand(seed)` (uniform in [0, 1)) and `randn(seed)` (standard normal). The seed must be an INT or BIGINT
    /// literal; without one the call draws a seed of its own.
    struct RandomColumn: PartitionAwareFunction {
        let name: String
        let gaussian: Bool
        var arity: ClosedRange<Int> { 0...1 }

        func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
            if let seed = argumentTypes.first, ![.integer, .long, .short, .byte].contains(seed) {
                throw Signatures.mismatch("\(name)(\(seed.simpleString))", 1, "(\"INT\" or \"BIGINT\")", seed)
            }
            return FunctionSignature(inputs: argumentTypes, result: .double)
        }

        func generator(arguments: [Value], partition: Int) throws -> any PartitionValueGenerator {
            let seed: Int64 = switch arguments.first {
            case .integer(let i): Int64(i)
            case .long(let l): l
            case nil: Int64.random(in: .min ... .max)
            default: throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                                      message: "The seed of \(name) must be an INT or BIGINT constant.",
                                      sqlState: "42K09")
            }
            return Draws(random: XORShiftRandom(seed: seed &+ Int64(partition)), gaussian: gaussian)
        }

        struct Draws: PartitionValueGenerator {
            var random: XORShiftRandom
            let gaussian: Bool
            mutating func next(_ rowCount: Int) -> ColumnVector {
                var values = [Double]()
                values.reserveCapacity(rowCount)
                for _ in 0..<rowCount { values.append(gaussian ? random.nextGaussian() : random.nextDouble()) }
                var builder = ColumnBuilder(type: .double, capacity: rowCount)
                for v in values { builder.append(.double(v)) }
                return builder.finish()
            }
        }
    }
}
