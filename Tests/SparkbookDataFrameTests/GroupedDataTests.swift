import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// groupBy(...) followed by its shorthands and agg forms.
struct GroupedDataTests {
    func grouped() throws -> GroupedData {
        try SeedData.shared.events.groupBy([Column("country")])
    }

    @Test func countNamesItsColumnCount() async throws {
        let counts = try grouped().count()
        #expect(try counts.columns() == ["country", "count"])
        let rows = try await counts.collect()
        var expected: [String: Int64] = [:]
        for e in SeedData.rows { expected[e.country, default: 0] += 1 }
        #expect(Dictionary(uniqueKeysWithValues: rows.map { row -> (String, Int64) in
            guard case .string(let c) = row[0], case .long(let n) = row[1] else { return ("?", -1) }
            return (c, n)
        }) == expected)
    }

    @Test func shorthandsNameColumnsAsSparkDoes() throws {
        let g = try grouped()
        #expect(try g.sum(["amount", "event_id"]).columns() == ["country", "sum(amount)", "sum(event_id)"])
        #expect(try g.avg(["amount"]).columns() == ["country", "avg(amount)"])
        #expect(try g.min(["amount"]).dtypes().map(\.1) == ["string", "double"])
        #expect(try g.max(["event_id"]).dtypes().map(\.1) == ["string", "int"])
        #expect(try g.sum(["event_id"]).dtypes().map(\.1) == ["string", "bigint"])
    }

    @Test func aggWithAMappingAcceptsMean() throws {
        let df = try grouped().agg([(column: "amount", function: "mean"), (column: "event_id", function: "MAX")])
        #expect(try df.columns() == ["country", "avg(amount)", "max(event_id)"])
    }

    @Test func aggWithAMappingAcceptsMedian() throws {
        let df = try grouped().agg([(column: "amount", function: "median")])
        #expect(try df.columns() == ["country", "median(amount)"])
    }

    @Test func anUnknownFunctionNameIsUnresolvedRoutine() throws {
        let error = #expect(throws: SparkError.self) { try grouped().agg([(column: "amount", function: "geomean")]) }
        #expect(error?.description == "[UNRESOLVED_ROUTINE] Cannot resolve routine `geomean` on search path [`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`]. SQLSTATE: 42883")
    }

    /// Spark's shorthands take numeric columns only (`"device" is not a numeric column`); without names they
    /// aggregate every numeric column, grouping keys included.
    @Test func shorthandsTakeNumericColumnsOnly() throws {
        #expect(throws: SparkError.self) { try grouped().sum(["event_time"]) }
        #expect(throws: SparkError.self) { try grouped().min(["device"]) }
        #expect(try grouped().max([]).columns() == ["country", "max(event_id)", "max(amount)"])
    }

    @Test func maxOfAmountPerCountryMatchesBruteForce() async throws {
        let rows = try await grouped().max(["amount"]).collect()
        var expected: [String: Double] = [:]
        for e in SeedData.rows { expected[e.country] = Swift.max(expected[e.country] ?? -.infinity, e.amount) }
        #expect(rows.count == expected.count)
        for row in rows {
            guard case .string(let c) = row[0] else { continue }
            #expect(row[1] == .double(expected[c]!))
        }
    }
}
