import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// `intersect`, `intersectAll`, `subtract`, `exceptAll`: positional columns named as the left frame's, nulls
/// equal, duplicates kept only by the `All` forms.
@Suite struct DataFrameSetOperationsTests {
    static func frame(_ rows: [(String?, Int32)], _ names: (String, String) = ("C1", "C2")) throws -> DataFrame {
        try SeedData.session().createDataFrame(
            rows: rows.map { [$0.0.map(Value.string) ?? .null, .integer($0.1)] },
            schema: StructType([StructField(names.0, .string), StructField(names.1, .integer)]))
    }

    static func sorted(_ df: DataFrame) async throws -> [[Value]] {
        try await df.orderBy([Column("C1"), Column("C2")]).collect().map(\.values)
    }

    @Test func intersectKeepsDistinctCommonRowsWithNullsEqual() async throws {
        let a = try Self.frame([("a", 1), ("a", 1), ("b", 3), (nil, 4), ("c", 5)])
        let b = try Self.frame([("a", 1), ("b", 3), (nil, 4)], ("x", "y"))
        #expect(try await Self.sorted(a.intersect(b)) == [[.null, .integer(4)], [.string("a"), .integer(1)], [.string("b"), .integer(3)]])
        #expect(try a.intersect(b).columns() == ["C1", "C2"])
    }

    @Test func intersectAllKeepsTheSmallerCount() async throws {
        let a = try Self.frame([("a", 1), ("a", 1), ("a", 1), ("b", 3)])
        let b = try Self.frame([("a", 1), ("a", 1), ("c", 3)])
        #expect(try await Self.sorted(a.intersectAll(b)) == [[.string("a"), .integer(1)], [.string("a"), .integer(1)]])
    }

    @Test func subtractAndExceptAll() async throws {
        let a = try Self.frame([("a", 1), ("a", 1), ("a", 1), ("a", 2), ("b", 3), ("c", 4)])
        let b = try Self.frame([("a", 1), ("b", 3)])
        #expect(try await Self.sorted(a.subtract(b)) == [[.string("a"), .integer(2)], [.string("c"), .integer(4)]])
        #expect(try await Self.sorted(a.exceptAll(b))
                == [[.string("a"), .integer(1)], [.string("a"), .integer(1)], [.string("a"), .integer(2)], [.string("c"), .integer(4)]])
    }

    @Test func aDifferentNumberOfColumnsIsSparksError() throws {
        let a = try Self.frame([("a", 1)])
        let b = try a.select([Column("C1")])
        let error = #expect(throws: SparkError.self) { try a.exceptAll(b) }
        #expect(error?.errorClass == "NUM_COLUMNS_MISMATCH")
    }
}
