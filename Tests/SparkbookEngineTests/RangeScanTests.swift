import Testing
@testable import SparkbookEngine

/// `spark.range` as a lazily generated scan: Spark's even split, negative steps, pruned reads and batches.
struct RangeScanTests {
    func ids(_ batch: RecordBatch) -> [Int64] {
        guard case .int64(let values) = batch.columns[0].storage else { return [] }
        return values
    }

    @Test func splitsEvenlyAsSparkDoes() throws {
        let scan = RangeScan(start: 0, end: 10, step: 1, partitions: 3)
        #expect(scan.count == 10)
        #expect(try (0..<3).map { ids(try scan.read(partition: $0, columns: [0])) }
                == [[0, 1, 2], [3, 4, 5], [6, 7, 8, 9]])
    }

    @Test func stepsUpAndDown() throws {
        #expect(ids(try RangeScan(start: 2, end: 20, step: 5, partitions: 1).read(partition: 0, columns: [0]))
                == [2, 7, 12, 17])
        #expect(ids(try RangeScan(start: 5, end: 0, step: -2, partitions: 1).read(partition: 0, columns: [0]))
                == [5, 3, 1])
        #expect(RangeScan(start: 5, end: 5, step: 1, partitions: 2).count == 0)
        #expect(RangeScan(start: 0, end: 5, step: -1, partitions: 2).count == 0)
    }

    @Test func aPrunedReadKeepsTheRowCount() throws {
        let batch = try RangeScan(start: 0, end: 100, step: 1, partitions: 2).read(partition: 1, columns: [])
        #expect(batch.rowCount == 50)
        #expect(batch.columns.isEmpty)
    }

    @Test func streamsAHugePartitionInBatches() throws {
        // A trillion ids: defining the scan costs nothing; reading stops whenever the reader says so.
        let scan = RangeScan(start: 0, end: 1_000_000_000_000, step: 1, partitions: 4)
        #expect(scan.count == 1_000_000_000_000)
        struct Enough: Error {}
        var seen: [[Int64]] = []
        #expect(throws: Enough.self) {
            try scan.forEachBatch(partition: 3, columns: [0], maxRows: 3) { batch in
                seen.append(ids(batch))
                if seen.count == 2 { throw Enough() }
            }
        }
        #expect(seen == [[750_000_000_000, 750_000_000_001, 750_000_000_002],
                         [750_000_000_003, 750_000_000_004, 750_000_000_005]])
    }

    @Test func explainsAsSparkPrintsARange() {
        #expect(RangeScan(start: 0, end: 10, step: 1, partitions: 2).explainText == "Range (0, 10, step=1, splits=2)")
    }
}
