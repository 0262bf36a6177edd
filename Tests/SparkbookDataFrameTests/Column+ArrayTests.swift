import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

@Suite struct ColumnArrayTests {
    @Test func getItemIsZeroBasedAccessNamedWithBrackets() async throws {
        let session = try SeedData.session()
        let frame = try session.createDataFrame(rows: [[.array([.string("p"), .string("q")])]],
                                                schema: StructType([StructField("xs", .array(element: .string, containsNull: true))]))
        let picked = try frame.select([Column("xs").getItem(1)])
        #expect(try picked.columns() == ["xs[1]"])
        let rows = try await picked.collect()
        #expect(rows.map(\.values) == [[.string("q")]])
    }
}
