import Benchmark
import Foundation
import SparkbookCluster
import SparkbookEngine

/// The CSV scanner, hash aggregation (typed partial path and fused CSV path) and the scheduler, on 1M generated
/// events (~43 MB) held in memory or in a temporary file. Throughput is per row (`scaledIterations`).
let benchmarks: @Sendable () -> Void = {
    let rows = 1_000_000
    let bytes = EventsGenerator(rows: rows, seed: 42).bytes()
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("sparkbook-bench-events.csv").path
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    let config = Benchmark.Configuration(metrics: [.wallClock, .throughput, .peakMemoryResident],
                                         scalingFactor: .mega, maxDuration: .seconds(5), maxIterations: 20)

    Benchmark("CSV line scanner (memchr lines)", configuration: config) { benchmark in
        bytes.withUnsafeBytes { buffer in
            var lines = CSVLineScanner(buffer)
            var count = 0
            while lines.next() != nil { count += 1 }
            blackHole(count)
        }
    }

    Benchmark("CSV tokenizer (all fields)", configuration: config) { benchmark in
        bytes.withUnsafeBytes { buffer in
            var lines = CSVLineScanner(buffer)
            var tokenizer = CSVTokenizer(options: CSVOptions())
            var fields = 0
            while let line = lines.next() {
                tokenizer.tokenize(buffer, line)
                fields += tokenizer.fields.count
            }
            blackHole(fields)
        }
    }

    let options: [String: String] = ["header": "true", "inferSchema": "true"]
    let scan = try! CSVDataSource().createScan(
        ScanRequest(paths: [path], options: options, userSchema: nil, settings: ScanSettings(defaultParallelism: 1)))

    Benchmark("CSV reader (typed columns, 3 of 5)", configuration: config) { benchmark in
        for partition in 0..<scan.partitionCount {
            blackHole(try scan.read(partition: partition, columns: [2, 3, 4]).rowCount)
        }
    }

    let groupBy = LogicalPlan.aggregate(
        groupBy: [.column("country"), .column("device")],
        output: [.column("country"), .column("device"), .aggregate(.count, .star), .aggregate(.sum, .column("amount"))],
        .scan(ScanRelation(scan: scan, sourceName: "csv")))

    Benchmark("Fused CSV scan + partial aggregate (1 thread)", configuration: config) { benchmark in
        let executor = QueryExecutor(scheduler: ThreadPoolTaskScheduler(parallelism: 1), parallelism: 1)
        let plan = try Planner().plan(groupBy)
        blackHole(try await executor.collect(plan, description: "bench").count)
    }

    // The same rows already in memory: the typed aggregator over record batches (no CSV parsing).
    let batch = try! scan.read(partition: 0, columns: [0, 2, 3, 4])
    let local = LogicalPlan.local(LocalRelation(schema: batch.schema, partitions: [batch]))
    for (name, keys) in [("100 groups", ["country", "device"]), ("1M groups", ["event_id"])] {
        let plan = LogicalPlan.aggregate(groupBy: keys.map { .column($0) },
                                         output: keys.map { .column($0) } + [.aggregate(.count, .star),
                                                                              .aggregate(.sum, .column("amount"))],
                                         local)
        Benchmark("Hash aggregation, typed partial step (\(name))", configuration: config) { benchmark in
            let executor = QueryExecutor(scheduler: ThreadPoolTaskScheduler(parallelism: 1), parallelism: 1)
            blackHole(try await executor.collect(try Planner().plan(plan), description: "bench").count)
        }
    }

    // Issue 3's scheduling-overhead figure: 10,000 empty tasks through the real cluster runtime (listener bus,
    // allocation monitor, task-end bookkeeping) on 4 executors of 2 cores; time per task = p50 / 10,000.
    Benchmark("Scheduler: 10,000 empty tasks on ClusterRuntime (4 executors x 2 cores)",
              configuration: .init(metrics: [.wallClock], maxDuration: .seconds(10), maxIterations: 20)) { benchmark in
        let runtime = try ClusterRuntime.start(
            master: nil, properties: ["spark.executor.instances": "4", "spark.executor.cores": "2",
                                      ClusterManagerProfile.startupTimeKey: "0ms"],
            clock: ManualClock(), options: { var o = ClusterRuntime.Options(); o.ticking = .manual
                                             o.consoleProgress = false; return o }())
        defer { runtime.shutdown() }
        let stage = StageDescriptor(jobId: 0, stageId: 0, name: "empty", taskCount: 10_000)
        benchmark.startMeasurement()
        try await runtime.clusterScheduler.runStage(stage) { context in blackHole(context.partition) }
        benchmark.stopMeasurement()
    }
}
