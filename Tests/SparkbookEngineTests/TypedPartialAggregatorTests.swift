import SparkbookCluster
import Testing
@testable import SparkbookEngine
import SparkbookUtilities

/// The typed partial aggregator writes the same partial batches as `HashAggregator`, except that NaN keys form
/// one group and -0.0 joins 0.0, as in Spark.
struct TypedPartialAggregatorTests {
    static let schema = StructType([StructField("s", .string), StructField("i", .integer), StructField("l", .long),
                                    StructField("d", .double)])

    static func rows() -> [[Value]] {
        var random = SplitMix64(seed: 7)
        let words = ["a", "bb", "a longer key than seven", "", "another long string key"]
        return (0..<5_000).map { _ in
            let r = random.next(below: 100)
            return [r < 5 ? .null : .string(words[random.next(below: words.count)]),
                    r % 17 == 0 ? .null : .integer(Int32(random.next(below: 4)) - 2),
                    .long(Int64(random.next(below: 1_000)) - 500),
                    r % 13 == 0 ? .null : .double(Double(random.next(below: 10_000)) / 7)]
        }
    }

    static func spec(keys: [Int], calls: [AggregateCall]) -> AggregateSpec {
        AggregateSpec(keys: keys.map { .column(index: $0, type: schema[$0].dataType) },
                      keyTypes: keys.map { schema[$0].dataType }, calls: calls, output: [],
                      outputSchema: StructType([]))
    }

    static let calls = [
        AggregateCall(function: .count, input: nil),
        AggregateCall(function: .count, input: .column(index: 3, type: .double)),
        AggregateCall(function: .sum, input: .column(index: 1, type: .integer)),
        AggregateCall(function: .sum, input: .column(index: 3, type: .double)),
        AggregateCall(function: .avg, input: .column(index: 2, type: .long)),
        AggregateCall(function: .avg, input: .column(index: 3, type: .double)),
    ]

    func compare(keys: [Int], partitions: Int) throws {
        let batch = EngineTestData.batch(Self.schema, Self.rows())
        let spec = Self.spec(keys: keys, calls: Self.calls)
        var reference = HashAggregator(keys: spec.keys, keyTypes: spec.keyTypes, calls: spec.calls)
        try reference.consume(batch)
        var typed = TypedPartialAggregator(plan: try #require(TypedAggregationPlan(spec)))
        let block = AggregationBatch(capacity: 300, keyCount: keys.count, inputCount: Self.calls.count)
        typed.consume(batch, block: block)
        let expected = reference.partialBatches(partitions: partitions)
        let actual = typed.partialBatches(partitions: partitions)
        #expect(actual.count == expected.count)
        for (a, e) in zip(actual, expected) {
            #expect(a.schema == e.schema)
            #expect((0..<a.rowCount).map { a.row($0) } == (0..<e.rowCount).map { e.row($0) })
        }
    }

    @Test func stringAndIntegerKeysMatchHashAggregator() throws {
        try compare(keys: [0, 1], partitions: 8)
    }

    @Test func longKeysMatchHashAggregator() throws {
        try compare(keys: [2], partitions: 3)
    }

    @Test func aGlobalAggregateHasOneGroupEvenWithoutRows() throws {
        let spec = Self.spec(keys: [], calls: Self.calls)
        let typed = TypedPartialAggregator(plan: try #require(TypedAggregationPlan(spec)))
        let out = typed.partialBatches(partitions: 1)
        #expect(out.map(\.rowCount) == [1])
        #expect(out[0].row(0)[0] == .long(0))
        #expect(out[0].row(0)[3].isNull)
    }

    @Test func nanKeysGroupTogetherAndNegativeZeroIsZero() throws {
        let schema = StructType([StructField("d", .double)])
        let batch = EngineTestData.batch(schema, [[.double(.nan)], [.double(-.nan)], [.double(-0.0)], [.double(0.0)],
                                                  [.null], [.double(Double(bitPattern: 0x7FF8_0000_0000_0001))]])
        let spec = AggregateSpec(keys: [.column(index: 0, type: .double)], keyTypes: [.double],
                                 calls: [AggregateCall(function: .count, input: nil)], output: [], outputSchema: StructType([]))
        var typed = TypedPartialAggregator(plan: try #require(TypedAggregationPlan(spec)))
        typed.consume(batch, block: AggregationBatch(capacity: 4, keyCount: 1, inputCount: 1))
        let out = typed.partialBatches(partitions: 1)[0]
        #expect(out.rowCount == 3)
        #expect(out.row(0)[0].doubleValue?.isNaN == true && out.row(0)[1] == .long(3))
        #expect(out.row(1) == [.double(0), .long(2)])
        #expect(out.row(1)[0].doubleValue?.sign == .plus)
        #expect(out.row(2) == [.null, .long(1)])
    }

    /// Past the skip's minimum rows with nearly as many groups as rows, the rest pass through as partial states
    /// of their own (`PartialAggregationSkip`): more partial rows, and the final rows, their order and their sums
    /// exactly those of the general aggregator's partial states merged.
    /// The calls whose result does not depend on how rows were grouped (`PartialAggregationSkip`).
    static let passingCalls = [
        AggregateCall(function: .count, input: nil),
        AggregateCall(function: .count, input: .column(index: 3, type: .double)),
        AggregateCall(function: .sum, input: .column(index: 1, type: .integer)),
        AggregateCall(function: .sum, input: .column(index: 2, type: .long)),
        AggregateCall(function: .min, input: .column(index: 3, type: .double)),
        AggregateCall(function: .max, input: .column(index: 2, type: .long)),
    ]

    @Test func rowsPassThroughWhenGroupsAreNearlyAsManyAsRows() throws {
        var random = SplitMix64(seed: 11)
        let rows: [[Value]] = (0..<3_000).map { i in
            // Mostly new keys, some repeated from early rows, some null.
            let k = i % 10 == 0 ? i % 50 : i
            return [i % 37 == 0 ? .null : .string(k % 2 == 0 ? "key\(k)" : "a longer key \(k)"),
                    .integer(Int32(k % 3)), .long(Int64(random.next(below: 1_000)) - 500),
                    i % 13 == 0 ? .null : .double(Double(random.next(below: 10_000)) / 7)]
        }
        let batch = EngineTestData.batch(Self.schema, rows)
        let spec = Self.spec(keys: [0, 1], calls: Self.passingCalls)
        var reference = HashAggregator(keys: spec.keys, keyTypes: spec.keyTypes, calls: spec.calls)
        try reference.consume(batch)
        let plan = try #require(TypedAggregationPlan(spec))
        var typed = TypedPartialAggregator(plan: plan)
        typed.skip = PartialAggregationSkip(calls: plan.calls, keyCount: 2, minimumRows: 500)
        typed.consume(batch, block: AggregationBatch(capacity: 256, keyCount: 2, inputCount: Self.passingCalls.count))
        #expect(typed.skip.passingThrough)
        #expect(typed.groupCount > reference.groupCount)
        // Coalescing weighs the rows the hashing aggregate writes per partition, not the rows passed.
        #expect(typed.partialOutput(partitions: 3).hashedRows == reference.partialBatches(partitions: 3).map(\.rowCount))
        #expect(typed.partialOutput(partitions: 1).hashedRows == [reference.groupCount])
        let resultSchema = AggregateSpec(keys: [], keyTypes: spec.keyTypes, calls: Self.passingCalls, output: [],
                                         outputSchema: StructType([])).resultSchema
        let expected = reference.partialBatches(partitions: 3), actual = typed.partialBatches(partitions: 3)
        for (a, e) in zip(actual, expected) {
            var merged = HashAggregator(keys: [], keyTypes: spec.keyTypes, calls: Self.passingCalls)
            var reference = HashAggregator(keys: [], keyTypes: spec.keyTypes, calls: Self.passingCalls)
            try merged.merge(a)
            try reference.merge(e)
            let got = try merged.finalBatch(schema: resultSchema), want = try reference.finalBatch(schema: resultSchema)
            #expect((0..<got.rowCount).map { got.row($0) } == (0..<want.rowCount).map { want.row($0) })
        }
    }

    @Test func expressionsAndStringExtremesStayOnTheGeneralAggregator() {
        #expect(TypedAggregationPlan(Self.spec(keys: [0], calls: [AggregateCall(function: .min, input: .column(index: 1, type: .integer))])) != nil)
        #expect(TypedAggregationPlan(Self.spec(keys: [1], calls: [AggregateCall(function: .max, input: .column(index: 0, type: .string))])) == nil)
        let expression = BoundExpression.binary(.add, .column(index: 1, type: .integer), .literal(.integer(1), type: .integer), type: .integer)
        #expect(TypedAggregationPlan(Self.spec(keys: [0], calls: [AggregateCall(function: .sum, input: expression)])) == nil)
    }

    /// min/max, the central-moment statistics, corr/covariances and median: the same partial states as the
    /// general aggregator's, in the same layout.
    @Test func statisticsMatchHashAggregator() throws {
        let pair = BoundExpression.function(
            BoundFunction(function: AggregatePair.function,
                          signature: try AggregatePair.function.signature([.double, .double], context: FunctionContext()),
                          context: FunctionContext()),
            [.cast(.column(index: 2, type: .long), .double), .column(index: 3, type: .double)])
        let calls = [
            AggregateCall(function: .min, input: .column(index: 1, type: .integer)),
            AggregateCall(function: .max, input: .column(index: 3, type: .double)),
            AggregateCall(function: .stddev, input: .column(index: 3, type: .double)),
            AggregateCall(function: .variancePop, input: .column(index: 2, type: .long)),
            AggregateCall(function: .corr, input: pair),
            AggregateCall(function: .covarSamp, input: pair),
            AggregateCall(function: .median, input: .column(index: 3, type: .double)),
        ]
        let batch = EngineTestData.batch(Self.schema, Self.rows())
        let spec = Self.spec(keys: [0, 1], calls: calls)
        var reference = HashAggregator(keys: spec.keys, keyTypes: spec.keyTypes, calls: spec.calls)
        try reference.consume(batch)
        let plan = try #require(TypedAggregationPlan(spec))
        #expect(plan.callColumns.count == calls.count + 2)
        var typed = TypedPartialAggregator(plan: plan)
        typed.consume(batch, block: AggregationBatch(capacity: 300, keyCount: 2, inputCount: plan.callColumns.count))
        let expected = reference.partialBatches(partitions: 4)
        let actual = typed.partialBatches(partitions: 4)
        for (a, e) in zip(actual, expected) {
            #expect(a.schema == e.schema)
            #expect((0..<a.rowCount).map { a.row($0) } == (0..<e.rowCount).map { e.row($0) })
        }
    }

    /// Decimal sums, averages and keys are not typed: the plan refuses them and the general path runs.
    @Test func decimalsStayOnTheGeneralPath() {
        let decimal = DataType.decimal(precision: 10, scale: 2)
        func plan(keys: [BoundExpression], keyTypes: [DataType], call: AggregateCall) -> TypedAggregationPlan? {
            TypedAggregationPlan(AggregateSpec(keys: keys, keyTypes: keyTypes, calls: [call], output: [],
                                               outputSchema: StructType([])))
        }
        #expect(plan(keys: [], keyTypes: [], call: AggregateCall(function: .sum, input: .column(index: 0, type: decimal))) == nil)
        #expect(plan(keys: [], keyTypes: [], call: AggregateCall(function: .avg, input: .column(index: 0, type: decimal))) == nil)
        #expect(plan(keys: [.column(index: 0, type: decimal)], keyTypes: [decimal],
                     call: AggregateCall(function: .count, input: nil)) == nil)
        #expect(plan(keys: [], keyTypes: [], call: AggregateCall(function: .count, input: .column(index: 0, type: decimal))) != nil)
    }

    @Test func arrayKeysStayOnTheGeneralAggregatorAndArrayCountsReadValidity() throws {
        let arrays = DataType.array(element: .string, containsNull: false)
        let key = BoundExpression.column(index: 0, type: arrays)
        let count = AggregateCall(function: .count, input: .column(index: 0, type: arrays))
        #expect(TypedAggregationPlan(AggregateSpec(keys: [key], keyTypes: [arrays], calls: [count], output: [],
                                                   outputSchema: StructType([]))) == nil)
        let global = AggregateSpec(keys: [], keyTypes: [], calls: [count], output: [], outputSchema: StructType([]))
        var typed = TypedPartialAggregator(plan: try #require(TypedAggregationPlan(global)))
        let batch = EngineTestData.batch(StructType([StructField("xs", arrays)]),
                                         [[.array([.string("a")])], [.null], [.array([])]])
        typed.consume(batch, block: AggregationBatch(capacity: 4, keyCount: 0, inputCount: 1))
        #expect(typed.partialBatches(partitions: 1)[0].row(0) == [.long(2)])
    }
}
