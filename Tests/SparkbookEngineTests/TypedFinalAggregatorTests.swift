import SparkbookCluster
import Testing
@testable import SparkbookEngine
import SparkbookUtilities

/// The typed final aggregation gives what `HashAggregator.merge` and `finalBatch` give, group order included.
struct TypedFinalAggregatorTests {
    typealias Partial = TypedPartialAggregatorTests

    /// Partial batches of three map tasks over consecutive slices of the rows, reduce partition `p` of each.
    static func partials(keys: [Int], partitions: Int, partition p: Int) throws -> [RecordBatch] {
        let rows = Partial.rows()
        let spec = Partial.spec(keys: keys, calls: Partial.calls)
        return try stride(from: 0, to: rows.count, by: 1_700).map { start -> RecordBatch in
            let slice = Array(rows[start..<min(rows.count, start + 1_700)])
            var map = TypedPartialAggregator(plan: try #require(TypedAggregationPlan(spec)))
            map.consume(EngineTestData.batch(Partial.schema, slice),
                        block: AggregationBatch(capacity: 256, keyCount: keys.count, inputCount: Partial.calls.count))
            return map.partialBatches(partitions: partitions)[p]
        }
    }

    func compare(keys: [Int], partitions: Int, reserving: Int? = nil) throws {
        let keyTypes = keys.map { Partial.schema[$0].dataType }
        let schema = AggregateSpec(keys: [], keyTypes: keyTypes, calls: Partial.calls, output: [],
                                   outputSchema: StructType([])).resultSchema
        for p in 0..<partitions {
            let batches = try Self.partials(keys: keys, partitions: partitions, partition: p)
            var reference = HashAggregator(keys: [], keyTypes: keyTypes, calls: Partial.calls)
            var typed = try #require(TypedFinalAggregator(keyTypes: keyTypes, calls: Partial.calls))
            if let reserving { typed.reserve(groups: reserving) }
            for batch in batches {
                try reference.merge(batch)
                typed.merge(batch)
            }
            let expected = try reference.finalBatch(schema: schema)
            let actual = typed.finalBatch(schema: schema)
            #expect(actual.rowCount == expected.rowCount)
            #expect((0..<actual.rowCount).map(actual.row) == (0..<expected.rowCount).map(expected.row))
        }
    }

    @Test func stringAndIntegerKeysWithNullsMatchHashAggregator() throws {
        try compare(keys: [0, 1], partitions: 3)
    }

    @Test func longKeysMatchHashAggregator() throws {
        try compare(keys: [2], partitions: 2)
    }

    /// Sized beforehand (from the shuffle's count of distinct keys), too small or too large, the groups and
    /// their order are the same.
    @Test func aReservedAggregatorGivesTheSameResult() throws {
        for groups in [1, 100, 100_000] {
            try compare(keys: [0, 1], partitions: 3, reserving: groups)
        }
    }

    /// What a spill writes: the partial states of the groups so far, which merged into an emptied aggregator give
    /// the same final rows.
    @Test func partialStateMergedIntoAnEmptiedAggregatorGivesTheSameResult() throws {
        let keyTypes: [DataType] = [.string, .integer]
        let schema = AggregateSpec(keys: [], keyTypes: keyTypes, calls: Partial.calls, output: [],
                                   outputSchema: StructType([])).resultSchema
        var typed = try #require(TypedFinalAggregator(keyTypes: keyTypes, calls: Partial.calls))
        for batch in try Self.partials(keys: [0, 1], partitions: 1, partition: 0) { typed.merge(batch) }
        let state = try typed.partialState()
        #expect(state.schema == HashAggregator.partialSchema(keyTypes: keyTypes, calls: Partial.calls))
        #expect(state.rowCount == typed.groupCount)
        var again = typed.emptied()
        #expect(again.groupCount == 0)
        again.merge(state)
        let expected = typed.finalBatch(schema: schema), actual = again.finalBatch(schema: schema)
        #expect((0..<actual.rowCount).map(actual.row) == (0..<expected.rowCount).map(expected.row))
    }

    @Test func aGlobalAggregateHasOneRowEvenWithoutInput() throws {
        let calls = Partial.calls
        let schema = AggregateSpec(keys: [], keyTypes: [], calls: calls, output: [], outputSchema: StructType([]))
            .resultSchema
        let empty = try #require(TypedFinalAggregator(keyTypes: [], calls: calls)).finalBatch(schema: schema)
        let reference = try HashAggregator(keys: [], keyTypes: [], calls: calls).finalBatch(schema: schema)
        #expect(empty.rowCount == 1)
        #expect(empty.row(0) == reference.row(0))
        try compare(keys: [], partitions: 1)
    }

    @Test func aGroupedAggregateOverNoPartialsHasNoRows() throws {
        let typed = try #require(TypedFinalAggregator(keyTypes: [.string], calls: Partial.calls))
        let schema = AggregateSpec(keys: [], keyTypes: [.string], calls: Partial.calls, output: [],
                                   outputSchema: StructType([])).resultSchema
        #expect(typed.groupCount == 0)
        #expect(typed.finalBatch(schema: schema).rowCount == 0)
    }

    @Test func otherCallsStayOnHashAggregator() {
        let input = BoundExpression.column(index: 0, type: .long)
        for function in [AggregateFunction.countDistinct, .first, .collectList] {
            #expect(TypedFinalAggregator(keyTypes: [.long], calls: [AggregateCall(function: function, input: input)])
                    == nil)
        }
        for function in [AggregateFunction.min, .max, .stddev, .median] {
            #expect(TypedFinalAggregator(keyTypes: [.long], calls: [AggregateCall(function: function, input: input)])
                    != nil)
        }
        let strings = BoundExpression.column(index: 0, type: .string)
        #expect(TypedFinalAggregator(keyTypes: [.long], calls: [AggregateCall(function: .max, input: strings)]) == nil)
        #expect(TypedFinalAggregator(keyTypes: [.null], calls: [AggregateCall(function: .count, input: nil)]) == nil)
    }

    @Test func nanKeysFromDifferentMapTasksAreOneGroup() throws {
        let schema = StructType([StructField("d", .double)])
        let spec = AggregateSpec(keys: [.column(index: 0, type: .double)], keyTypes: [.double],
                                 calls: [AggregateCall(function: .count, input: nil)], output: [],
                                 outputSchema: StructType([]))
        var typed = try #require(TypedFinalAggregator(keyTypes: [.double], calls: spec.calls))
        for rows: [[Value]] in [[[.double(.nan)], [.double(1)]], [[.double(-.nan)], [.double(-0.0)]]] {
            var map = TypedPartialAggregator(plan: try #require(TypedAggregationPlan(spec)))
            map.consume(EngineTestData.batch(schema, rows), block: AggregationBatch(capacity: 4, keyCount: 1, inputCount: 1))
            typed.merge(map.partialBatches(partitions: 1)[0])
        }
        let out = typed.finalBatch(schema: StructType([StructField("d", .double), StructField("n", .long)]))
        #expect(out.rowCount == 3)
        #expect(out.row(0)[0].doubleValue?.isNaN == true)
        #expect(out.row(0)[1] == .long(2))
        #expect(out.row(2) == [.double(0), .long(1)])
    }

    /// Two map tasks whose partial aggregation stops hashing after a few hundred rows: each sends its table, then
    /// its passed rows, with several rows of one group among them. The final sums are Spark's to the last digit:
    /// each task's rows of a group folded in row order into one partial (what hashing them all would give), the
    /// tasks' partials merged in map order. Merged row by row instead, some sums would differ.
    @Test func passedThroughRowsSumAsSparksPartialStatesDo() throws {
        let schema = StructType([StructField("k", .string), StructField("d", .double)])
        var random = SplitMix64(seed: 5)
        let tasks: [RecordBatch] = (0..<2).map { t in
            EngineTestData.batch(schema, (0..<3_000).map { i -> [Value] in
                // Ten keys repeat in both tasks, before and after the skip; the others are new.
                let key = i % 7 == 0 ? "hot \(i % 70)" : "key \(t) \(i)"
                let magnitude = [1e-3, 1.0, 1e3, 1e9][random.next(below: 4)]
                return [.string(key), i % 29 == 0 ? .null : .double(Double(random.next(below: 1_000_000)) / 7 * magnitude)]
            })
        }
        let calls = [
            AggregateCall(function: .sum, input: .column(index: 1, type: .double)),
            AggregateCall(function: .count, input: nil),
            AggregateCall(function: .avg, input: .column(index: 1, type: .double)),
        ]
        let spec = AggregateSpec(keys: [.column(index: 0, type: .string)], keyTypes: [.string], calls: calls,
                                 output: [], outputSchema: StructType([]))
        let plan = try #require(TypedAggregationPlan(spec))
        let resultSchema = AggregateSpec(keys: [], keyTypes: [.string], calls: calls, output: [],
                                         outputSchema: StructType([])).resultSchema
        let partitions = 2
        var passed: [[RecordBatch]] = [], hashed: [[RecordBatch]] = []
        for task in tasks {
            var typed = TypedPartialAggregator(plan: plan)
            typed.skip = PartialAggregationSkip(calls: plan.calls, keyCount: 1, minimumRows: 500)
            typed.consume(task, block: AggregationBatch(capacity: 256, keyCount: 1, inputCount: calls.count))
            #expect(typed.skip.passingThrough)
            passed.append(typed.partialBatches(partitions: partitions))
            var reference = HashAggregator(keys: spec.keys, keyTypes: spec.keyTypes, calls: calls)
            try reference.consume(task)
            #expect(typed.groupCount > reference.groupCount)
            hashed.append(reference.partialBatches(partitions: partitions))
            #expect(typed.partialOutput(partitions: partitions).hashedRows == hashed.last!.map(\.rowCount))
        }
        func rows(_ batch: RecordBatch) -> [[Value]] { (0..<batch.rowCount).map(batch.row) }
        var differs = false
        for p in 0..<partitions {
            var final = try #require(TypedFinalAggregator(keyTypes: [.string], calls: calls))
            var spark = HashAggregator(keys: [], keyTypes: [.string], calls: calls)
            var rowByRow = HashAggregator(keys: [], keyTypes: [.string], calls: calls)
            for t in tasks.indices {
                final.merge(passed[t][p])
                try spark.merge(hashed[t][p])
                try rowByRow.merge(passed[t][p])
            }
            let expected = rows(try spark.finalBatch(schema: resultSchema))
            #expect(rows(final.finalBatch(schema: resultSchema)) == expected)
            if rows(try rowByRow.finalBatch(schema: resultSchema)) != expected { differs = true }
        }
        #expect(differs)
    }
}
