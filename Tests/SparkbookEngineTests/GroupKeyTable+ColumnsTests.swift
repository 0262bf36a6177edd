import SparkbookCluster
import Testing
@testable import SparkbookEngine
import SparkbookUtilities

/// Groups' keys come back out of their codes as the values that went in, and go to the shuffle partition
/// `ShufflePartitioner` gives those values.
struct GroupKeyTableColumnsTests {
    static let types: [DataType] = [.string, .integer, .long, .double, .boolean, .date, .timestamp]

    static func rows() -> [[Value]] {
        var random = SplitMix64(seed: 3)
        let words = ["", "a", "seven77", "eight888", "a much longer string key", "é", "abcd", "id001", "ÿÿÿ",
                     "id0000012345", "id0000012346", "abcdefgh1", "abcdefgh2", "fifteen-bytes!!", "sixteen-bytes!!!",
                     "a\u{0}", "a\u{0}\u{0}", "eight888\u{0}", "ÿÿÿÿÿÿÿÿ", "ÿÿÿÿÿÿÿ"]
        return (0..<2_000).map { _ -> [Value] in
            let r = random.next(below: 100)
            return [r < 7 ? .null : .string(words[random.next(below: words.count)]),
                    r % 11 == 0 ? .null : .integer(Int32(random.next(below: 2_000)) - 1_000),
                    .long(Int64(random.next(below: 1 << 40)) - (1 << 39)),
                    r % 13 == 0 ? .null : .double(Double(random.next(below: 1_000)) / 8 - 60),
                    .boolean(r % 2 == 0), .date(Int32(random.next(below: 40_000))),
                    .timestamp(Int64(random.next(below: 1 << 50)))]
        }
    }

    @Test func keysRoundTripAndPartitionAsTheirValues() throws {
        let schema = StructType(Self.types.enumerated().map { StructField("c\($0.offset)", $0.element) })
        let rows = Self.rows()
        let table = GroupKeyTable(keyTypes: Self.types)
        var dictionary = StringDictionary()
        let block = AggregationBatch(capacity: rows.count, keyCount: Self.types.count, inputCount: 0)
        let batch = EngineTestData.batch(schema, rows)
        for k in Self.types.indices {
            block.encodeKey(batch.columns[k], k: k, from: 0, rows: rows.count, dictionary: &dictionary)
        }
        block.rowCount = rows.count
        var ids = [Int32](repeating: 0, count: rows.count)
        ids.withUnsafeMutableBufferPointer { table.groupIds(block, into: $0.baseAddress!) }
        let groups = Array(0..<table.count)
        let columns = Self.types.enumerated().map { k, type in
            table.keyColumn(k, type: type, groups: groups, dictionary: dictionary)
        }
        let partitions = [1, 7, 200].map { table.partitions(keyTypes: Self.types, dictionary: dictionary, count: $0) }
        for (row, values) in rows.enumerated() {
            let g = Int(ids[row])
            #expect(columns.map { $0.value(at: g) } == values)
            for (i, count) in [1, 7, 200].enumerated() {
                let expected = ShufflePartitioner.partition(of: values, count: count)
                #expect(table.partition(of: g, keyTypes: Self.types, dictionary: dictionary, count: count) == expected)
                #expect(Int(partitions[i][g]) == expected)
            }
        }
    }

    @Test func aTableLargerThanTheCachesFindsEveryGroupAgain() {
        // Past 64 Ki slots the lookup reads home slots in a first pass; ids must not change.
        let table = GroupKeyTable(keyTypes: [.long, .long])
        let rows = 4_096
        let block = AggregationBatch(capacity: rows, keyCount: 2, inputCount: 0)
        var ids = [Int32](repeating: 0, count: rows)
        func look(_ first: Int) -> [Int32] {
            for row in 0..<rows {
                let key = first + row
                block.keyCodes[row] = UInt64(key / 3)
                block.keyCodes[rows + row] = UInt64(key % 3)
                block.keyValid[rows + row] = key % 5 != 0
            }
            block.rowCount = rows
            ids.withUnsafeMutableBufferPointer { table.groupIds(block, into: $0.baseAddress!) }
            return ids
        }
        for first in stride(from: 0, to: 100 * rows, by: rows) {
            #expect(look(first) == (0..<rows).map { Int32(first + $0) })
        }
        for first in stride(from: 0, to: 100 * rows, by: 7 * rows) {
            #expect(look(first) == (0..<rows).map { Int32(first + $0) })
        }
        #expect(table.count == 100 * rows)
    }
}
