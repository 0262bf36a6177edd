import Testing
@testable import SparkbookEngine

/// Spark's partition-aware functions: values per partition, continuing across batches.
struct PartitionFunctionsTests {
    static func function(_ name: String) throws -> any PartitionAwareFunction {
        try #require(FunctionRegistry.builtIn.function(named: name) as? any PartitionAwareFunction)
    }

    static func values(_ column: ColumnVector) -> [Value] { (0..<column.count).map(column.value(at:)) }

    @Test func partitionIDIsTheIndexOfThePartition() throws {
        var generator = try Self.function("spark_partition_id").generator(arguments: [], partition: 3)
        #expect(Self.values(generator.next(2)) == [.integer(3), .integer(3)])
    }

    @Test func monotonicIDsPutThePartitionAbovePosition33AndCountAcrossBatches() throws {
        var generator = try Self.function("monotonically_increasing_id").generator(arguments: [], partition: 1)
        #expect(Self.values(generator.next(2)) == [.long(8_589_934_592), .long(8_589_934_593)])
        #expect(Self.values(generator.next(1)) == [.long(8_589_934_594)])
    }

    @Test func randSeedsEachPartitionWithSeedPlusItsIndex() throws {
        var generator = try Self.function("rand").generator(arguments: [.integer(42)], partition: 1)
        #expect(Self.values(generator.next(1)) == [.double(0.8017532427858894)])
    }

    @Test func namesAreSparks() throws {
        #expect(try Self.function("spark_partition_id").generatedName([]) == "SPARK_PARTITION_ID()")
        #expect(try Self.function("rand").generatedName(["42"]) == "rand(42)")
    }

    @Test func aSeedMustBeAWholeNumber() throws {
        #expect(throws: SparkError.self) { try Self.function("randn").signature([.string], context: FunctionContext()) }
    }

    @Test func outsideAProjectionOrFilterThereIsNoPartitionToDependOn() throws {
        let f = try Self.function("spark_partition_id")
        #expect(throws: SparkError.self) {
            try f.evaluate([], rowCount: 1, signature: FunctionSignature(inputs: [], result: .integer), context: FunctionContext())
        }
    }
}
