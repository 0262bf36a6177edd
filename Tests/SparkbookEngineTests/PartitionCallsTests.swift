import Testing
@testable import SparkbookEngine

/// Partition-aware calls in a projection: one generator per call site, values appended as columns.
struct PartitionCallsTests {
    static func call(_ name: String, _ arguments: [BoundExpression] = []) throws -> BoundExpression {
        let f = try FunctionRegistry.builtIn.lookup(name)
        let signature = try f.signature(arguments.map(\.dataType), context: FunctionContext())
        return .function(BoundFunction(function: f, signature: signature, context: FunctionContext()), arguments)
    }

    static let input = RecordBatch(schema: StructType([StructField("x", .long)]),
                                   columns: [.constant(.long(1), type: .long, count: 2)], rowCount: 2)

    @Test func eachCallSiteHasItsOwnGeneratorAndKeepsCountingAcrossBatches() throws {
        let id = try Self.call("monotonically_increasing_id")
        let plusOne = BoundExpression.binary(.add, id, .literal(.long(1), type: .long), type: .long)
        var calls = try PartitionCalls([id, plusOne], inputWidth: 1, partition: 0)
        #expect(calls.expressions[0] == .column(index: 1, type: .long))
        for expected: [Int64] in [[0, 1], [2, 3]] {
            let batch = calls.extend(Self.input)
            let ids = try calls.expressions[0].evaluate(batch), shifted = try calls.expressions[1].evaluate(batch)
            #expect((0..<2).map(ids.value(at:)) == expected.map(Value.long))
            #expect((0..<2).map(shifted.value(at:)) == expected.map { .long($0 + 1) })
        }
    }

    @Test func twoCallsWithTheSameSeedDrawTheSameValues() throws {
        let seed = BoundExpression.literal(.integer(42), type: .integer)
        var calls = try PartitionCalls([try Self.call("rand", [seed]), try Self.call("rand", [seed])], inputWidth: 1, partition: 0)
        let batch = calls.extend(Self.input)
        #expect(batch.columns[1].value(at: 0) == .double(0.619189370225301))
        #expect(batch.columns[2].value(at: 0) == .double(0.619189370225301))
    }

    @Test func expressionsWithoutSuchCallsReadTheBatchAsItIs() throws {
        var calls = try PartitionCalls([.column(index: 0, type: .long)], inputWidth: 1, partition: 0)
        #expect(calls.extend(Self.input).columns.count == 1)
    }
}
