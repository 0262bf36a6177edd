import Foundation
import SparkbookCluster

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
    /// Less than this, read in less task time than `minimumTaskMillis`, is too little to measure a rate.
    public static let minimumBytes: Int64 = 1 << 20
    public static let minimumTaskMillis: Int64 = 100

    public init() {}

    /// Uses the run's measured per-task throughput: shuffle bytes its tasks read over the run time of those tasks
    /// (task-end metrics). Too little data keeps the assumed figure and says how much was measured.
    public func measuring(_ digest: RunDigest) -> ProductionReplay {
        let bytes = digest.stages.reduce(Int64(0)) { $0 + $1.shuffleBytesRead }
        let millis = digest.stages.reduce(Int64(0)) { $0 + $1.shuffleReadTaskMillis }
        var replay = self
        let measured = "\(ByteCountText.format(bytes)) of shuffle read in \(millis) ms of task time"
        guard bytes >= Self.minimumBytes, millis >= Self.minimumTaskMillis else {
            // Only the (deterministic) byte count is shown, so the walkthrough's text does not vary run to run.
            replay.megabytesPerSecondPerTask = Self.assumedMegabytesPerSecondPerTask
            replay.throughputNote = "at an assumed \(Int(Self.assumedMegabytesPerSecondPerTask)) MB/s per task: "
                + (bytes < Self.minimumBytes
                    ? "this run read only \(ByteCountText.format(bytes)) from shuffles, too little to measure"
                    : "this run's shuffle reads took too little task time to measure")
            return replay
        }
        let rate = Double(bytes) / 1_000_000 / (Double(millis) / 1000)
        replay.megabytesPerSecondPerTask = rate
        replay.throughputNote = "at \(String(format: "%.1f", rate)) MB/s per task, measured in this run (\(measured))"
        return replay
    }

    /// The replay's text (summary and chart), or nil when the settings do not use dynamic allocation.
    public func render(properties: [String: String], width: Int) -> String? {
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
            ], idleAfter: .seconds(120), seed: 42)
        guard let result = try? AllocationSimulator(workload: workload).run() else { return nil }
        var text = "The same settings at production scale (simulated: \(inputGigabytes) GB on a 100-executor YARN "
            + "cluster, \(tasks) scan tasks of ~\(String(format: "%.1f", seconds))s \(throughputNote)):\n"
        text += result.summary
        if !text.hasSuffix("\n") { text += "\n" }
        var chart = TimelineChartRenderer(width: max(30, width - 20))
        chart.showsLegend = false
        text += chart.render(result.timeline, start: .zero, end: .zero + result.totalDuration)
        return text
    }
}
