import SparkbookCluster
import Synchronization
import Testing
@testable import SparkbookEngine

/// Scans report what they read from input files as Spark's `inputMetrics` do, on every path a scan takes: the
/// general operators, the streamed scan, the fused scan + partial aggregate and a limit's partial read. The
/// seed's file gives Spark's own figures (PySpark 4.3.0 logged 2094773 bytes and 50000 records for its scan).
struct OperatorExecutionTests {
    static let seedBytes: Int64 = 2_094_773
    static let seedRows: Int64 = 50_000

    /// Runs tasks one after another, each with its own metrics, and keeps what each stage's tasks measured.
    final class MetricsScheduler: TaskScheduler {
        private let measured = Mutex<[Int: [TaskMetrics]]>([:])

        func metrics(stage: Int) -> [TaskMetrics] { measured.withLock { $0[stage] ?? [] } }

        func runStage(_ stage: StageDescriptor, task: @escaping @Sendable (TaskContext) throws -> Void) async throws {
            for partition in 0..<stage.taskCount {
                let metrics = TaskMetricsCollector()
                try task(TaskContext(stageId: stage.stageId, partition: partition, attempt: 0, executorId: "1",
                                     metrics: metrics))
                measured.withLock { $0[stage.stageId, default: []].append(metrics.snapshot) }
            }
        }
    }

    static func input(_ plan: LogicalPlan) async throws -> (bytes: Int64, records: Int64) {
        let scheduler = MetricsScheduler()
        let physical = try Planner(shufflePartitions: 4).plan(plan)
        _ = try await QueryExecutor(scheduler: scheduler, parallelism: 2).collect(physical, description: "test")
        let first = scheduler.metrics(stage: 0)
        return (first.reduce(0) { $0 + $1.inputBytesRead }, first.reduce(0) { $0 + $1.inputRecordsRead })
    }

    static func seed() throws -> LogicalPlan { try TypedPathTestSupport.scan(EngineTestData.seedCSV.path) }

    @Test func theFusedScanAndAggregateReportsTheSplitAndItsRows() async throws {
        let plan = LogicalPlan.aggregate(groupBy: [.column("country")],
                                         output: [.column("country"), .aggregate(.count, .star)], try Self.seed())
        let measured = try await Self.input(plan)
        #expect(measured.bytes == Self.seedBytes)
        #expect(measured.records == Self.seedRows)
    }

    @Test func aStreamedScanUnderAFilterCountsEveryRowItRead() async throws {
        let filtered = LogicalPlan.filter(.binary(.equal, .column("country"), .literal(.string("US"))), try Self.seed())
        let plan = LogicalPlan.aggregate(groupBy: [.column("device")],
                                         output: [.column("device"), .aggregate(.count, .star)], filtered)
        let measured = try await Self.input(plan)
        #expect(measured.bytes == Self.seedBytes)
        #expect(measured.records == Self.seedRows)
    }

    @Test func theGeneralScanReportsTheSplitAndItsRows() async throws {
        let measured = try await Self.input(.project([.column("amount")], try Self.seed()))
        #expect(measured.bytes == Self.seedBytes)
        #expect(measured.records == Self.seedRows)
    }

    @Test func aLimitCountsItsRowsButClaimsNoBytes() async throws {
        let measured = try await Self.input(.limit(5, try Self.seed()))
        #expect(measured.bytes == 0)
        #expect(measured.records == 5)
    }

    @Test func rangesReportNoInput() async throws {
        let range = RangeScan(start: 0, end: 100, step: 1, partitions: 2)
        let measured = try await Self.input(.scan(ScanRelation(scan: range, sourceName: "range")))
        #expect(measured.bytes == 0)
        #expect(measured.records == 0)
    }
}
