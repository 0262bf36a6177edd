import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// Grouping by `window(...)` (exploded first) and `session_window(...)` (Spark's session merge).
struct GroupedDataTimeWindowsTests {
    let second: Int64 = 1_000_000

    func events() throws -> DataFrame {
        let schema = StructType([StructField("k", .string), StructField("ts", .timestamp), StructField("v", .long)])
        let rows: [[Value]] = [("a", 0, 1), ("a", 5, 2), ("b", 7, 3), ("a", 11, 4)].map {
            [.string($0.0), .timestamp($0.1 * second), .long($0.2)]
        } + [[.string("a"), .null, .long(6)]]
        return try SeedData.session().createDataFrame(rows: rows, schema: schema)
    }

    func windowColumn(_ duration: Int64, _ slide: Int64) -> Column {
        let windows = Expression.function(TimeWindowFunctions.windows, [.column("ts"), .literal(.long(duration * second)),
                                                                        .literal(.long(slide * second)), .literal(.long(0))])
        return Column(.alias(.function("explode", [windows]), name: "window"))
    }

    func starts(_ rows: [Row]) -> [Int64] {
        rows.compactMap { row in
            guard case .structure(_, let bounds) = row[0], case .timestamp(let start) = bounds[0] else { return nil }
            return start / second
        }
    }

    @Test func slidingWindowsGroupEveryRowInEachOfItsWindows() async throws {
        let sums = try events().groupBy([windowColumn(10, 5)]).agg([Functions.sum("v")])
        #expect(try sums.columns() == ["window", "sum(v)"])
        let rows = try await sums.orderBy([Column("window")]).collect()
        #expect(starts(rows) == [-5, 0, 5, 10])
        #expect(rows.map { $0[1] } == [.long(1), .long(6), .long(9), .long(4)])
    }

    @Test func sessionsMergeWithinTheGapAndPerKey() async throws {
        let session = Column(.function("session_window", [.column("ts"), .literal(.long(5 * second))]))
        let sums = try events().groupBy([session]).agg([Functions.sum("v")])
        #expect(try sums.columns() == ["session_window", "sum(v)"])
        // 0 and 5 touch (5 is the first session's end), 7 extends it to 12, 11 to 16: one session.
        let rows = try await sums.collect()
        #expect(starts(rows) == [0])
        #expect(rows.map { $0[1] } == [.long(10)])
        let perKey = try events().groupBy([Column("k"), session]).agg([Functions.sum("v")])
        let keyed = try await perKey.orderBy([Column("k"), Column("session_window")]).collect()
        #expect(keyed.map { $0[2] } == [.long(3), .long(4), .long(3)])
    }
}
