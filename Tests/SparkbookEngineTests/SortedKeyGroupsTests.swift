import Testing
@testable import SparkbookEngine

/// A sorted stream is taken off in whole key groups: a bound inside a run of equal keys takes the whole run,
/// across batch boundaries, null keys first; no bound takes the rest.
struct SortedKeyGroupsTests {
    static let schema = StructType([StructField("k", .integer)])

    static func groups(_ batches: [[Int32?]]) -> SortedKeyGroups {
        let stream = SortedBatches(memory: nil, file: nil, reservedBytes: 0).serving(batches.map { keys in
            EngineTestData.batch(schema, keys.map { [$0.map(Value.integer) ?? .null] })
        })
        return SortedKeyGroups(stream, keys: [.column(index: 0, type: .integer)])
    }

    static func keys(_ batches: [RecordBatch]) -> [Value] { batches.flatMap { b in (0..<b.rowCount).map { b.row($0)[0] } } }

    @Test func aBoundTakesWholeGroupsAcrossBatches() throws {
        var groups = Self.groups([[nil, 1, 2], [2, 2, 3], [3, 5]])
        try groups.fill(4)
        #expect(groups.bufferedRows == 6)
        // Row 3 is a 2: every 2 goes, in the next batch too.
        let first = try groups.take(through: groups.key(at: 3))
        #expect(Self.keys(first) == [.null, .integer(1), .integer(2), .integer(2), .integer(2)])
        #expect(groups.bufferedRows == 1)
        let rest = try groups.take(through: nil)
        #expect(Self.keys(rest) == [.integer(3), .integer(3), .integer(5)])
        #expect(try groups.take(through: nil).isEmpty)
        groups.close()
    }

    @Test func aBoundFromAnotherStreamTakesTheKeysUpToIt() throws {
        var left = Self.groups([[1, 4, 4, 9]])
        var right = Self.groups([[2, 4, 7]])
        try right.fill(2)
        let bound = right.key(at: 1)
        #expect(Self.keys(try left.take(through: bound)) == [.integer(1), .integer(4), .integer(4)])
        #expect(Self.keys(try right.take(through: bound)) == [.integer(2), .integer(4)])
    }
}
