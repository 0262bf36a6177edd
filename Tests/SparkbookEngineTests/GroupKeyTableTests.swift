import Testing
@testable import SparkbookEngine

/// The flat group table: ids in order of first appearance however it was sized, and exact distinct-key counts
/// of rows passed through.
struct GroupKeyTableTests {
    /// A block of `rows` rows of two BIGINT keys and a string key: `(i / 3, i % 3, "s<i % 7>")`, the second key
    /// null when `i % 5 == 0`.
    static func block(_ first: Int, rows: Int) -> AggregationBatch {
        let block = AggregationBatch(capacity: rows, keyCount: 3, inputCount: 0)
        var dictionary = StringDictionary()
        for row in 0..<rows {
            let key = first + row
            block.keyCodes[row] = UInt64(key / 3)
            block.keyCodes[rows + row] = UInt64(key % 3)
            block.keyValid[rows + row] = key % 5 != 0
            let text = Array("s\(key % 7)".utf8)
            let (head, tail) = text.withUnsafeBufferPointer {
                GroupKeyCodes.code(string: $0.baseAddress!, count: $0.count, dictionary: &dictionary)
            }
            block.keyCodes[2 * rows + row] = head
            block.keyTails[2 * rows + row] = tail
        }
        block.rowCount = rows
        return block
    }

    static let types: [DataType] = [.long, .long, .string]

    func ids(_ table: GroupKeyTable, first: Int, rows: Int) -> [Int32] {
        var ids = [Int32](repeating: 0, count: rows)
        ids.withUnsafeMutableBufferPointer { table.groupIds(Self.block(first, rows: rows), into: $0.baseAddress!) }
        return ids
    }

    /// Reserved for the groups to come (or for fewer, or many more), the table numbers them as a table grown
    /// slot by slot does, and finds each again.
    @Test func aReservedTableGivesTheIdsOfAGrownOne() {
        let rows = 4_096, blocks = 40
        let grown = GroupKeyTable(keyTypes: Self.types)
        let expected = (0..<blocks).flatMap { ids(grown, first: $0 * rows, rows: rows) }
        for reserved in [10, blocks * rows, 8 * blocks * rows] {
            let table = GroupKeyTable(keyTypes: Self.types)
            table.reserve(groups: reserved)
            #expect((0..<blocks).flatMap { ids(table, first: $0 * rows, rows: rows) } == expected)
            #expect(ids(table, first: 17 * rows, rows: rows) == Array(expected[(17 * rows)..<(18 * rows)]))
            #expect(table.count == grown.count)
        }
        #expect(grown.count == blocks * rows)
    }

    /// Rows passed through are groups of their own; their distinct keys per bucket are counted exactly,
    /// with the groups the table hashed before.
    @Test func distinctKeysOfPassedRowsAreExact() {
        let table = GroupKeyTable(keyTypes: Self.types)
        let rows = 3_000
        _ = ids(table, first: 0, rows: rows)
        var passed = [Int32](repeating: 0, count: rows)
        for first in [1_500, 2_000] {
            passed.withUnsafeMutableBufferPointer { table.appendRows(Self.block(first, rows: rows), into: $0.baseAddress!) }
        }
        #expect(table.count == 3 * rows)
        let bucketOf = (0..<table.count).map { g -> Int32 in
            // Equal keys share a bucket: the bucket of the row the group came from.
            let key = g < rows ? g : g < 2 * rows ? g - rows + 1_500 : g - 2 * rows + 2_000
            return Int32(key % 4)
        }
        let distinct = table.distinctKeys(bucketOf: bucketOf, buckets: 4)
        #expect(distinct == (0..<4).map { b in (0..<5_000).filter { $0 % 4 == b }.count })
    }
}
