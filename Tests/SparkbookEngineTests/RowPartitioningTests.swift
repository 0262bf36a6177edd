import Testing
@testable import SparkbookEngine

/// Splitting a batch by a counting sort against gathering each partition's rows.
struct RowPartitioningTests {
    func batch() -> RecordBatch {
        var ints = ColumnBuilder(type: .integer), longs = ColumnBuilder(type: .long)
        var doubles = ColumnBuilder(type: .double), strings = ColumnBuilder(type: .string)
        for row in 0..<1_000 {
            ints.append(row % 7 == 0 ? .null : .integer(Int32(row)))
            longs.append(.long(Int64(row) << 20))
            doubles.append(.double(Double(row) / 3))
            // Short and long strings, an empty one and nulls.
            strings.append(row % 11 == 0 ? .null : .string(row % 5 == 0 ? "" : String(repeating: "s\(row)", count: row % 9)))
        }
        let columns = [ints.finish(), longs.finish(), doubles.finish(), strings.finish()]
        let schema = StructType(zip(["i", "l", "d", "s"], columns).map { StructField($0, $1.dataType) })
        return RecordBatch(schema: schema, columns: columns, rowCount: 1_000)
    }

    @Test func splitEqualsAGatherPerPartition() {
        let input = batch()
        let partitionOf = (0..<input.rowCount).map { Int32(($0 * 7_919) % 13) }
        let parts = RowPartitioning(partitionOf: partitionOf, count: 13).split(input, schema: input.schema)
        #expect(parts.count == 13)
        for p in 0..<13 {
            let expected = input.gather((0..<input.rowCount).filter { partitionOf[$0] == p })
            #expect(parts[p].rowCount == expected.rowCount)
            for row in 0..<expected.rowCount { #expect(parts[p].row(row) == expected.row(row)) }
        }
    }

    @Test func emptyPartitionsAreEmptyBatches() {
        let input = batch()
        let parts = RowPartitioning(partitionOf: [Int32](repeating: 2, count: input.rowCount), count: 4)
            .split(input, schema: input.schema)
        #expect(parts.map(\.rowCount) == [0, 0, 1_000, 0])
        #expect(parts[2].row(999) == input.row(999))
    }
}
