import SparkbookCluster
import Testing

/// A task body adds what it read and wrote; the collector sums every report of the attempt.
@Suite struct TaskMetricsTests {
    @Test func theCollectorSumsInputAndShuffleReports() {
        let collector = TaskMetricsCollector()
        collector.inputRead(bytes: 1_000, records: 10)
        collector.inputRead(bytes: 0, records: 5)
        collector.shuffleWritten(bytes: 64, records: 2)
        collector.shuffleRead(bytes: 32, records: 1)
        #expect(collector.snapshot == TaskMetrics(shuffleBytesWritten: 64, shuffleRecordsWritten: 2,
                                                  shuffleBytesRead: 32, shuffleRecordsRead: 1,
                                                  inputBytesRead: 1_000, inputRecordsRead: 15))
    }
}
