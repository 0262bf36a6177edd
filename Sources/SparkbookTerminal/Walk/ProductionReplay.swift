import SparkbookCluster

/// The walkthrough's last panel: the notebook's allocation settings replayed on the simulator at production scale,
/// so a student sees the ramp and the release even when the class-sized data was too small to back anything up.
public struct ProductionReplay {
    /// Input size of the replayed job.
    public var inputGigabytes = 500
    /// Spark's default split size.
    public var splitMegabytes = 128
    /// Scan throughput per task. The class data is too small to measure it, so a typical CSV figure is assumed.
    public var megabytesPerSecondPerTask = 50.0

    public init() {}

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
            + "cluster, \(tasks) scan tasks of ~\(String(format: "%.1f", seconds))s at an assumed "
            + "\(Int(megabytesPerSecondPerTask)) MB/s per task):\n"
        text += result.summary
        if !text.hasSuffix("\n") { text += "\n" }
        var chart = TimelineChartRenderer(width: max(30, width - 20))
        chart.showsLegend = false
        text += chart.render(result.timeline, start: .zero, end: .zero + result.totalDuration)
        return text
    }
}
