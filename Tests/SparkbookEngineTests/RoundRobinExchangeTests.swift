import Testing
@testable import SparkbookEngine

/// Spark's round-robin deal, checked against PySpark 4.3's `spark.range(10).repartition(3)` on `local[2]`.
struct RoundRobinExchangeTests {
    static func ids(_ values: ClosedRange<Int64>) -> RecordBatch {
        var builder = ColumnBuilder(type: .long, capacity: values.count)
        for v in values { builder.append(.long(v)) }
        return RecordBatch(schema: StructType([StructField("id", .long, nullable: false)]), columns: [builder.finish()],
                           rowCount: values.count)
    }

    /// Reduce partition -> ids, as one map task deals them.
    static func deal(_ batch: RecordBatch, mapPartition: Int, partitions n: Int) -> [Int: [Value]] {
        let ordered = RoundRobinExchange.dealingOrder([batch], schema: batch.schema)[0]
        var dealt = RoundRobinExchange.start(mapPartition: mapPartition, partitions: n)
        var out: [Int: [Value]] = [:]
        for row in 0..<ordered.rowCount {
            dealt = (dealt + 1) % n
            out[dealt, default: []].append(ordered.columns[0].value(at: row))
        }
        return out
    }

    @Test func rowsGoWhereSparkSendsThem() {
        #expect(Self.deal(Self.ids(0...4), mapPartition: 0, partitions: 3) == [0: [.long(3), .long(4)], 1: [.long(0), .long(1)], 2: [.long(2)]])
        #expect(Self.deal(Self.ids(5...9), mapPartition: 1, partitions: 3) == [0: [.long(6)], 1: [.long(7), .long(8)], 2: [.long(5), .long(9)]])
    }

    @Test func theDealDoesNotDependOnArrivalOrder() {
        let reversed = Self.ids(0...4).gather([4, 3, 2, 1, 0])
        #expect(Self.deal(reversed, mapPartition: 0, partitions: 3) == Self.deal(Self.ids(0...4), mapPartition: 0, partitions: 3))
    }
}
