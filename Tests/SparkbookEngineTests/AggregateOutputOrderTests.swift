import Testing
@testable import SparkbookEngine

/// Which order each kind of Spark aggregate operator emits its groups in, and that `apply` gives it.
struct AggregateOutputOrderTests {
    static let schema = StructType([StructField("a", .integer), StructField("s", .string)])

    static func spec(keys: Int, calls: [AggregateCall]) -> AggregateSpec {
        AggregateSpec(keys: (0..<keys).map { .column(index: $0, type: schema[$0].dataType) },
                      keyTypes: schema.fields.prefix(keys).map(\.dataType), calls: calls, output: [],
                      outputSchema: StructType([]))
    }

    static let count = AggregateCall(function: .count, input: nil)
    static func call(_ f: AggregateFunction, _ column: Int) -> AggregateCall {
        AggregateCall(function: f, input: .column(index: column, type: schema[column].dataType))
    }

    @Test func theOperatorSparkPicksDecidesTheOrder() {
        #expect(AggregateOutputOrder(Self.spec(keys: 1, calls: [Self.count])) == .arrival)
        #expect(AggregateOutputOrder(Self.spec(keys: 2, calls: [])) == .nullKeysLast)
        #expect(AggregateOutputOrder(Self.spec(keys: 0, calls: [Self.count])) == .arrival)
        // first() of a string cannot update an UnsafeRow in place: a sort aggregate.
        #expect(AggregateOutputOrder(Self.spec(keys: 1, calls: [Self.call(.first, 1)])) == .sortedByKeys)
        #expect(AggregateOutputOrder(Self.spec(keys: 1, calls: [Self.call(.max, 1), Self.count])) == .sortedByKeys)
        #expect(AggregateOutputOrder(Self.spec(keys: 1, calls: [Self.call(.max, 0)])) == .arrival)
        // A typed-imperative function makes it an object hash aggregate.
        #expect(AggregateOutputOrder(Self.spec(keys: 1, calls: [Self.call(.max, 1), Self.call(.collectList, 0)])) == .arrival)
    }

    @Test func onlyTheCallsLeftByColumnPruningDecide() {
        // `dropDuplicates(["a"]).select("a", "n")`: first(s) is pruned away, first(n) keeps a hash aggregate.
        let spec = AggregateSpec(keys: [.column(index: 0, type: .integer)], keyTypes: [.integer],
                                 calls: [Self.call(.first, 1), Self.call(.first, 0)],
                                 output: [.column(index: 0, type: .integer), .column(index: 1, type: .string),
                                          .column(index: 2, type: .integer)],
                                 outputSchema: StructType([StructField("a", .integer), StructField("s", .string),
                                                           StructField("n", .integer)]))
        #expect(AggregateOutputOrder(spec) == .sortedByKeys)
        let plan = ResolvedPlan(.aggregate(spec, ResolvedPlan(.local(EngineTestData.relation(
            StructType([StructField("a", .integer), StructField("s", .string)]), [], partitions: 1)),
            schema: StructType([StructField("a", .integer), StructField("s", .string)]), lineage: .unknown(2))),
            schema: spec.outputSchema, lineage: .unknown(3))
        guard case .aggregate(let pruned, _) = ColumnPruning.prune(plan, needing: [0, 2]).plan.node else {
            Issue.record("expected the aggregate"); return
        }
        #expect(pruned.calls.count == 1)
        #expect(AggregateOutputOrder(pruned) == .arrival)
        guard case .aggregate(let other, _) = ColumnPruning.prune(plan, needing: [1]).plan.node else {
            Issue.record("expected the aggregate"); return
        }
        #expect(AggregateOutputOrder(other) == .sortedByKeys)
    }

    static let rows: [[Value]] = [[.integer(5), .string("x")], [.null, .string("y")], [.integer(1), .null],
                                  [.integer(3), .string("z")]]

    @Test func nullKeysGoLastKeepingArrivalOrder() throws {
        let batch = EngineTestData.batch(Self.schema, Self.rows)
        let ordered = try AggregateOutputOrder.nullKeysLast.apply(to: batch, keyCount: 2)
        #expect((0..<ordered.rowCount).map(ordered.row) == [Self.rows[0], Self.rows[3], Self.rows[1], Self.rows[2]])
        let firstKeyOnly = try AggregateOutputOrder.nullKeysLast.apply(to: batch, keyCount: 1)
        #expect((0..<firstKeyOnly.rowCount).map(firstKeyOnly.row) == [Self.rows[0], Self.rows[2], Self.rows[3], Self.rows[1]])
    }

    @Test func aSortAggregateSortsByItsKeysNullsFirst() throws {
        let batch = EngineTestData.batch(Self.schema, Self.rows)
        let ordered = try AggregateOutputOrder.sortedByKeys.apply(to: batch, keyCount: 1)
        #expect((0..<ordered.rowCount).map(ordered.row) == [Self.rows[1], Self.rows[2], Self.rows[3], Self.rows[0]])
        #expect(try AggregateOutputOrder.arrival.apply(to: batch, keyCount: 1).rowCount == 4)
    }
}
