import Testing
@testable import SparkbookEngine

/// Grouped and global aggregates run through the planner and executor over several partitions, checked
/// against a brute-force computation over the same rows.
struct HashAggregatorTests {
    static let schema = StructType([
        StructField("country", .string), StructField("device", .string),
        StructField("qty", .integer), StructField("amount", .double),
    ])

    /// Deterministic rows with null quantities and amounts; amounts are quarters so every sum is exact.
    static let rows: [[Value]] = (0..<997).map { i in
        let countries = ["US", "DE", "IN", "BR", "JP"], devices = ["mobile", "desktop", "tablet"]
        let qty: Value = i % 11 == 0 ? .null : .integer(Int32((i * 37) % 50) - 10)
        let amount: Value = i % 13 == 0 ? .null : .double(Double((i * 53) % 400) / 4)
        return [.string(countries[(i * 7) % 5]), .string(devices[(i / 3) % 3]), qty, amount]
    }

    static func scanPlan(partitions: Int) -> LogicalPlan {
        .local(EngineTestData.relation(schema, rows, partitions: partitions))
    }

    struct Expected: Equatable {
        var rows = 0, qtyCount = 0, qtySum: Int64 = 0, amountSum = 0.0, amountCount = 0
        var qtyMin: Int32?, qtyMax: Int32?, amountMin: Double?, amountMax: Double?
    }

    static func bruteForce(_ rows: [[Value]], key: ([Value]) -> [Value]) -> [[Value]: Expected] {
        var groups: [[Value]: Expected] = [:]
        for row in rows {
            var e = groups[key(row), default: Expected()]
            e.rows += 1
            if case .integer(let q) = row[2] {
                e.qtyCount += 1; e.qtySum += Int64(q)
                e.qtyMin = Swift.min(e.qtyMin ?? q, q); e.qtyMax = Swift.max(e.qtyMax ?? q, q)
            }
            if case .double(let a) = row[3] {
                e.amountCount += 1; e.amountSum += a
                e.amountMin = Swift.min(e.amountMin ?? a, a); e.amountMax = Swift.max(e.amountMax ?? a, a)
            }
            groups[key(row)] = e
        }
        return groups
    }

    static let output: [Expression] = [
        .column("country"), .column("device"),
        .alias(.aggregate(.count, .star), name: "n"), .aggregate(.count, .column("qty")),
        .aggregate(.sum, .column("qty")), .aggregate(.sum, .column("amount")), .aggregate(.avg, .column("amount")),
        .aggregate(.min, .column("qty")), .aggregate(.max, .column("qty")),
        .aggregate(.min, .column("amount")), .aggregate(.max, .column("amount")),
    ]

    @Test(arguments: [1, 3, 7])
    func groupedAggregatesMatchABruteForceComputation(partitions: Int) async throws {
        let plan = LogicalPlan.aggregate(groupBy: [.column("country"), .column("device")], output: Self.output,
                                         Self.scanPlan(partitions: partitions))
        let (rows, _) = try await EngineTestData.run(plan, shufflePartitions: 4)
        let expected = Self.bruteForce(Self.rows) { [$0[0], $0[1]] }
        #expect(rows.count == expected.count)
        #expect(rows.count == 15)
        for row in rows {
            let e = try #require(expected[[row[0], row[1]]], "unexpected group \(row[0]) \(row[1])")
            #expect(row[2] == .long(Int64(e.rows)))
            #expect(row[3] == .long(Int64(e.qtyCount)))
            #expect(row[4] == .long(e.qtySum))
            #expect(row[5] == .double(e.amountSum))
            #expect(row[6] == .double(e.amountSum / Double(e.amountCount)))
            #expect(row[7] == e.qtyMin.map(Value.integer))
            #expect(row[8] == e.qtyMax.map(Value.integer))
            #expect(row[9] == e.amountMin.map(Value.double))
            #expect(row[10] == e.amountMax.map(Value.double))
        }
    }

    @Test func outputSchemaNamesAndTypes() throws {
        let plan = LogicalPlan.aggregate(groupBy: [.column("country"), .column("device")], output: Self.output,
                                         Self.scanPlan(partitions: 2))
        let schema = try Planner().schema(of: plan)
        #expect(schema.names == ["country", "device", "n", "count(qty)", "sum(qty)", "sum(amount)", "avg(amount)",
                                 "min(qty)", "max(qty)", "min(amount)", "max(amount)"])
        #expect(schema.fields.map(\.dataType) == [.string, .string, .long, .long, .long, .double, .double,
                                                  .integer, .integer, .double, .double])
        #expect(schema.fields[2].nullable == false)
        #expect(schema.fields[4].nullable == true)
    }

    @Test func globalAggregateOverEveryRow() async throws {
        let plan = LogicalPlan.aggregate(groupBy: [], output: Array(Self.output.dropFirst(2)), Self.scanPlan(partitions: 5))
        let (rows, _) = try await EngineTestData.run(plan)
        let e = try #require(Self.bruteForce(Self.rows) { _ in [] }[[]])
        #expect(rows == [[.long(997), .long(Int64(e.qtyCount)), .long(e.qtySum), .double(e.amountSum),
                          .double(e.amountSum / Double(e.amountCount)), e.qtyMin.map(Value.integer)!,
                          e.qtyMax.map(Value.integer)!, .double(e.amountMin!), .double(e.amountMax!)]])
    }

    @Test func globalAggregateOverNoRowsGivesOneRowWithCountZeroAndNulls() async throws {
        let empty = LogicalPlan.local(EngineTestData.relation(Self.schema, [], partitions: 3))
        let plan = LogicalPlan.aggregate(groupBy: [], output: [.aggregate(.count, .star), .aggregate(.sum, .column("qty")),
                                                               .aggregate(.avg, .column("amount")), .aggregate(.max, .column("country"))],
                                         empty)
        let (rows, _) = try await EngineTestData.run(plan)
        #expect(rows == [[.long(0), .null, .null, .null]])
    }

    @Test func groupedAggregateOverNoRowsGivesNoRows() async throws {
        let empty = LogicalPlan.local(EngineTestData.relation(Self.schema, [], partitions: 2))
        let plan = LogicalPlan.aggregate(groupBy: [.column("country")],
                                         output: [.column("country"), .aggregate(.count, .star)], empty)
        #expect(try await EngineTestData.run(plan).rows.isEmpty)
    }

    @Test func nullKeysFormTheirOwnGroup() async throws {
        let schema = StructType([StructField("k", .string), StructField("v", .long)])
        let rows: [[Value]] = [[.string("a"), .long(1)], [.null, .long(2)], [.null, .long(3)], [.string("a"), .null]]
        let plan = LogicalPlan.aggregate(groupBy: [.column("k")],
                                         output: [.column("k"), .aggregate(.sum, .column("v")), .aggregate(.count, .column("v"))],
                                         .local(EngineTestData.relation(schema, rows, partitions: 2)))
        let result = try await EngineTestData.run(plan).rows
        #expect(Set(result) == [[.string("a"), .long(1), .long(1)], [.null, .long(5), .long(2)]])
    }

    @Test func sumOfStringsIsCastToDouble() async throws {
        let schema = StructType([StructField("s", .string)])
        let rows: [[Value]] = [[.string("1.5")], [.null], [.string("2")]]
        let plan = LogicalPlan.aggregate(groupBy: [], output: [.aggregate(.sum, .column("s")), .aggregate(.avg, .column("s"))],
                                         .local(EngineTestData.relation(schema, rows, partitions: 2)))
        #expect(try await EngineTestData.run(plan).rows == [[.double(3.5), .double(1.75)]])
    }

    /// Spark 4 runs in ANSI mode: a string that is no number fails the cast instead of becoming null.
    @Test func sumOfAMalformedStringFailsAsAnANSICast() async throws {
        let schema = StructType([StructField("s", .string)])
        let plan = LogicalPlan.aggregate(groupBy: [], output: [.aggregate(.sum, .column("s"))],
                                         .local(EngineTestData.relation(schema, [[.string("1.5")], [.string("x")]], partitions: 1)))
        await #expect(throws: SparkError.self) { try await EngineTestData.run(plan) }
    }

    /// ANSI mode: a BIGINT sum leaving the 64-bit range is `ARITHMETIC_OVERFLOW`, in a partition or across them.
    @Test(arguments: [1, 2])
    func bigintSumOverflowIsAnError(partitions: Int) async throws {
        let schema = StructType([StructField("k", .string), StructField("n", .long)])
        let rows: [[Value]] = [[.string("a"), .long(Int64.max)], [.string("a"), .long(1)]]
        for keys in [[Expression](), [.column("k")]] {
            let plan = LogicalPlan.aggregate(groupBy: keys, output: keys + [.aggregate(.sum, .column("n"))],
                                             .local(EngineTestData.relation(schema, rows, partitions: partitions)))
            await #expect { try await EngineTestData.run(plan) } throws: { error in
                (error as? SparkError)?.errorClass == "ARITHMETIC_OVERFLOW"
            }
        }
    }

    @Test func expressionsOverAggregatesAndKeys() async throws {
        let schema = StructType([StructField("k", .integer), StructField("v", .integer)])
        let rows: [[Value]] = [[.integer(1), .integer(4)], [.integer(1), .integer(6)], [.integer(2), .integer(9)]]
        let plan = LogicalPlan.aggregate(
            groupBy: [.column("k")],
            output: [.alias(.binary(.multiply, .column("k"), .literal(.integer(10))), name: "k10"),
                     .alias(.binary(.divide, .aggregate(.sum, .column("v")), .aggregate(.count, .column("v"))), name: "mean")],
            .local(EngineTestData.relation(schema, rows, partitions: 2)))
        #expect(try Planner().schema(of: plan).names == ["k10", "mean"])
        #expect(Set(try await EngineTestData.run(plan).rows) == [[.integer(10), .double(5)], [.integer(20), .double(9)]])
    }

    @Test func aNonGroupedColumnIsAMissingAggregation() {
        let plan = LogicalPlan.aggregate(groupBy: [.column("country")], output: [.column("device")],
                                         Self.scanPlan(partitions: 1))
        let error = #expect(throws: SparkError.self) { try Planner().schema(of: plan) }
        #expect(error?.errorClass == "MISSING_AGGREGATION")
        #expect(error?.sqlState == "42803")
    }

    @Test func sumOfABooleanIsATypeMismatch() {
        let schema = StructType([StructField("b", .boolean)])
        let plan = LogicalPlan.aggregate(groupBy: [], output: [.aggregate(.sum, .column("b"))],
                                         .local(EngineTestData.relation(schema, [], partitions: 1)))
        let error = #expect(throws: SparkError.self) { try Planner().schema(of: plan) }
        #expect(error?.description == "[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve \"sum(b)\" due to data type mismatch: The first parameter requires the \"NUMERIC\" or \"ANSI INTERVAL\" type, however \"b\" has the type \"BOOLEAN\". SQLSTATE: 42K09")
    }

    @Test func nestedAggregatesAreRejected() {
        let plan = LogicalPlan.aggregate(groupBy: [], output: [.aggregate(.sum, .aggregate(.count, .column("qty")))],
                                         Self.scanPlan(partitions: 1))
        let error = #expect(throws: SparkError.self) { try Planner().schema(of: plan) }
        #expect(error?.errorClass == "NESTED_AGGREGATE_FUNCTION")
    }

    @Test func theAggregatorDirectlyMergesPartialStates() throws {
        // Two map-side aggregators, then a final one fed their partial batches, as the shuffle does.
        let schema = StructType([StructField("k", .string), StructField("v", .long)])
        let keys: [BoundExpression] = [.column(index: 0, type: .string)]
        let calls = [AggregateCall(function: .avg, input: .column(index: 1, type: .long)),
                     AggregateCall(function: .count, input: nil)]
        var left = HashAggregator(keys: keys, keyTypes: [.string], calls: calls)
        var right = HashAggregator(keys: keys, keyTypes: [.string], calls: calls)
        try left.consume(EngineTestData.batch(schema, [[.string("a"), .long(1)], [.string("b"), .long(10)]]))
        try right.consume(EngineTestData.batch(schema, [[.string("a"), .long(4)], [.string("a"), .null]]))
        #expect(left.groupCount == 2 && right.groupCount == 1)
        var final = HashAggregator(keys: [], keyTypes: [.string], calls: calls)
        for batch in left.partialBatches(partitions: 1) + right.partialBatches(partitions: 1) { try final.merge(batch) }
        let result = try final.finalBatch(schema: StructType([StructField("k", .string), StructField("avg", .double),
                                                          StructField("n", .long)]))
        let rows = Set((0..<result.rowCount).map(result.row))
        #expect(rows == [[.string("a"), .double(2.5), .long(3)], [.string("b"), .double(10), .long(1)]])
    }

    @Test func partialBatchesSplitGroupsByKeyHashStably() throws {
        let schema = StructType([StructField("k", .integer)])
        var aggregator = HashAggregator(keys: [.column(index: 0, type: .integer)], keyTypes: [.integer],
                                        calls: [AggregateCall(function: .count, input: nil)])
        try aggregator.consume(EngineTestData.batch(schema, (0..<40).map { [.integer(Int32($0 % 20))] }))
        let buckets = aggregator.partialBatches(partitions: 4)
        #expect(buckets.count == 4)
        #expect(buckets.map(\.rowCount).reduce(0, +) == 20)
        for (p, bucket) in buckets.enumerated() {
            for row in 0..<bucket.rowCount {
                #expect(ShufflePartitioner.partition(of: [bucket.columns[0].value(at: row)], count: 4) == p)
                #expect(bucket.columns[1].value(at: row) == .long(2))
            }
        }
    }

    /// Spark groups floating keys after `NormalizeFloatingNumbers`: every NaN is one group, and -0.0 joins 0.0
    /// and prints as 0.0 (recorded from PySpark 4.3: `NaN | 3`, `0.0 | 7`; `max(s)` b and d).
    @Test func nanKeysAreOneGroupAndNegativeZeroIsZero() throws {
        let schema = StructType([StructField("k", .double), StructField("v", .integer), StructField("s", .string)])
        let batch = EngineTestData.batch(schema, [
            [.double(.nan), .integer(1), .string("a")], [.double(-.nan), .integer(2), .string("b")],
            [.double(-0.0), .integer(3), .string("c")], [.double(0.0), .integer(4), .string("d")],
        ])
        let calls = [AggregateCall(function: .sum, input: .column(index: 1, type: .integer)),
                     AggregateCall(function: .max, input: .column(index: 2, type: .string))]
        var partial = HashAggregator(keys: [.column(index: 0, type: .double)], keyTypes: [.double], calls: calls)
        try partial.consume(batch)
        #expect(partial.groupCount == 2)
        var final = HashAggregator(keys: [.column(index: 0, type: .double)], keyTypes: [.double], calls: calls)
        for states in partial.partialBatches(partitions: 3) { try final.merge(states) }
        let spec = AggregateSpec(keys: [.column(index: 0, type: .double)], keyTypes: [.double], calls: calls,
                                 output: [], outputSchema: StructType([]))
        let result = try final.finalBatch(schema: spec.resultSchema)
        let rows = (0..<result.rowCount).map { result.row($0) }
        #expect(rows.count == 2)
        let byKey = Dictionary(uniqueKeysWithValues: rows.map { row -> (String, [Value]) in
            guard case .double(let k) = row[0] else { return ("?", row) }
            return (k.isNaN ? "NaN" : k.sign == .minus ? "-0.0" : "\(k)", Array(row.dropFirst()))
        })
        #expect(byKey["NaN"] == [.long(3), .string("b")])
        #expect(byKey["0.0"] == [.long(7), .string("d")])
    }
}
