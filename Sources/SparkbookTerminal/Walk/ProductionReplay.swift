import Foundation
import SparkbookCluster
import SparkbookUtilities

/// The walkthrough's last panel: the notebook's allocation settings replayed on the simulator at production scale,
/// so a student sees the ramp and the release even when the class-sized data was too small to back anything up.
public struct ProductionReplay {
    /// Input size of the replayed job.
    public var inputGigabytes = 500
    /// Spark's default split size.
    public var splitMegabytes = 128
    /// Scan throughput per task: measured from the run when it gives enough data (`measuring(_:)`), otherwise
    /// a typical CSV figure.
    public var megabytesPerSecondPerTask = ProductionReplay.assumedMegabytesPerSecondPerTask
    /// How the throughput was obtained, said in the panel.
    public var throughputNote = "at an assumed 50 MB/s per task"

    public static let assumedMegabytesPerSecondPerTask = 50.0
    /// Less than this, read in less task time than `minimumTaskMillis`, is too little to measure a rate from
    /// shuffle reads (small, and dominated by per-task overhead).
    public static let minimumBytes: Int64 = 1 << 20
    public static let minimumTaskMillis: Int64 = 100
    /// Scan input is the better measure (the replayed tasks are scans): 1 MiB of input read in at least 10 ms of
    /// task time. Task times are whole milliseconds, so 10 ms keeps that rounding under 10% of the rate; the
    /// seed's 2 MB file qualifies whenever its scan takes that long.
    public static let minimumInputBytes: Int64 = 1 << 20
    public static let minimumInputTaskMillis: Int64 = 10

    public init() {}

    /// Uses the run's measured per-task throughput: the scan stages' input bytes over their tasks' run time when
    /// they read enough, else the shuffle bytes tasks read over their run time (task-end metrics). Too little of
    /// either keeps the assumed figure and says how much was measured.
    public func measuring(_ digest: RunDigest) -> ProductionReplay {
        var replay = self
        let inputBytes = digest.stages.reduce(Int64(0)) { $0 + $1.inputBytesRead }
        let inputMillis = digest.stages.reduce(Int64(0)) { $0 + $1.inputTaskMillis }
        if inputBytes >= Self.minimumInputBytes, inputMillis >= Self.minimumInputTaskMillis {
            replay.use(bytes: inputBytes, millis: inputMillis, measured: "scan input")
            return replay
        }
        let bytes = digest.stages.reduce(Int64(0)) { $0 + $1.shuffleBytesRead }
        let millis = digest.stages.reduce(Int64(0)) { $0 + $1.shuffleReadTaskMillis }
        guard bytes >= Self.minimumBytes, millis >= Self.minimumTaskMillis else {
            // Only the (deterministic) byte counts are shown, so the walkthrough's text does not vary run to run.
            replay.megabytesPerSecondPerTask = Self.assumedMegabytesPerSecondPerTask
            let input = inputBytes == 0 ? "no scan input"
                : "\(ByteCountText.format(inputBytes)) of scan input" + (inputBytes < Self.minimumInputBytes ? "" : " in too little task time")
            replay.throughputNote = "at an assumed \(Int(Self.assumedMegabytesPerSecondPerTask)) MB/s per task: "
                + (bytes < Self.minimumBytes
                    ? "this run read \(input) and only \(ByteCountText.format(bytes)) from shuffles, too little to measure"
                    : "this run read \(input), and its shuffle reads took too little task time to measure")
            return replay
        }
        replay.use(bytes: bytes, millis: millis, measured: "shuffle read")
        return replay
    }

    /// Takes `bytes` over `millis` of task time as the rate and says what was measured.
    private mutating func use(bytes: Int64, millis: Int64, measured: String) {
        let rate = Double(bytes) / 1_000_000 / (Double(millis) / 1000)
        megabytesPerSecondPerTask = rate
        throughputNote = "at \(String(format: "%.1f", rate)) MB/s per task, measured in this run "
            + "(\(ByteCountText.format(bytes)) of \(measured) in \(millis) ms of task time)"
    }

    /// The replayed job on the simulator, with the text that introduces it; nil when the settings do not use
    /// dynamic allocation.
    public func simulate(properties: [String: String]) -> (result: SimulationResult, heading: String)? {
        guard properties["spark.dynamicAllocation.enabled"]?.lowercased() == "true" else { return nil }
        var settings = properties.filter { $0.key.hasPrefix("spark.dynamicAllocation.") || $0.key.hasPrefix("spark.shuffle.")
            || $0.key == "spark.executor.cores" || $0.key == "spark.task.cpus" }
        settings["spark.executor.cores"] = settings["spark.executor.cores"] ?? "4"
        let tasks = inputGigabytes * 1024 / splitMegabytes
        let seconds = Double(splitMegabytes) / megabytesPerSecondPerTask
        let workload = SimulationWorkload(
            appName: "production-replay", master: "yarn", properties: settings,
            cluster: ClusterFile(capacity: 100), stages: [
                .init(name: "scan \(inputGigabytes) GB", tasks: tasks, taskTime: .normal(meanSeconds: seconds, stddevSeconds: seconds / 5)),
                .init(name: "shuffle aggregate", tasks: 200, taskTime: .normal(meanSeconds: 4, stddevSeconds: 1), dependsOn: ["scan \(inputGigabytes) GB"]),
            ], idleAfter: nil, seed: 42)
        guard let result = try? AllocationSimulator(workload: workload).run() else { return nil }
        let heading = "The same settings at production scale (simulated: \(inputGigabytes) GB on a 100-executor YARN "
            + "cluster, \(tasks) scan tasks of ~\(WalkTimeText.seconds(.milliseconds(Int64(seconds * 1000)))) "
            + "\(throughputNote)):\n"
        return (result, heading)
    }

    /// The replay's text (summary and chart with its legend), or nil when the settings do not use dynamic
    /// allocation. The chart marks each kind of change with a symbol: a letter per change cannot be listed when
    /// there are hundreds.
    public func render(properties: [String: String], width: Int) -> String? {
        simulate(properties: properties).map { Self.text($0, width: width) }
    }

    /// The text of a replay already simulated.
    public static func text(_ replayed: (result: SimulationResult, heading: String), width: Int) -> String {
        let result = replayed.result
        var text = replayed.heading + result.summary
        if !text.hasSuffix("\n") { text += "\n" }
        var chart = TimelineChartRenderer(width: max(30, width - 20))
        chart.markerStyle = .perKind
        text += chart.render(result.timeline, start: .zero, end: .zero + result.totalDuration)
        return text
    }
}
