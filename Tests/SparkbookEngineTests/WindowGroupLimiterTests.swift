import Testing
@testable import SparkbookEngine

/// The group limit keeps exactly the rows a rank filter above the window would keep, in input order, without
/// sorting; ties go to the earlier row as the window's stable sort gives them.
struct WindowGroupLimiterTests {
    static let schema = StructType([StructField("g", .string), StructField("v", .double)])
    static let rows: [[Value]] = [
        [.string("a"), .double(1)], [.string("b"), .double(5)], [.string("a"), .double(3)], [.string("a"), .double(3)],
        [.null, .double(2)], [.string("a"), .double(9)], [.string("b"), .null], [.null, .double(4)],
        [.string("a"), .double(1)], [.string("b"), .double(5)], [.string("a"), .double(3)],
    ]

    static func kept(_ function: WindowGroupLimitSpec.Function, _ limit: Int) throws -> [Int] {
        let spec = WindowGroupLimitSpec(partitionKeys: [.column(index: 0, type: .string)],
                                        orderKeys: [SortKey(expression: .column(index: 1, type: .double), direction: .descending)],
                                        function: function, limit: limit, mode: .partial)
        return try WindowGroupLimiter(spec: spec, schema: schema).keptRows(EngineTestData.batch(schema, rows))
    }

    @Test func rowNumberKeepsTheFirstRowsOfEachGroupTiesByArrival() throws {
        // a: 9 (5), then the first 3 (2); b: 5 (1), 5 (9); null group: 4 (7), 2 (4).
        #expect(try Self.kept(.rowNumber, 2) == [1, 2, 4, 5, 7, 9])
        #expect(try Self.kept(.rowNumber, 1) == [1, 5, 7])
    }

    @Test func rankKeepsEveryRowTiedWithinTheLimit() throws {
        // a: 9 has rank 1, the three 3s rank 2; b: both 5s rank 1, the null (last when descending) rank 3.
        #expect(try Self.kept(.rank, 2) == [1, 2, 3, 4, 5, 7, 9, 10])
        #expect(try Self.kept(.rank, 1) == [1, 5, 7, 9])
    }

    @Test func denseRankKeepsTheTopDistinctValues() throws {
        #expect(try Self.kept(.denseRank, 2) == [1, 2, 3, 4, 5, 6, 7, 9, 10])
    }

    @Test func batchesLimitedTogetherMatchOneBatch() throws {
        let spec = WindowGroupLimitSpec(partitionKeys: [.column(index: 0, type: .string)],
                                        orderKeys: [SortKey(expression: .column(index: 1, type: .double), direction: .descending)],
                                        function: .rowNumber, limit: 2, mode: .final)
        var limiter = WindowGroupLimiter(spec: spec, schema: Self.schema)
        try limiter.add(EngineTestData.batch(Self.schema, Array(Self.rows[..<4])))
        try limiter.add(EngineTestData.batch(Self.schema, Array(Self.rows[4...])))
        let out = try limiter.finish()
        #expect((0..<out.rowCount).map { out.row($0) } == [1, 2, 4, 5, 7, 9].map { Self.rows[$0] })
    }
}
