import Testing
@testable import SparkbookEngine

/// Which analysis error a non-aggregated column in an aggregation gets: Spark tells a missing GROUP BY apart
/// from a column left out of one.
struct AggregateBinderTests {
    static let schema = StructType([StructField("k", .string), StructField("x", .integer)])

    @Test func aColumnBesideAnAggregateWithoutGroupingIsAMissingGroupBy() {
        let binder = AggregateBinder(input: Self.schema)
        for output: [Expression] in [
            [.column("k"), .aggregate(.sum, .column("x"))],
            [.alias(.binary(.add, .column("x"), .aggregate(.sum, .column("x"))), name: "z")],
        ] {
            let error = #expect(throws: SparkError.self) { try binder.bind(groupBy: [], output: output) }
            #expect(error?.errorClass == "MISSING_GROUP_BY")
            #expect(error?.sqlState == "42803")
            #expect(error?.message == "The query does not include a GROUP BY clause. Add GROUP BY or turn it into the window functions using OVER clauses.")
        }
    }

    @Test func aColumnOutsideTheGroupingIsAMissingAggregation() {
        let binder = AggregateBinder(input: Self.schema)
        let error = #expect(throws: SparkError.self) {
            try binder.bind(groupBy: [.column("x")], output: [.column("k"), .aggregate(.sum, .column("x"))])
        }
        #expect(error?.errorClass == "MISSING_AGGREGATION")
    }

    @Test func literalsBesideAnAggregateNeedNoGrouping() throws {
        let spec = try AggregateBinder(input: Self.schema)
            .bind(groupBy: [], output: [.literal(.integer(1)), .aggregate(.sum, .column("x"))])
        #expect(spec.outputSchema.count == 2)
    }
}
