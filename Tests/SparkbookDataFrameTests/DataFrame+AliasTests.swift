import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// `df.alias("s")`: qualified names (`s.x`, `s.*`), self-joins, and Spark's error for an unknown qualifier.
@Suite struct DataFrameAliasTests {
    static func orders() throws -> DataFrame {
        try SeedData.session().createDataFrame(
            rows: [[.integer(1), .double(250)], [.integer(2), .double(75.5)]],
            schema: StructType([StructField("id", .integer), StructField("amount", .double)]))
    }

    @Test func qualifiedNamesReadTheAliasedColumns() async throws {
        let s = try Self.orders().alias("s")
        let rows = try await s.select([Column("s.amount"), Column("id")]).select([Column("s.amount")]).collect()
        #expect(rows.map(\.values) == [[.double(250)], [.double(75.5)]])
        #expect(try s.select([Column("s.*")]).columns() == ["id", "amount"])
    }

    @Test func aSelfJoinTellsItsSidesApartByAlias() async throws {
        let orders = try Self.orders()
        let a = orders.alias("a"), b = orders.alias("b")
        let joined = try a.join(b, .on(.binary(.equal, .column("a.id"), .column("b.id"))), .inner)
        let rows = try await joined.select([Column("a.id"), Column("b.amount")]).orderBy([Column("a.id")]).collect()
        #expect(rows.map(\.values) == [[.integer(1), .double(250)], [.integer(2), .double(75.5)]])
    }

    @Test func anUnknownQualifierIsSparksUnresolvedColumnWithQualifiedSuggestions() throws {
        let s = try Self.orders().alias("s")
        let error = #expect(throws: SparkError.self) { try s.select([Column("t.amount")]) }
        #expect(error?.description == "[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column, variable, or function parameter "
                + "with name `t`.`amount` cannot be resolved. Did you mean one of the following? [`s`.`amount`, `s`.`id`]. "
                + "SQLSTATE: 42703")
    }
}
